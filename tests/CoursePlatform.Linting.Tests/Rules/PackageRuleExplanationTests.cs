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
        var headings = text.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith('#'));
        Assert.Equal(["## What it does", "## Why is this bad?", "## Example", "## Use instead"], headings);
        Lint.Fires(code, FirstBlockAfter(text, "## Example"));
        Lint.Passes(code, FirstBlockAfter(text, "## Use instead"));
    }

    [Theory]
    [InlineData("RUN")]
    [InlineData("RUN apt-get")]
    [InlineData("RUN apt-get install")]
    [InlineData("RUN apt-get install -t")]
    [InlineData("RUN apk add --virtual")]
    [InlineData("RUN pip install --index-url")]
    [InlineData("RUN python -m")]
    [InlineData("RUN yum module install")]
    [InlineData("RUN dnf install -y -")]
    [InlineData("RUN PIP_NO_CACHE_DIR= pip install")]
    [InlineData("RUN --mount=type=cache apt-get update")]
    [InlineData("RUN --mount= apk add x")]
    [InlineData("RUN [\"apt-get\", \"install\"")]
    [InlineData("RUN apt-get install \"unterminated")]
    [InlineData("RUN $(")]
    [InlineData("FROM\nRUN yarn install")]
    [InlineData("FROM AS\nRUN apt-get update")]
    [InlineData("ONBUILD")]
    [InlineData("ONBUILD RUN")]
    [InlineData("ENV\nARG\nRUN yum install -y x-${")]
    [InlineData("RUN <<EOF\napt-get install x")]
    public void Half_typed_input_never_throws(string dockerfile)
    {
        var findings = Linter.Default.Lint(dockerfile).Findings;
        Assert.NotNull(findings);
    }

    private static string FirstBlockAfter(string markdown, string heading)
    {
        var at = markdown.IndexOf(heading, StringComparison.Ordinal);
        var open = markdown.IndexOf("```dockerfile\n", at, StringComparison.Ordinal) + "```dockerfile\n".Length;
        var close = markdown.IndexOf("```", open, StringComparison.Ordinal);
        return markdown[open..close];
    }
}
