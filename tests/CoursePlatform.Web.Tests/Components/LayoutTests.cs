using CoursePlatform.Web.Components.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace CoursePlatform.Web.Tests.Components;

public class LayoutTests : BunitContext
{
    private IRenderedComponent<MainLayout> RenderLayoutAt(string path)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(path);
        return Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b => b.AddContent(0, "page body"))));
    }

    [Fact]
    public void The_skip_link_targets_the_main_landmark_on_the_current_page()
    {
        var layout = RenderLayoutAt("/lessons/first");

        var skip = layout.Find("a.skip-link");
        Assert.Equal("/lessons/first#main", skip.GetAttribute("href"));
        Assert.Equal("-1", layout.Find("main#main").GetAttribute("tabindex"));
        Assert.Equal("skip-link", layout.FindAll("a")[0].ClassName);
    }

    [Fact]
    public void The_layout_has_banner_navigation_main_and_footer_landmarks()
    {
        var layout = RenderLayoutAt("/");

        Assert.Single(layout.FindAll("header.site-header"));
        Assert.Equal("Main", layout.Find("nav.site-nav").GetAttribute("aria-label"));
        Assert.Contains("page body", layout.Find("main").TextContent);
        Assert.Single(layout.FindAll("footer"));
    }

    [Fact]
    public void The_navigation_links_to_the_course_and_the_rules()
    {
        var layout = RenderLayoutAt("/");

        var links = layout.FindAll("nav.site-nav a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Equal([("/", "Course"), ("/rules", "Lint rules"), ("/playground", "Playground")], links);
    }

    [Fact]
    public void The_theme_toggle_is_a_labelled_button_whose_icons_are_hidden_from_screen_readers()
    {
        var toggle = Render<ThemeToggle>();

        toggle.MarkupMatches(
            """
            <button type="button" class="theme-toggle" data-theme-toggle aria-label="Switch between light and dark mode" title="Switch between light and dark mode">
                <svg class="icon-sun" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="4.5" /><path d="M12 1.5v3M12 19.5v3M1.5 12h3M19.5 12h3M4.6 4.6l2.1 2.1M17.3 17.3l2.1 2.1M4.6 19.4l2.1-2.1M17.3 6.7l2.1-2.1" /></svg>
                <svg class="icon-moon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><path d="M20.5 14.5A8.5 8.5 0 0 1 9.5 3.5a8.5 8.5 0 1 0 11 11z" /></svg>
            </button>
            """);
    }

    [Fact]
    public void Mermaid_comes_from_the_pinned_cdn_url_with_its_integrity_and_falls_back_to_the_local_copy()
    {
        var scripts = Render<MermaidScripts>().FindAll("script");

        Assert.Equal(2, scripts.Count);
        Assert.Equal($"https://cdn.jsdelivr.net/npm/mermaid@{MermaidScripts.Version}/dist/mermaid.min.js", scripts[0].GetAttribute("src"));
        Assert.StartsWith("sha384-", scripts[0].GetAttribute("integrity"));
        Assert.Equal("anonymous", scripts[0].GetAttribute("crossorigin"));
        Assert.Contains("window.mermaid ||", scripts[1].TextContent);
        Assert.Contains(MermaidScripts.LocalUrl, scripts[1].TextContent);
    }

    [Fact]
    public void The_local_mermaid_copy_fetched_at_build_time_matches_the_pinned_integrity()
    {
        var file = Path.Combine(RepositoryRoot(), "wwwroot", "lib", "mermaid", "mermaid.min.js");

        var hash = "sha384-" + Convert.ToBase64String(System.Security.Cryptography.SHA384.HashData(File.ReadAllBytes(file)));

        Assert.Equal(MermaidScripts.Integrity, hash);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CoursePlatform.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new DirectoryNotFoundException("repository root");
    }
}
