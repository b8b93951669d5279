using System.Net;
using CoursePlatform.Content.Course;
using CoursePlatform.Web.Data;
using CoursePlatform.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoursePlatform.Web.Tests.Http;

/// <summary>One app for the whole class (starting it is the slow part); tests touch different lessons.</summary>
public sealed class AppTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    private readonly WebAppFactory _factory = factory;
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/")]
    [InlineData("/lessons/first")]
    [InlineData("/rules")]
    [InlineData("/rules/DL3007")]
    [InlineData("/playground")]
    public async Task Every_page_answers_with_html(string path)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/lessons/missing")]
    [InlineData("/rules/DL0000")]
    [InlineData("/no/such/page")]
    [InlineData("/problems/missing")]
    public async Task An_unknown_address_answers_not_found_with_a_helpful_page(string path)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_lesson_is_served_from_the_output_cache_until_the_content_version_changes()
    {
        var first = await _client.GetAsync("/lessons/second");
        var second = await _client.GetAsync("/lessons/second");
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);

        _factory.Content.Write("lessons/second.md", TestContent.Lesson("second", "Renamed steps", "## Next\n"));
        _factory.Services.GetRequiredService<ContentStore>().Reload();
        var third = await _client.GetStringAsync("/lessons/second");

        Assert.Contains("Renamed steps", third);
    }

    [Fact]
    public async Task A_lesson_page_is_static_and_opens_no_circuit()
    {
        var response = await _client.GetAsync("/lessons/first");
        var html = await response.Content.ReadAsStringAsync();

        // No server component marker, so no circuit. (With interactive pages in the app, .NET writes an empty
        // persisted-state comment on every first render; it starts nothing.) No antiforgery cookie either.
        Assert.DoesNotContain("\"type\":\"server\"", html);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task A_problem_page_is_prerendered_with_its_statement_and_opens_a_circuit()
    {
        CopyRepositoryContent("problems/go-scratch");
        CopyRepositoryContent("data");
        _factory.Services.GetRequiredService<ContentStore>().Reload();

        var html = await _client.GetStringAsync("/problems/go-scratch");

        Assert.Contains("\"type\":\"server\"", html);
        Assert.Contains("Go service under 10 MB", html);
    }

    [Fact]
    public async Task Mermaid_loads_before_the_site_script_and_the_blazor_script()
    {
        var html = await _client.GetStringAsync("/lessons/first");

        var mermaid = html.IndexOf("dist/mermaid.min.js", StringComparison.Ordinal);
        var site = html.IndexOf("js/site", StringComparison.Ordinal);
        var blazor = html.IndexOf("_framework/blazor.web.js", StringComparison.Ordinal);
        Assert.True(mermaid > 0 && mermaid < site && site < blazor, $"{mermaid} {site} {blazor}");
        Assert.DoesNotContain("loader.js", html[..mermaid]);
    }

    [Fact]
    public async Task The_database_is_created_and_migrated_at_start()
    {
        await _client.GetAsync("/");

        Assert.True(File.Exists(_factory.DatabasePath));
        var factory = _factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        db.LessonProgress.Add(new LessonProgress { LearnerId = "guest-1", LessonId = "first", LessonVersion = 1, FirstReadAt = DateTimeOffset.UtcNow, LastReadAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
        Assert.Equal(1, await db.LessonProgress.CountAsync());
    }

    [Fact]
    public async Task The_site_styles_and_scripts_are_served_from_the_top_level_web_root()
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/css/site.css")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/js/site.js")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/lib/mermaid/mermaid.min.js")).StatusCode);
    }

    private void CopyRepositoryContent(string relative)
    {
        var source = new DirectoryInfo(AppContext.BaseDirectory);
        while (!Directory.Exists(Path.Combine(source.FullName, "content", "problems")))
        {
            source = source.Parent ?? throw new DirectoryNotFoundException("The repository's content/ was not found.");
        }
        var from = Path.Combine(source.FullName, "content", relative);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(_factory.Content.Root, relative, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to, overwrite: true);
        }
    }
}
