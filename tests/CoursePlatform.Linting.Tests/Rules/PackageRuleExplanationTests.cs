using CoursePlatform.Linting.Rules;
using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class PackageRuleExplanationTests
{
    public static TheoryData<string> Codes() =>
    [
        "DL3008", "DL3009", "DL3013", "DL3014", "DL3015", "DL3018", "DL3019", "DL3030", "DL3032", "DL3033",
        "DL3034", "DL3035", "DL3036", "DL3037", "DL3038", "DL3040", "DL3041", "DL3042", "DL3060",
    ];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_package_rule_is_in_the_catalogue_and_checks_onbuild(string code)
    {
        var rule = RuleCatalog.Find(code);
        Assert.NotNull(rule);
        Assert.True(rule.ChecksOnbuild);
        Assert.Equal(RuleOrigin.Hadolint, rule.Origin);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void The_example_fires_and_the_fix_does_not(string code)
    {
        var rule = RuleCatalog.Find(code)!;
        var text = rule.Explanation;
        foreach (var heading in (string[])["## What it does", "## Why is this bad?", "## Example", "## Use instead"])
        {
            Assert.Contains(heading, text);
        }
        Lint.Fires(code, FirstBlockAfter(text, "## Example"));
        Lint.Passes(code, FirstBlockAfter(text, "## Use instead"));
    }

    private static string FirstBlockAfter(string markdown, string heading)
    {
        var at = markdown.IndexOf(heading, StringComparison.Ordinal);
        var open = markdown.IndexOf("```dockerfile\n", at, StringComparison.Ordinal) + "```dockerfile\n".Length;
        var close = markdown.IndexOf("```", open, StringComparison.Ordinal);
        return markdown[open..close];
    }
}
