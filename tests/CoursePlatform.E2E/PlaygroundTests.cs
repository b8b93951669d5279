using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoursePlatform.E2E;

[Collection(SiteCollection.Name)]
public sealed class PlaygroundTests(SiteFixture site)
{
    [Fact]
    public async Task Try_it_on_a_lesson_snippet_opens_it_in_the_playground_with_its_findings()
    {
        await using var sitePage = await site.NewPageAsync();
        var page = sitePage.Page;
        await page.GotoAsync("/lessons/day-09-advanced-dockerfiles");
        var block = page.Locator(".code-block").Filter(new() { Has = page.Locator("code.language-dockerfile") })
            .Filter(new() { HasText = "latest" }).First;
        var firstLine = (await block.Locator("pre code").InnerTextAsync()).Split('\n')[0].Trim();

        await block.GetByRole(AriaRole.Button, new() { Name = "Try this Dockerfile in the playground" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(site.BaseUrl + "/playground");
        var editor = page.Locator("#playground-editor-dockerfile .monaco-editor:not(.rename-box)");
        await Expect(editor.Locator(".view-lines")).ToContainTextAsync(firstLine);
        await Expect(editor.Locator(".squiggly-error, .squiggly-warning, .squiggly-info").First).ToBeVisibleAsync();
        await Expect(page.Locator(".live-findings a.finding-code", new() { HasText = "DL3007" }).First).ToHaveAttributeAsync("href", "/rules/DL3007");
        Assert.Empty(sitePage.Errors);
    }
}
