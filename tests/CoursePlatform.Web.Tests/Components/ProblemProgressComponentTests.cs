using System.Text.Json;
using CoursePlatform.Web.Components.Pages;
using CoursePlatform.Web.Components.Problems;
using CoursePlatform.Web.Problems;
using CoursePlatform.Web.Tests.Support;

namespace CoursePlatform.Web.Tests.Components;

/// <summary>What the problem page keeps for a learner: drafts, attempts and their history, the solved mark.</summary>
public sealed class ProblemProgressComponentTests : ProblemPageTestContext
{
    private const string Problem = "go-scratch";

    private string Reference => Problems.Find(Problem)!.Reference.Dockerfile;

    [Fact]
    public async Task A_saved_draft_is_the_text_the_editor_starts_with()
    {
        await Progress.SaveDraftAsync(Ann, Problem, "FROM scratch # where I stopped\n", "bin/\n");

        var page = RenderProblemPage(Problem);

        // BlazorMonaco sends the construction options as JSON (camelCase, as Monaco reads them).
        var created = JSInterop.Invocations["blazorMonaco.editor.create"].SelectMany(i => i.Arguments).OfType<JsonElement>()
            .Where(o => o.ValueKind == JsonValueKind.Object && o.TryGetProperty("language", out _))
            .Select(o => (o.GetProperty("language").GetString(), o.GetProperty("value").GetString())).ToList();
        Assert.Contains(("dockerfile", "FROM scratch # where I stopped\n"), created);
        Assert.Contains(("plaintext", "bin/\n"), created);
    }

    [Fact]
    public async Task When_typing_pauses_the_draft_is_saved_once_and_the_browser_copy_is_marked_saved()
    {
        EditorValue.SetResult("FROM scratch # typed\n");
        var page = RenderProblemPage(Problem);
        var editor = page.FindComponent<DockerfileEditor>();

        await page.InvokeAsync(() => editor.Instance.TextSettled.InvokeAsync());
        await page.InvokeAsync(() => editor.Instance.TextSettled.InvokeAsync());

        var draft = await Progress.GetDraftAsync(Ann, Problem);
        Assert.Equal("FROM scratch # typed\n", draft?.Dockerfile);
        Assert.Contains("Draft saved", page.Find(".draft-status").TextContent);
        Assert.Single(JSInterop.Invocations["coursePlatformEditor.markDraftSaved"]);
    }

    [Fact]
    public async Task A_draft_over_64_KiB_is_not_saved_and_the_page_says_why()
    {
        EditorValue.SetResult("FROM scratch\n" + new string('#', 70_000));
        var page = RenderProblemPage(Problem);
        var editor = page.FindComponent<DockerfileEditor>();

        await page.InvokeAsync(() => editor.Instance.TextSettled.InvokeAsync());

        Assert.Null(await Progress.GetDraftAsync(Ann, Problem));
        Assert.Contains("Draft not saved", page.Find(".draft-status").TextContent);
        Assert.Contains("64 KiB", page.Find(".draft-status").TextContent);
    }

    [Fact]
    public void A_copy_the_browser_kept_while_offline_replaces_the_starting_text()
    {
        JSInterop.Setup<LocalDraft?>("coursePlatformEditor.trackDraft", _ => true).SetResult(new LocalDraft("FROM scratch # typed offline\n", null, Saved: false));

        var page = RenderProblemPage(Problem);

        var setValue = Assert.Single(JSInterop.Invocations["blazorMonaco.editor.setValue"]);
        Assert.Contains("FROM scratch # typed offline\n", setValue.Arguments);
        var track = Assert.Single(JSInterop.Invocations["coursePlatformEditor.trackDraft"]);
        Assert.Equal("u:ann/go-scratch", track.Arguments[0]);
    }

    [Fact]
    public void A_browser_copy_the_server_already_holds_changes_nothing()
    {
        JSInterop.Setup<LocalDraft?>("coursePlatformEditor.trackDraft", _ => true).SetResult(new LocalDraft("FROM scratch # old\n", null, Saved: true));

        var page = RenderProblemPage(Problem);

        Assert.Empty(JSInterop.Invocations["blazorMonaco.editor.setValue"]);
    }

    [Fact]
    public async Task Each_submission_is_stored_listed_newest_first_and_a_pass_marks_the_problem_solved()
    {
        var page = RenderProblemPage(Problem);
        Assert.Empty(page.FindAll(".solved-badge"));
        Assert.Contains("No attempts yet", page.Find(".attempt-history").TextContent);

        page.Find("#submit-button").Click();
        EditorValue.SetResult(Reference);
        page.Find("#submit-button").Click();

        var attempts = page.FindAll(".attempts > li");
        Assert.Equal(["2", "1"], attempts.Select(a => a.GetAttribute("data-attempt")));
        Assert.Contains("Passed", attempts[0].TextContent);
        Assert.Contains("Not passed", attempts[1].TextContent);
        Assert.Contains("Solved", page.Find(".solved-badge").TextContent);
        var standing = await Progress.GetStandingAsync(Ann, Problem);
        Assert.Equal((2, 100, true), (standing!.Attempts, standing.BestScore, standing.Solved));
    }

    [Fact]
    public void Two_attempts_can_be_compared_line_by_line()
    {
        var page = RenderProblemPage(Problem);
        page.Find("#submit-button").Click();
        EditorValue.SetResult(SingleStage.Replace("CMD /server", "CMD [\"/server\"]"));
        page.Find("#submit-button").Click();

        page.Find(".attempt-compare button").Click();

        var diff = page.Find(".attempt-history pre.diff");
        Assert.Equal(["CMD /server"], diff.QuerySelectorAll(".diff-del").Select(l => l.TextContent.Trim().TrimStart('-').Replace("only in attempt 1: ", "")));
        Assert.Equal(["CMD [\"/server\"]"], diff.QuerySelectorAll(".diff-ins").Select(l => l.TextContent.Trim().TrimStart('+').Replace("only in attempt 2: ", "")));
        Assert.Contains("#1 against #2", page.Find(".attempt-diff-caption").TextContent);
    }

    [Fact]
    public async Task A_returning_learner_who_solved_the_problem_sees_the_mark_the_history_and_the_reference()
    {
        await Progress.SubmitAsync(Ann, Problem, Reference.Replace("AS build", "AS builder").Replace("--from=build ", "--from=builder "), null);

        var page = RenderProblemPage(Problem);

        Assert.Contains("Solved", page.Find(".solved-badge").TextContent);
        Assert.Single(page.FindAll(".attempts > li"));
        Assert.Equal("Reference solution", page.Find("#reference-heading").TextContent);
        Assert.NotEmpty(page.FindAll(".reference .diff-ins"));
    }

    [Fact]
    public void Start_over_asks_first_and_keeps_the_text_when_the_learner_declines()
    {
        var confirm = JSInterop.Setup<bool>("confirm", _ => true);
        confirm.SetResult(false);
        var page = RenderProblemPage(Problem);

        page.FindAll(".problem-actions button").Single(b => b.TextContent == "Start over").Click();

        Assert.Single(JSInterop.Invocations["confirm"]);
        Assert.Empty(JSInterop.Invocations["blazorMonaco.editor.setValue"]);
    }

    [Fact]
    public void Start_over_puts_the_starter_text_back_once_confirmed()
    {
        JSInterop.Setup<bool>("confirm", _ => true).SetResult(true);
        var page = RenderProblemPage(Problem);

        page.FindAll(".problem-actions button").Single(b => b.TextContent == "Start over").Click();

        var setValue = JSInterop.Invocations["blazorMonaco.editor.setValue"];
        Assert.Contains(setValue, call => call.Arguments.Contains(Problems.Find(Problem)!.Starter.Dockerfile));
    }

    [Fact]
    public void Without_a_learner_the_page_still_grades_and_says_that_nothing_is_saved()
    {
        Authorization.SetNotAuthorized();

        var page = RenderProblemPage(Problem);
        page.Find("#submit-button").Click();

        Assert.Contains("not being saved", page.Find(".notice").TextContent);
        Assert.Contains("Not solved yet", page.Find("[role=status]").TextContent);
        Assert.Empty(page.FindAll(".attempt-history"));
    }
}
