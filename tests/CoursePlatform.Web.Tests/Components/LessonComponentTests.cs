using CoursePlatform.Content.Markdown;
using CoursePlatform.Web.Components.Lessons;
using CoursePlatform.Web.Components.Pages;
using CoursePlatform.Web.Problems;
using CoursePlatform.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CoursePlatform.Web.Tests.Components;

public sealed class LessonComponentTests : BunitContext
{
    private readonly TestContent _content = new();

    public LessonComponentTests()
    {
        Services.AddSingleton(_content.Store);
        Services.AddSingleton(new RuleDocs(CourseMarkdown.Default));
        Services.AddSingleton(new ProblemStore(_content.Store));
    }

    protected override void Dispose(bool disposing)
    {
        _content.Dispose();
        base.Dispose(disposing);
    }

    [Fact]
    public void The_table_of_contents_links_each_section_under_the_page_path()
    {
        var toc = Render<TableOfContents>(p => p
            .Add(t => t.Entries, [new TocEntry(2, "build", "Build"), new TocEntry(3, "detail", "Detail")])
            .Add(t => t.PagePath, "/lessons/first"));

        Assert.Equal("toc-heading", toc.Find("nav.toc").GetAttribute("aria-labelledby"));
        var links = toc.FindAll("a");
        Assert.Equal(["/lessons/first#build", "/lessons/first#detail"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal(["build", "detail"], links.Select(a => a.GetAttribute("data-toc-target")));
        Assert.Contains("toc-level-3", toc.FindAll("li")[1].ClassName);
    }

    [Fact]
    public void An_empty_table_of_contents_renders_nothing()
    {
        var toc = Render<TableOfContents>(p => p.Add(t => t.Entries, []).Add(t => t.PagePath, "/p"));

        toc.MarkupMatches("");
    }

    [Fact]
    public void Objectives_render_under_a_what_you_will_learn_heading()
    {
        var objectives = Render<LessonObjectives>(p => p.Add(o => o.Items, ["Use <code>COPY --from</code>"]));

        objectives.MarkupMatches(
            """
            <section class="objectives" aria-labelledby="objectives-heading">
              <h2 id="objectives-heading" class="objectives-heading">What you'll learn</h2>
              <ul><li>Use <code>COPY --from</code></li></ul>
            </section>
            """);
    }

    [Fact]
    public void The_pager_links_the_previous_and_next_lessons()
    {
        var course = _content.Store.Current.Course;

        var pager = Render<LessonPager>(p => p.Add(x => x.Previous, null).Add(x => x.Next, course.Lessons[1]));

        var next = pager.Find("a[rel=next]");
        Assert.Equal("/lessons/second", next.GetAttribute("href"));
        Assert.Contains("Second steps", next.TextContent);
        Assert.Empty(pager.FindAll("a[rel=prev]"));
    }

    [Fact]
    public void The_lesson_page_shows_title_reading_time_objectives_body_toc_and_pager()
    {
        var page = Render<LessonPage>(p => p.Add(l => l.Slug, "first"));

        Assert.Equal("First steps", page.Find("h1#lesson-title").TextContent);
        Assert.Equal("1 min read", page.Find(".reading-time").TextContent);
        Assert.Contains("COPY --from", page.Find(".objectives").TextContent);
        Assert.Equal(["build", "detail", "run"], page.FindAll(".toc a").Select(a => a.GetAttribute("data-toc-target")));
        Assert.NotNull(page.Find(".prose h2#build a.heading-anchor"));
        Assert.NotNull(page.Find(".prose .code-block button.copy-button"));
        Assert.Equal("/lessons/second", page.Find(".pager a[rel=next]").GetAttribute("href"));
        Assert.Equal("lesson-title", page.Find("article").GetAttribute("aria-labelledby"));
    }

    [Fact]
    public void The_lesson_page_serves_the_last_good_version_when_the_file_breaks()
    {
        _content.Write("lessons/first.md", "---\nid: first\n");
        _content.Store.Reload();

        var page = Render<LessonPage>(p => p.Add(l => l.Slug, "first"));

        Assert.Equal("First steps", page.Find("h1").TextContent);
    }

    [Fact]
    public void The_outline_lists_every_lesson_with_its_objectives()
    {
        var home = Render<Home>();

        Assert.Equal("Test course", home.Find("h1").TextContent);
        Assert.Equal(["/lessons/first", "/lessons/second"], home.FindAll("a.outline-link").Select(a => a.GetAttribute("href")));
        Assert.Contains("COPY --from", home.Find(".outline-objectives").TextContent);
    }

    [Fact]
    public void The_rules_page_lists_every_rule_of_the_catalogue()
    {
        var rules = Render<Rules>();

        Assert.Equal(CoursePlatform.Linting.Rules.RuleCatalog.All.Count, rules.FindAll("tbody tr").Count);
        Assert.NotNull(rules.Find("a[href='/rules/DL3007']"));
    }

    [Fact]
    public void A_rule_page_renders_the_rule_explanation_through_the_course_pipeline()
    {
        var page = Render<RulePage>(p => p.Add(r => r.Code, "DL3007"));

        Assert.Contains("DL3007", page.Find("h1").TextContent);
        Assert.Equal(["what-it-does", "why-is-this-bad", "example", "use-instead"], page.FindAll(".toc a").Select(a => a.GetAttribute("data-toc-target")).Take(4));
        Assert.NotEmpty(page.FindAll(".prose .code-block .hl-kw"));
        Assert.Contains(page.FindAll(".lint-report a.finding-code"), a => a.TextContent == "DL3007" && a.GetAttribute("href") == "/rules/DL3007");
    }
}
