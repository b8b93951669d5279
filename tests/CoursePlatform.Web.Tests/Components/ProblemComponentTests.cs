using BlazorMonaco.Editor;
using CoursePlatform.Content.Grading;
using CoursePlatform.Web.Components.Pages;
using CoursePlatform.Web.Components.Problems;
using CoursePlatform.Web.Problems;
using CoursePlatform.Web.Tests.Support;

namespace CoursePlatform.Web.Tests.Components;

/// <summary>The problem page's parts over the repository's real problems, with Monaco's interop answered by the test context.</summary>
public sealed class ProblemComponentTests : ProblemPageTestContext
{
    [Fact]
    public void The_problem_page_shows_the_statement_its_tasks_the_editor_tabs_and_the_escape_note()
    {
        var page = RenderProblemPage("go-scratch");

        Assert.Contains("Go service under 10 MB", page.Find("h1").TextContent);
        Assert.Equal(2, page.FindAll("ol.problem-tasks li").Count);
        Assert.Contains("Build a static binary", page.Find(".prose").InnerHtml);
        Assert.Equal(["Dockerfile", ".dockerignore"], page.FindAll("[role=tab]").Select(t => t.TextContent));
        Assert.Contains("Esc or Ctrl+M", page.Find(".editor-help").TextContent);
        Assert.Equal("submit-button", page.Find("[data-escape-to]").GetAttribute("data-escape-to"));
    }

    [Fact]
    public void The_dockerignore_tab_shows_its_panel_and_hides_the_dockerfile()
    {
        var page = RenderProblemPage("go-scratch");

        page.Find("#problem-editor-tab-dockerignore").Click();

        Assert.Equal("true", page.Find("#problem-editor-tab-dockerignore").GetAttribute("aria-selected"));
        Assert.True(page.Find("#problem-editor-panel-dockerfile").HasAttribute("hidden"));
        Assert.False(page.Find("#problem-editor-panel-dockerignore").HasAttribute("hidden"));
    }

    [Fact]
    public void When_the_editor_starts_its_findings_become_markers_at_exact_spans_and_a_list_with_rule_links()
    {
        // BlazorMonaco raises OnDidInit once its (test double) create call returns, which lints the starter text.
        var page = RenderProblemPage("go-scratch");

        var call = Assert.Single(JSInterop.Invocations["coursePlatformEditor.setMarkers"]);
        Assert.Equal(ModelUri, call.Arguments[0]);
        var findings = Assert.IsAssignableFrom<IReadOnlyList<LiveFinding>>(call.Arguments[2]);
        var shellForm = Assert.Single(findings, f => f.Code == "DL3025");
        Assert.Equal((5, 1, 5, 12), (shellForm.StartLine, shellForm.StartColumn, shellForm.EndLine, shellForm.EndColumn));
        var link = page.Find(".live-findings a.finding-code");
        Assert.StartsWith("/rules/", link.GetAttribute("href"));
        Assert.Contains("lint finding", page.Find(".findings-panel [aria-live]").TextContent);
    }

    [Fact]
    public void Submitting_a_single_stage_answer_lists_essential_failures_first_highlights_their_lines_and_announces_the_result()
    {
        var page = RenderProblemPage("go-scratch");

        page.Find("#submit-button").Click();

        Assert.Contains("Not solved yet", page.Find("[role=status]").TextContent);
        Assert.Equal("polite", page.Find("[role=status]").GetAttribute("aria-live"));
        var checks = page.FindAll(".check-list > li");
        Assert.Contains("multi-stage", checks.Select(c => c.GetAttribute("data-check")));
        Assert.All(checks.TakeWhile(c => c.ClassList.Contains("check-essential")), c => Assert.Contains("essential", c.TextContent));
        Assert.Equal(3, page.FindAll(".check-list details[open]").Count);
        Assert.Contains("line 1", page.Find(".check-essential").TextContent);
        Assert.Contains("/lessons/day-09-advanced-dockerfiles#", page.Find(".check-essential a").GetAttribute("href"));
        var decorate = JSInterop.Invocations["blazorMonaco.editor.deltaDecorations"].Last();
        // BlazorMonaco sends the new decorations as JSON (camelCase, as Monaco reads them).
        var decorations = decorate.Arguments.OfType<System.Text.Json.JsonElement>().Single().EnumerateArray().ToList();
        var expected = Problems.Grader.Grade(Problems.Find("go-scratch")!, SingleStage).Checks
            .Where(c => !c.Passed && c.Tier == "essential").SelectMany(c => c.Lines).Distinct().Order();
        Assert.Equal(expected, decorations.Select(d => d.GetProperty("range").GetProperty("startLineNumber").GetInt32()).Order());
        Assert.Contains(1, expected);
        Assert.All(decorations, d => Assert.True(d.GetProperty("options").GetProperty("isWholeLine").GetBoolean()));
        Assert.All(decorations, d => Assert.Equal("failed-line", d.GetProperty("options").GetProperty("className").GetString()));
        Assert.Empty(page.FindAll("#reference-heading"));
    }

    [Fact]
    public void Submitting_the_reference_solves_the_problem_and_shows_the_reference_as_a_diff()
    {
        var problem = Problems.Find("go-scratch")!;
        EditorValue.SetResult(problem.Reference.Dockerfile.Replace("AS build", "AS builder").Replace("--from=build ", "--from=builder "));
        var page = RenderProblemPage("go-scratch");

        page.Find("#submit-button").Click();

        Assert.Contains("Solved!", page.Find("[role=status]").TextContent);
        Assert.Empty(page.FindAll(".check-essential"));
        Assert.Equal("Reference solution", page.Find("#reference-heading").TextContent);
        Assert.Equal(2, page.FindAll(".diff-line.diff-ins").Count);
        Assert.Equal(2, page.FindAll(".diff-line.diff-del").Count);
    }

    [Fact]
    public void Hints_are_revealed_one_at_a_time()
    {
        var problem = Problems.Find("go-scratch")!;
        var total = problem.Hints.Sum(h => h.Count);
        var hints = Render<HintsPanel>(p => p.Add(x => x.Hints, problem.Hints));
        Assert.Empty(hints.FindAll("ol.hints li"));

        hints.Find("button").Click();
        hints.Find("button").Click();

        Assert.Equal(2, hints.FindAll("ol.hints li").Count);
        Assert.Contains("CGO_ENABLED=0", hints.Find("ol.hints li code").TextContent);
        Assert.Contains($"(2 of {total})", hints.Find("button").TextContent);
    }

    [Fact]
    public void The_feedback_panel_expands_at_most_three_essential_failures_and_puts_them_before_the_others()
    {
        CheckOutcome Check(string id, string tier) => new(id, 1, tier, "Fix " + id, "Because.", "/lessons/l#s", [2], false, null);
        var result = new GradeResult("p", 1, "1.0.0", false, 10, "checks", [],
            [Check("a", "actionable"), Check("e1", "essential"), Check("i", "informative"), Check("e2", "essential"),
             Check("e3", "essential"), Check("e4", "essential")], [], null);

        var panel = Render<FeedbackPanel>(p => p.Add(x => x.Result, result));

        Assert.Equal(["e1", "e2", "e3", "e4", "a", "i"], panel.FindAll(".check-list > li").Select(li => li.GetAttribute("data-check")));
        Assert.Equal(["e1", "e2", "e3"], panel.FindAll(".check-list details[open]").Select(d => d.ParentElement!.GetAttribute("data-check")));
    }

    [Fact]
    public void A_parse_error_is_reported_as_such_with_its_line()
    {
        var result = new GradeResult("p", 1, "1.0.0", false, 0, "parse", [new ParseError(3, 1, "unknown instruction")], [], [], null);

        var panel = Render<FeedbackPanel>(p => p.Add(x => x.Result, result));

        Assert.Contains("does not parse", panel.Find("[role=status]").TextContent);
        Assert.Contains("Line 3", panel.Find(".parse-errors").TextContent);
    }

    [Fact]
    public void An_unknown_problem_id_is_not_found()
    {
        var page = Render<ProblemPage>(p => p.Add(x => x.Id, "no-such-problem"));

        Assert.Empty(page.FindAll("h1"));
        Assert.Empty(page.FindAll(".editor-shell"));
    }

    [Fact]
    public void The_playground_has_no_dockerignore_tab_and_loads_the_snippet_a_try_it_button_handed_over()
    {
        JSInterop.Setup<string?>("coursePlatformEditor.takeSnippet").SetResult("FROM node:latest\n");

        var page = Render<Playground>();

        Assert.Equal(["Dockerfile"], page.FindAll("[role=tab]").Select(t => t.TextContent));
        var setValue = Assert.Single(JSInterop.Invocations["blazorMonaco.editor.setValue"]);
        Assert.Contains("FROM node:latest\n", setValue.Arguments);
    }

    [Fact]
    public void The_line_diff_keeps_common_lines_and_marks_removed_and_added_ones()
    {
        var diff = LineDiff.Compute("FROM a\nRUN x\nCMD y\n", "FROM a\nRUN z\nCMD y\n");

        Assert.Equal([(' ', "FROM a"), ('-', "RUN x"), ('+', "RUN z"), (' ', "CMD y")], diff.Select(d => (d.Kind, d.Text)));
    }
}
