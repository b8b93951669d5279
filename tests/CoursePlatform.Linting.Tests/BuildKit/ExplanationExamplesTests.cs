using CoursePlatform.Linting.Configuration;
using CoursePlatform.Linting.Rules;

namespace CoursePlatform.Linting.Tests.BuildKit;

public class ExplanationExamplesTests
{
    public static TheoryData<string> Codes()
    {
        var data = new TheoryData<string>();
        foreach (var rule in RuleCatalog.All)
        {
            if (rule.GetType().Namespace == "CoursePlatform.Linting.Rules.BuildKit")
            {
                data.Add(rule.Code);
            }
        }
        return data;
    }

    // CopyIgnoredFile needs a .dockerignore; its explanation says which one.
    private static readonly LintOptions Options = LintOptions.Default with { DockerIgnore = "*.md" };

    [Theory]
    [MemberData(nameof(Codes))]
    public void Example_fires_and_use_instead_does_not(string code)
    {
        var rule = RuleCatalog.Find(code)!;
        var example = Block(rule.Explanation, "## Example");
        var useInstead = Block(rule.Explanation, "## Use instead");
        Assert.NotEmpty(BuildKitCheck.RunDirectly(rule, example, Options));
        Assert.Empty(BuildKitCheck.RunDirectly(rule, useInstead, Options));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Is_a_warning_without_alias_with_the_four_headings(string code)
    {
        var rule = RuleCatalog.Find(code)!;
        Assert.Equal(Severity.Warning, rule.DefaultSeverity);
        Assert.Null(rule.Alias);
        Assert.Equal(RuleOrigin.BuildKit, rule.Origin);
        foreach (var heading in new[] { "## What it does", "## Why is this bad?", "## Example", "## Use instead" })
        {
            Assert.Contains(heading, rule.Explanation);
        }
    }

    [Theory]
    [InlineData("ConsistentInstructionCasing", false)]
    [InlineData("InvalidDefaultArgInFrom", false)]
    [InlineData("NoEmptyContinuation", false)]
    [InlineData("UndefinedVar", true)]
    [InlineData("StageNameCasing", true)]
    public void Whole_file_checks_ignore_instruction_check_comments(string code, bool honours)
        => Assert.Equal(honours, RuleCatalog.Find(code)!.HonoursInstructionCheckComments);

    private static string Block(string markdown, string heading)
    {
        var start = markdown.IndexOf(heading, StringComparison.Ordinal);
        var fence = markdown.IndexOf("```dockerfile\n", start, StringComparison.Ordinal) + "```dockerfile\n".Length;
        var end = markdown.IndexOf("```", fence, StringComparison.Ordinal);
        return markdown[fence..end];
    }
}
