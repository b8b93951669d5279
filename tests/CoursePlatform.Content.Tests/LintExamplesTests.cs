using CoursePlatform.Content.Markdown;
using CoursePlatform.Linting;

namespace CoursePlatform.Content.Tests;

public class LintExamplesTests
{
    private const string Mixed = "# \u274C Full image\nFROM python:latest\n\n# \u2705 Slim image\nFROM python:3.11-slim\n";

    [Fact]
    public void Each_marked_example_runs_from_its_marker_to_the_next_one()
    {
        var examples = LintExamples.Lint(Mixed, Linter.Default);

        Assert.Equal(2, examples.Count);
        Assert.Equal((ExampleVerdict.Bad, "Full image", 1, 2), (examples[0].Verdict, examples[0].Caption, examples[0].FirstLine, examples[0].LastLine));
        Assert.Equal((ExampleVerdict.Good, "Slim image", 4, 5), (examples[1].Verdict, examples[1].Caption, examples[1].FirstLine, examples[1].LastLine));
    }

    [Fact]
    public void A_block_without_markers_has_no_examples() =>
        Assert.Empty(LintExamples.Lint("FROM python:latest\n", Linter.Default));

    [Fact]
    public void The_findings_of_a_bad_example_come_from_the_engine_with_lines_counted_in_the_whole_block()
    {
        var examples = LintExamples.Lint(Mixed, Linter.Default);

        var latest = Assert.Single(examples[0].Findings, f => f.Code == "DL3007");
        Assert.Equal(2, latest.Line);
        Assert.True(latest.HasRulePage);
        Assert.DoesNotContain(examples[1].Findings, f => f.Code == "DL3007");
    }

    [Fact]
    public void The_rendered_block_lists_each_finding_with_code_line_message_and_rule_link()
    {
        var html = CourseMarkdown.Default.Render("```dockerfile\n" + Mixed + "```\n", "/p").Html;

        Assert.Contains("<a class=\"finding-code\" href=\"/rules/DL3007\">DL3007</a>", html);
        Assert.Contains("line 2</span>", html);
        Assert.Contains("class=\"lint-example lint-bad\"", html);
    }
}

public class LintExampleFragmentTests
{
    [Fact]
    public void A_fragment_without_from_is_linted_as_the_body_of_a_stage()
    {
        var examples = LintExamples.Lint("# \u274C Too many layers\nRUN apt-get update\nRUN apt-get install -y curl\n", Linter.Default);

        var findings = Assert.Single(examples).Findings;
        Assert.DoesNotContain(findings, f => f.Code is "DL3061" or "DL1000");
        Assert.Contains(findings, f => f.Code == "DL3059" && f.Line == 3);
    }

    [Fact]
    public void An_example_of_comments_only_has_nothing_to_lint()
    {
        var example = Assert.Single(LintExamples.Lint("# \u2705 Pass it at run time\n# docker run -e KEY=x image\n", Linter.Default));

        Assert.False(example.HasInstructions);
        Assert.Empty(example.Findings);
    }
}

public class RulePageExampleTests
{
    [Fact]
    public void A_rule_explanation_shows_what_the_engine_reports_for_each_dockerfile_block()
    {
        var rule = CoursePlatform.Linting.Rules.RuleCatalog.Find("DL3007")!;

        var document = new RuleDocs(CourseMarkdown.Default).Render(rule);

        var example = document.Examples[0];
        Assert.True(example.IsWholeBlock);
        Assert.Contains(example.Findings, f => f.Code == "DL3007");
        Assert.DoesNotContain(document.Examples[1].Findings, f => f.Code == "DL3007");
    }

    [Fact]
    public void Lessons_do_not_lint_blocks_without_markers() =>
        Assert.Empty(CourseMarkdown.Default.Render("```dockerfile\nFROM python:latest\n```\n", "/p").Examples);
}
