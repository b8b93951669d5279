using CoursePlatform.Content.Course;
using CoursePlatform.Content.Markdown;

namespace CoursePlatform.Content.Tests;

/// <summary>The repository's own content/ folder must always load cleanly.</summary>
public class RealContentTests
{
    private static readonly Lazy<ContentSnapshot> Snapshot = new(() => CourseLoader.Load(RepositoryContent(), CourseMarkdown.Default));

    public static string RepositoryContent()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "content");
            if (File.Exists(Path.Combine(candidate, "course.yaml")))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("content/course.yaml not found above " + AppContext.BaseDirectory);
    }

    private static Lesson Day9 => Snapshot.Value.Course.Find("day-09-advanced-dockerfiles")!;

    [Fact]
    public void The_repository_content_validates_without_errors() =>
        Assert.Empty(Snapshot.Value.Errors.Select(e => e.ToString()));

    [Fact]
    public void Day_nine_has_its_front_matter()
    {
        Assert.Equal("Day 9: Advanced Dockerfiles", Day9.Title);
        Assert.Equal("day-09-advanced-dockerfiles", Day9.Id);
        Assert.Equal(9, Day9.Order);
        Assert.True(Day9.Version >= 1);
        Assert.NotEmpty(Day9.ObjectivesHtml);
    }

    [Fact]
    public void Day_nine_keeps_the_seed_lesson_body_as_written()
    {
        var seed = Path.Combine(RepositoryContent(), "..", "..", "shared", "seeds", "day-09-advanced-dockerfiles.md");
        if (!File.Exists(seed))
        {
            return; // the seed lives beside the repository on the course machines only
        }
        static string Body(string text) => text[(text.IndexOf("\n---\n", 3, StringComparison.Ordinal) + 5)..];
        var lesson = File.ReadAllText(Path.Combine(RepositoryContent(), "lessons", "day-09-advanced-dockerfiles.md"));

        Assert.Equal(Body(File.ReadAllText(seed)), Body(lesson));
    }

    [Fact]
    public void Day_nine_renders_two_diagrams_three_tables_and_a_table_of_contents()
    {
        var html = Day9.Document.Html;

        Assert.Equal(2, Day9.Document.Diagrams.Count);
        Assert.Equal(2, CountOf(html, "<pre class=\"mermaid\""));
        Assert.Equal(3, CountOf(html, "<table>"));
        Assert.Contains(Day9.Document.Toc, t => t.Id == "multi-stage-builds" && t.Level == 2);
        Assert.Contains(Day9.Document.Toc, t => t.Id == "go-application-example" && t.Level == 3);
        Assert.DoesNotContain("<h1", html);
    }

    [Fact]
    public void Day_nine_marks_its_bad_and_good_examples_for_the_linter()
    {
        var examples = Day9.Document.Examples;

        Assert.Equal(4, examples.Count(e => e.Verdict == ExampleVerdict.Bad));
        Assert.Contains(examples, e => e.Verdict == ExampleVerdict.Bad && e.Caption == "Bad: Too many layers");
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
