using CoursePlatform.Cli.Configuration;
using CoursePlatform.Linting.Configuration;
using CoursePlatform.Linting.Rules;

namespace CoursePlatform.Linting.Tests.Catalog;

/// <summary>
/// Guards the catalogue: every rule class is listed once, names are unique, and every explanation has the four
/// headings with an Example that fires and a Use instead that does not.
/// </summary>
public class RuleCatalogTests
{
    private static readonly string[] Headings = ["## What it does", "## Why is this bad?", "## Example", "## Use instead"];

    public static TheoryData<string> Codes() => [.. RuleCatalog.All.Select(r => r.Code)];

    [Fact]
    public void Every_rule_class_in_the_engine_is_listed_exactly_once()
    {
        var classes = typeof(Rule).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Rule)) && !t.IsAbstract)
            .Select(t => t.FullName!)
            .Order()
            .ToArray();
        var listed = RuleCatalog.All.Select(r => r.GetType().FullName!).Order().ToArray();
        Assert.Equal(classes, listed);
    }

    [Fact]
    public void Codes_and_aliases_are_unique_across_the_catalogue()
    {
        var names = RuleCatalog.All.SelectMany(r => r.Alias is null ? [r.Code] : new[] { r.Code, r.Alias }).ToArray();
        var duplicates = names.GroupBy(n => n).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        Assert.Empty(duplicates);
        Assert.All(RuleCatalog.All, r => Assert.Same(r, RuleCatalog.Find(r.Code)));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void The_explanation_has_the_four_headings_in_order(string code)
    {
        var rule = RuleCatalog.Find(code)!;
        var headings = rule.Explanation.Split('\n').Select(l => l.TrimEnd()).Where(l => l.StartsWith("## ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(Headings, headings);
        Assert.False(string.IsNullOrWhiteSpace(rule.Title));
        Assert.False(string.IsNullOrWhiteSpace(rule.Message));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void The_example_fires_the_rule_and_the_suggestion_does_not(string code)
    {
        var rule = RuleCatalog.Find(code)!;
        var options = OptionsFor(rule);
        var example = FirstBlock(Section(rule.Explanation, "## Example"), "dockerfile");
        var instead = FirstBlock(Section(rule.Explanation, "## Use instead"), "dockerfile");
        Assert.True(example is not null, $"{code}: no ```dockerfile block under Example");
        Assert.True(instead is not null, $"{code}: no ```dockerfile block under Use instead");

        var fired = Linter.Default.Lint(example!, options).Findings;
        Assert.True(fired.Any(f => f.Code == code), $"{code}: the Example does not fire it; findings: {Describe(fired)}");
        var clean = Linter.Default.Lint(instead!, options).Findings;
        Assert.True(clean.All(f => f.Code != code), $"{code}: the Use instead block fires it; findings: {Describe(clean)}");
    }

    /// <summary>
    /// The options an example assumes: everything on (experimental checks, the rule itself even when it is off by
    /// default), plus the first ```yaml block of the explanation read as a <c>.hadolint.yaml</c>, and a
    /// <c>.dockerignore</c> from a ```dockerignore block or, failing that, one ignoring <c>*.md</c>.
    /// </summary>
    internal static LintOptions OptionsFor(Rule rule)
    {
        var config = HadolintConfig.Empty;
        if (FirstBlock(rule.Explanation, "yaml") is { } yaml)
        {
            var (parsed, error) = ConfigFile.Parse(yaml, rule.Code);
            Assert.True(error is null, $"{rule.Code}: the yaml block is not a valid config: {error}");
            config = parsed;
        }
        var options = config.ToLintOptions() with
        {
            ExperimentalRules = new HashSet<string> { "all" },
            DockerIgnore = FirstBlock(rule.Explanation, "dockerignore") ?? "*.md\n",
        };
        if (rule.DefaultSeverity == Severity.Ignore && !options.Overrides.ContainsKey(rule.Code))
        {
            options = options with { Overrides = new Dictionary<string, Severity>(options.Overrides) { [rule.Code] = Severity.Info } };
        }
        return options;
    }

    internal static string Section(string markdown, string heading)
    {
        var start = markdown.IndexOf(heading + "\n", StringComparison.Ordinal);
        if (start < 0)
        {
            return "";
        }
        start += heading.Length;
        var end = markdown.IndexOf("\n## ", start, StringComparison.Ordinal);
        return end < 0 ? markdown[start..] : markdown[start..end];
    }

    internal static string? FirstBlock(string markdown, string language)
    {
        var fence = "```" + language + "\n";
        var start = markdown.IndexOf(fence, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }
        start += fence.Length;
        var end = markdown.IndexOf("```", start, StringComparison.Ordinal);
        return end < 0 ? null : markdown[start..end];
    }

    private static string Describe(IEnumerable<Finding> findings) => string.Join("; ", findings.Select(f => $"{f.Code}@{f.Line}"));
}
