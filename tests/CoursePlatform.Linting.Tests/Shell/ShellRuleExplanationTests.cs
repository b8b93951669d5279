using CoursePlatform.Linting.Rules;
using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Shell;

public class ShellRuleExplanationTests
{
    public static TheoryData<string> Codes() =>
        ["DL3001", "DL3003", "DL3004", "DL3010", "DL3016", "DL3027", "DL3028", "DL3046", "DL3047", "DL3059", "DL3062", "DL4001", "DL4005", "DL4006"];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Is_listed_in_the_catalogue_with_the_fixed_headings(string code)
    {
        var rule = RuleCatalog.Find(code);
        Assert.NotNull(rule);
        var headings = rule.Explanation.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("## ", StringComparison.Ordinal));
        Assert.Equal(["## What it does", "## Why is this bad?", "## Example", "## Use instead"], headings);
        Assert.False(string.IsNullOrWhiteSpace(rule.Message));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void The_example_fires_and_the_fix_does_not(string code)
    {
        var explanation = RuleCatalog.Find(code)!.Explanation;
        Lint.Fires(code, FirstBlockAfter(explanation, "## Example"));
        Lint.Passes(code, FirstBlockAfter(explanation, "## Use instead"));
    }

    private static string FirstBlockAfter(string markdown, string heading)
    {
        var start = markdown.IndexOf("```dockerfile\n", markdown.IndexOf(heading, StringComparison.Ordinal), StringComparison.Ordinal) + "```dockerfile\n".Length;
        var end = markdown.IndexOf("```", start, StringComparison.Ordinal);
        return markdown[start..end];
    }
}
