using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoursePlatform.E2E;

/// <summary>The core loop in a real browser: type, see squiggles, submit, read the feedback, fix, pass.</summary>
[Collection(SiteCollection.Name)]
public sealed class ProblemPageTests(SiteFixture site)
{
    private const string SingleStage = "FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /server .\nCMD /server\n";

    [Fact]
    public async Task A_single_stage_answer_to_go_scratch_is_squiggled_and_rejected_and_the_reference_answer_solves_it()
    {
        await using var site1 = await site.NewPageAsync();
        var page = site1.Page;
        await page.GotoAsync("/problems/go-scratch");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Go service under 10 MB");
        var editor = page.Locator("#problem-editor-dockerfile .monaco-editor");
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
        Assert.Empty(site1.Errors);
    }

    private static async Task ReplaceEditorTextAsync(IPage page, string text)
    {
        await page.Locator("#problem-editor-dockerfile .monaco-editor textarea").FocusAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        // One input event: Monaco inserts it as is (no auto-closing or auto-indent, which act on single keystrokes).
        await page.Keyboard.InsertTextAsync(text);
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
