using CoursePlatform.Content.Markdown;
using CoursePlatform.Content.Tests.Support;

namespace CoursePlatform.Content.Tests;

public class MarkdownSpecTests
{
    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var example in MarkdownSpec.ReadAll())
        {
            data.Add(example.File, example.Name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_feature_spec_renders_to_its_expected_html(string file, string name)
    {
        var example = MarkdownSpec.ReadAll().Single(e => e.File == file && e.Name == name);

        var html = CourseMarkdown.Default.Render(example.Markdown, "/p").Html;

        Assert.Equal(example.Html.Trim(), html.Replace("\r\n", "\n").Trim());
    }

    [Fact]
    public void The_specs_cover_every_pipeline_feature_the_course_promises()
    {
        var files = MarkdownSpec.ReadAll().Select(e => e.File).ToHashSet();

        Assert.Superset(new HashSet<string> { "PipeTables", "Headings", "TaskLists", "AutoLinks", "EmphasisExtras", "Alerts", "CodeHighlighting", "Mermaid", "FrontMatter" }, files);
    }

    [Fact]
    public void The_table_of_contents_lists_level_two_and_three_headings_in_order()
    {
        var document = CourseMarkdown.Default.Render("# Title\n\n## One\n\n### One a\n\n#### Deep\n\n## Two\n", "/p", stripTitle: true);

        Assert.Equal("Title", document.Title);
        Assert.Equal(["2 one One", "3 one-a One a", "2 two Two"], document.Toc.Select(t => $"{t.Level} {t.Id} {t.Text}"));
        Assert.DoesNotContain("<h1", document.Html);
    }

    [Fact]
    public void Reading_time_counts_words_at_two_hundred_a_minute()
    {
        var words = string.Join(' ', Enumerable.Repeat("word", 1000));

        Assert.Equal(5, CourseMarkdown.Default.Render(words, "/p").ReadingMinutes);
        Assert.Equal(1, CourseMarkdown.Default.Render("short", "/p").ReadingMinutes);
    }

    [Fact]
    public void A_copy_button_sits_outside_the_code_so_copying_takes_the_code_only()
    {
        var html = CourseMarkdown.Default.Render("```bash\necho hi\n```\n", "/p").Html;

        var code = html[html.IndexOf("<code", StringComparison.Ordinal)..html.IndexOf("</code>", StringComparison.Ordinal)];
        Assert.DoesNotContain("Copy", code);
        Assert.Contains("class=\"copy-button\"", html);
    }
}
