using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoursePlatform.E2E;

/// <summary>Day 9 in a real browser with the network cut off (only loopback answers).</summary>
[Collection(SiteCollection.Name)]
public sealed class LessonPageTests(SiteFixture site)
{
    private const string Lesson = "/lessons/day-09-advanced-dockerfiles";

    [Fact]
    public async Task Both_diagrams_are_drawn_as_svg_from_the_local_mermaid_when_the_cdn_is_unreachable()
    {
        await using var page = await site.NewPageAsync();

        await page.Page.GotoAsync(Lesson);

        await Expect(page.Page.Locator("pre.mermaid svg")).ToHaveCountAsync(2);
        Assert.Contains(page.Blocked, url => url.Contains("/npm/mermaid@", StringComparison.Ordinal));
        await Expect(page.Page.Locator("script[src='/lib/mermaid/mermaid.min.js']")).ToHaveCountAsync(1);
        await Expect(page.Page.GetByRole(AriaRole.Img, new() { Name = "Diagram for \u201CSolution: Multi-Stage Builds\u201D", Exact = false })).ToBeVisibleAsync();
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task The_three_tables_highlighted_code_and_the_findings_under_bad_examples_are_shown()
    {
        await using var page = await site.NewPageAsync();

        await page.Page.GotoAsync(Lesson);

        await Expect(page.Page.Locator(".prose table")).ToHaveCountAsync(3);
        Assert.True(await page.Page.Locator(".code-block code.language-dockerfile .hl-kw").CountAsync() > 50);
        Assert.True(await page.Page.Locator(".code-block code.language-bash .hl-com").CountAsync() >= 2);
        var pinning = page.Page.Locator(".lint-bad").Filter(new() { HasText = "Bad (lines 1\u20133)" });
        await Expect(pinning.Locator("a.finding-code", new() { HasText = "DL3007" })).ToHaveAttributeAsync("href", "/rules/DL3007");
        Assert.True(await page.Page.Locator(".lint-bad .finding").CountAsync() >= 4);
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task Marking_the_lesson_read_is_remembered_and_shown_on_the_progress_page()
    {
        await using var page = await site.NewPageAsync();
        await page.Page.GotoAsync(Lesson);
        var toggle = page.Page.GetByRole(AriaRole.Button, new() { Name = "Mark as read" });

        await toggle.ClickAsync();

        await Expect(page.Page.GetByRole(AriaRole.Button, new() { Name = "Mark as not read" })).ToHaveAttributeAsync("aria-pressed", "true");
        await page.Page.ReloadAsync();
        await Expect(page.Page.GetByRole(AriaRole.Button, new() { Name = "Mark as not read" })).ToBeVisibleAsync();
        await page.Page.GotoAsync("/progress");
        await Expect(page.Page.Locator("[data-lesson=day-09-advanced-dockerfiles]")).ToContainTextAsync("Read");
        await page.Page.GotoAsync("/");
        await Expect(page.Page.Locator("[data-lesson-mark=day-09-advanced-dockerfiles]")).ToHaveTextAsync("✓ Read");
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task A_finding_links_to_the_rule_page()
    {
        await using var page = await site.NewPageAsync();
        await page.Page.GotoAsync(Lesson);

        await page.Page.Locator(".lint-bad a.finding-code", new() { HasText = "DL3007" }).First.ClickAsync();

        await Expect(page.Page).ToHaveURLAsync(site.BaseUrl + "/rules/DL3007");
        await Expect(page.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("DL3007");
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task A_table_of_contents_link_scrolls_to_its_section_and_marks_it_current()
    {
        await using var page = await site.NewPageAsync();
        await page.Page.GotoAsync(Lesson);
        var heading = page.Page.Locator("h2#security-best-practices");
        await Expect(heading).Not.ToBeInViewportAsync();

        await page.Page.Locator("nav.toc").GetByRole(AriaRole.Link, new() { Name = "Security Best Practices", Exact = true }).ClickAsync();

        await Expect(heading).ToBeInViewportAsync();
        await Expect(page.Page).ToHaveURLAsync(site.BaseUrl + Lesson + "#security-best-practices");
        await Expect(page.Page.Locator("nav.toc a[aria-current]")).ToHaveAttributeAsync("data-toc-target", "security-best-practices");
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task The_theme_toggle_switches_to_dark_redraws_the_diagrams_and_is_remembered()
    {
        await using var page = await site.NewPageAsync(ColorScheme.Light);
        await page.Page.GotoAsync(Lesson);
        await Expect(page.Page.Locator("pre.mermaid svg")).ToHaveCountAsync(2);

        await page.Page.GetByRole(AriaRole.Button, new() { Name = "Switch to dark mode" }).ClickAsync();

        await Expect(page.Page.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
        await Expect(page.Page.Locator("pre.mermaid[data-theme=dark] svg")).ToHaveCountAsync(2);
        Assert.Equal("rgb(18, 21, 28)", await page.Page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
        await page.Page.ReloadAsync();
        await Expect(page.Page.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
        await Expect(page.Page.GetByRole(AriaRole.Button, new() { Name = "Switch to light mode" })).ToBeVisibleAsync();
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task Without_a_choice_the_theme_follows_the_system()
    {
        await using var page = await site.NewPageAsync(ColorScheme.Dark);

        await page.Page.GotoAsync(Lesson);

        Assert.Equal("rgb(18, 21, 28)", await page.Page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
        await Expect(page.Page.Locator("pre.mermaid[data-theme=dark] svg")).ToHaveCountAsync(2);
    }

    [Fact]
    public async Task Diagrams_are_drawn_after_an_enhanced_navigation_from_the_outline()
    {
        await using var page = await site.NewPageAsync();
        await page.Page.GotoAsync("/");

        await page.Page.GetByRole(AriaRole.Link, new() { Name = "Day 9: Advanced Dockerfiles" }).ClickAsync();

        await Expect(page.Page).ToHaveURLAsync(site.BaseUrl + Lesson);
        await Expect(page.Page.Locator("pre.mermaid svg")).ToHaveCountAsync(2);
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task The_copy_button_copies_the_code_only()
    {
        await using var page = await site.NewPageAsync();
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await page.Page.GotoAsync(Lesson);
        var block = page.Page.Locator(".code-block").First;

        await block.GetByRole(AriaRole.Button, new() { Name = "Copy code to the clipboard" }).ClickAsync();

        await Expect(block.Locator(".copy-button")).ToHaveTextAsync("Copied");
        var copied = await page.Page.EvaluateAsync<string>("navigator.clipboard.readText()");
        Assert.StartsWith("# Traditional approach (problematic)\nFROM node:20", copied);
        Assert.Equal(await block.Locator("pre code").TextContentAsync(), copied);
    }

    [Fact]
    public async Task Every_page_loads_without_console_errors_on_a_phone_sized_screen()
    {
        await using var page = await site.NewPageAsync(width: 375);

        foreach (var path in new[] { "/", Lesson, "/rules", "/rules/DL3007" })
        {
            await page.Page.GotoAsync(path);
            await page.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        Assert.Empty(page.Errors);
        Assert.False(await page.Page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1"));
    }

    [Fact]
    public async Task The_skip_link_is_the_first_tab_stop_and_moves_focus_to_the_main_content()
    {
        await using var page = await site.NewPageAsync();
        await page.Page.GotoAsync(Lesson);

        await page.Page.Keyboard.PressAsync("Tab");
        var skip = page.Page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" });
        await Expect(skip).ToBeFocusedAsync();
        await page.Page.Keyboard.PressAsync("Enter");

        await Expect(page.Page.Locator("main#main")).ToBeFocusedAsync();
    }
}
