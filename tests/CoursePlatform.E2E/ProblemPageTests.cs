using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoursePlatform.E2E;

/// <summary>The core loop in a real browser: type, see squiggles, submit, read the feedback, fix, pass.</summary>
[Collection(SiteCollection.Name)]
public sealed class ProblemPageTests(SiteFixture site)
{
    private const string SingleStage = "FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /server .\nCMD /server\n";

    [Fact]
    public async Task A_single_stage_answer_to_go_scratch_is_squiggled_and_rejected_the_reference_solves_it_and_a_reload_keeps_it_all()
    {
        await using var site1 = await site.NewPageAsync();
        var page = site1.Page;
        await page.GotoAsync("/problems/go-scratch");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Go service under 10 MB");
        var editor = page.Locator("#problem-editor-dockerfile .monaco-editor:not(.rename-box)");
        await Expect(editor).ToBeVisibleAsync();

        await ReplaceEditorTextAsync(page, SingleStage);

        await Expect(editor.Locator(".squiggly-error, .squiggly-warning, .squiggly-info").First).ToBeVisibleAsync();
        await Expect(page.Locator(".live-findings a.finding-code").First).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/rules/"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Submit", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Not solved yet");
        var essential = page.Locator(".check-essential details[open]").First;
        await Expect(essential).ToContainTextAsync("line 1");
        await Expect(editor.Locator(".view-overlays .failed-line")).Not.ToHaveCountAsync(0);

        var reference = await File.ReadAllTextAsync(ContentPath("problems", "go-scratch", "reference", "Dockerfile"));
        await ReplaceEditorTextAsync(page, reference);
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Solved!");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Reference solution" })).ToBeVisibleAsync();
        await Expect(editor.Locator(".view-overlays .failed-line")).ToHaveCountAsync(0);
        await Expect(page.Locator(".solved-badge")).ToContainTextAsync("Solved");
        await Expect(page.Locator(".build-insights .diagram svg")).ToBeVisibleAsync();
        await Expect(page.Locator(".build-insights .cache-step").First).ToBeVisibleAsync();

        // Coming back: the draft (the last text), both attempts and the solved mark are still there.
        await page.ReloadAsync();
        await Expect(page.Locator(".solved-badge")).ToContainTextAsync("Solved");
        await Expect(page.Locator(".attempts > li")).ToHaveCountAsync(2);
        await Expect(page.Locator(".attempts > li").First).ToContainTextAsync("Passed");
        await Expect(page.Locator(".attempts > li").Nth(1)).ToContainTextAsync("Not passed");
        await Expect(editor).ToBeVisibleAsync();
        await WaitForEditorTextAsync(page, reference);
        await page.GetByRole(AriaRole.Button, new() { Name = "Show the difference" }).ClickAsync();
        await Expect(page.Locator(".attempt-history .diff-ins").First).ToBeVisibleAsync();
        Assert.Empty(site1.Errors);
    }

    [Fact]
    public async Task A_guest_who_solves_a_problem_and_then_signs_up_finds_it_solved_in_the_new_account()
    {
        await using var site1 = await site.NewPageAsync();
        var page = site1.Page;
        await page.GotoAsync("/problems/go-scratch");
        await Expect(page.Locator("#problem-editor-dockerfile .monaco-editor:not(.rename-box)")).ToBeVisibleAsync();
        var reference = await File.ReadAllTextAsync(ContentPath("problems", "go-scratch", "reference", "Dockerfile"));
        await ReplaceEditorTextAsync(page, reference);
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Solved!");

        await page.GetByRole(AriaRole.Link, new() { Name = "Sign up" }).ClickAsync();
        await page.GetByLabel("E-mail address").FillAsync($"guest-{Guid.NewGuid():N}@example.com");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("Str0ng!Pass");
        await page.GetByLabel("Password again").FillAsync("Str0ng!Pass");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/progress$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My progress" })).ToBeVisibleAsync();
        await Expect(page.Locator("tr[data-problem=go-scratch]")).ToContainTextAsync("Solved");
        await Expect(page.Locator(".account-name")).ToContainTextAsync("@example.com");
        await Expect(page.Locator(".notice")).ToHaveCountAsync(0);

        await page.GotoAsync("/");
        await Expect(page.Locator("[data-problem-mark=go-scratch]")).ToHaveTextAsync("✓ Solved");
        await Expect(page.Locator("[data-problem-mark=optimize-python]")).ToHaveTextAsync("");

        await page.GotoAsync("/problems/go-scratch");
        await Expect(page.Locator(".solved-badge")).ToContainTextAsync("Solved");
        await Expect(page.Locator(".attempts > li")).ToHaveCountAsync(1);
        Assert.Empty(site1.Errors);
    }

    [Fact]
    public async Task Text_typed_while_the_server_could_not_save_it_comes_back_from_the_browser_and_is_saved_then()
    {
        await using var site1 = await site.NewPageAsync();
        var page = site1.Page;
        await page.GotoAsync("/problems/go-scratch");
        await ReplaceEditorTextAsync(page, "FROM scratch # saved on the server\n");
        await Expect(page.Locator(".draft-status")).ToHaveTextAsync("Draft saved");
        var key = await page.EvaluateAsync<string>("Object.keys(localStorage).find(k => k.startsWith('courseplatform-draft:'))");
        Assert.EndsWith("/go-scratch", key);
        Assert.True(await page.EvaluateAsync<bool>($"JSON.parse(localStorage.getItem('{key}')).saved"));

        // What the browser keeps when the connection drops: a copy the server never confirmed.
        await page.EvaluateAsync($"localStorage.setItem('{key}', JSON.stringify({{ dockerfile: 'FROM scratch # typed offline\\n', dockerignore: '', saved: false }}))");
        await page.ReloadAsync();

        await WaitForEditorTextAsync(page, "FROM scratch # typed offline\n");
        await Expect(page.Locator(".draft-status")).ToHaveTextAsync("Draft saved");
        var draft = await page.APIRequest.GetAsync("/api/problems/go-scratch/draft");
        Assert.Contains("typed offline", await draft.TextAsync());
        Assert.Empty(site1.Errors);
    }

    /// <summary>Waits until the Dockerfile editor's model holds the text (Monaco creates it after the circuit starts).</summary>
    private static async Task WaitForEditorTextAsync(IPage page, string text)
    {
        await page.WaitForFunctionAsync(
            "text => !!window.monaco && monaco.editor.getModels().some(m => m.getLanguageId() === 'dockerfile' && m.getValue() === text)",
            text);
    }

    private static async Task ReplaceEditorTextAsync(IPage page, string text)
    {
        // Both editors exist and the draft kept in the browser (if any) has been restored: typing now is not overwritten.
        await Expect(page.Locator(".editor-shell")).ToHaveAttributeAsync("data-ready", "true");
        await page.Locator("#problem-editor-dockerfile .monaco-editor textarea.inputarea").FocusAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        // One input event: Monaco inserts it as is (no auto-closing or auto-indent, which act on single keystrokes).
        await page.Keyboard.InsertTextAsync(text);
        await WaitForEditorTextAsync(page, text);
    }

    private static string ContentPath(params string[] parts)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "content");
            if (Directory.Exists(Path.Combine(candidate, "problems")))
            {
                return Path.Combine([candidate, .. parts]);
            }
        }
        throw new DirectoryNotFoundException("content/ was not found above the test output.");
    }
}
