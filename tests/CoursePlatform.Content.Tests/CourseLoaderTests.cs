using CoursePlatform.Content.Course;
using CoursePlatform.Content.Markdown;
using CoursePlatform.Content.Tests.Support;

namespace CoursePlatform.Content.Tests;

public class CourseLoaderTests
{
    private static ContentSnapshot Load(TempContent content, ContentSnapshot? previous = null) =>
        CourseLoader.Load(content.Root, CourseMarkdown.Default, previous);

    [Fact]
    public void A_valid_folder_loads_every_lesson_in_outline_order_without_errors()
    {
        using var content = TempContent.Valid();

        var snapshot = Load(content);

        Assert.Empty(snapshot.Errors);
        Assert.Equal("Test course", snapshot.Course.Title);
        Assert.Equal(["one", "two"], snapshot.Course.Lessons.Select(l => l.Slug));
        Assert.Equal("Lesson two", snapshot.Course.Next(snapshot.Course.Lessons[0])?.Title);
        Assert.Null(snapshot.Course.Previous(snapshot.Course.Lessons[0]));
    }

    [Theory]
    [InlineData("title: x\nid: one\nversion: 1\nflavour: sweet\n", 5, "unknown front matter key 'flavour'")]
    [InlineData("title: x\nid: One_1\nversion: 1\n", 3, "id must be lower-case")]
    [InlineData("title: x\nid: one\nversion: zero\n", 4, "version must be a positive whole number")]
    [InlineData("title: x\nid: one\nversion: 1\nminutes: -5\n", 5, "minutes must be a positive whole number")]
    [InlineData("id: one\nversion: 1\n", 2, "no 'title'")]
    [InlineData("title: x\nversion: 1\n", 2, "no 'id'")]
    [InlineData("title: x\nid: one\n", 2, "no 'version'")]
    [InlineData("title: x\nid: one\nversion: 1\nobjectives: just one\n", 5, "objectives must be a list")]
    [InlineData("title: x\nid: one\n  version: [1\n", 4, "invalid YAML")]
    public void A_front_matter_mistake_is_reported_with_file_and_line(string frontMatter, int line, string message)
    {
        using var content = TempContent.Valid().Write("lessons/one.md", "---\n" + frontMatter + "---\n\n# X\n");

        var error = Assert.Single(Load(content).Errors);

        Assert.Equal("lessons/one.md", error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_lesson_without_front_matter_is_reported_on_line_one()
    {
        using var content = TempContent.Valid().Write("lessons/one.md", "# No front matter\n");

        var error = Assert.Single(Load(content).Errors);

        Assert.Equal(new ContentError("lessons/one.md", 1, "a lesson must start with front matter between '---' lines"), error);
    }

    [Fact]
    public void A_lesson_listed_in_the_outline_without_a_file_is_reported_on_its_outline_line()
    {
        using var content = TempContent.Valid().Write("course.yaml", TempContent.Course + "  - three\n");

        var error = Assert.Single(Load(content).Errors);

        Assert.Equal(new ContentError("course.yaml", 5, "lesson 'three' has no file lessons/three.md"), error);
    }

    [Fact]
    public void Two_lessons_with_the_same_id_are_reported()
    {
        using var content = TempContent.Valid().Write("lessons/two.md", TempContent.Lesson("one", "Copy"));

        var error = Assert.Single(Load(content).Errors);

        Assert.Equal("lessons/two.md", error.File);
        Assert.Contains("id 'one' is also used by lessons/one.md", error.Message);
    }

    [Theory]
    [InlineData("See [x](#nowhere).", "no such section in this lesson")]
    [InlineData("See [x](/lessons/missing).", "no such lesson")]
    [InlineData("See [x](/lessons/two#nowhere).", "no such section in that lesson")]
    [InlineData("See [x](/rules/DL9999).", "the linter has no such rule")]
    [InlineData("Rule `DL9998` says so.", "the linter has no rule DL9998")]
    [InlineData("As DL9997 says.", "the linter has no rule DL9997")]
    public void A_link_that_does_not_resolve_is_reported_on_its_line(string body, string message)
    {
        using var content = TempContent.Valid().Write("lessons/one.md", TempContent.Lesson("one", "One", "## Start\n\n" + body + "\n"));

        var error = Assert.Single(Load(content).Errors);

        Assert.Equal(12, error.Line);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Links_that_resolve_are_not_reported()
    {
        using var content = TempContent.Valid().Write("lessons/one.md",
            TempContent.Lesson("one", "One", "## Start\n\n[a](#start) [b](/lessons/two#start) [c](/rules/DL3007) [d](https://example.org) `DL3007` XDL99999\n"));

        Assert.Empty(Load(content).Errors);
    }

    [Fact]
    public void A_broken_lesson_keeps_serving_its_last_good_version()
    {
        using var content = TempContent.Valid();
        var good = Load(content);

        content.Write("lessons/one.md", "---\ntitle: [unclosed\n---\n");
        var next = Load(content, good);

        Assert.Single(next.Errors);
        Assert.Same(good.Course.Find("one"), next.Course.Find("one"));
        Assert.Equal(2, next.Course.Lessons.Count);
    }

    [Fact]
    public void A_broken_outline_keeps_the_previous_outline()
    {
        using var content = TempContent.Valid();
        var good = Load(content);

        content.Write("course.yaml", "title: [broken\n");
        var next = Load(content, good);

        Assert.Equal("course.yaml", Assert.Single(next.Errors).File);
        Assert.Equal(["one", "two"], next.Course.Lessons.Select(l => l.Slug));
        Assert.Equal("Test course", next.Course.Title);
    }

    [Fact]
    public void A_broken_lesson_without_a_good_version_is_left_out_and_the_rest_is_served()
    {
        using var content = TempContent.Valid().Write("lessons/one.md", "broken");

        var snapshot = Load(content);

        Assert.Equal(["two"], snapshot.Course.Lessons.Select(l => l.Slug));
    }

    [Fact]
    public void A_missing_content_folder_gives_an_empty_course_and_an_error_instead_of_an_exception()
    {
        var snapshot = CourseLoader.Load(Path.Combine(Path.GetTempPath(), "does-not-exist-" + Guid.NewGuid()), CourseMarkdown.Default);

        Assert.Empty(snapshot.Course.Lessons);
        Assert.Equal("course.yaml", Assert.Single(snapshot.Errors).File);
    }

    [Fact]
    public void The_version_depends_on_the_served_content_only()
    {
        using var content = TempContent.Valid();

        var first = Load(content);
        var again = Load(content);
        content.Write("lessons/two.md", TempContent.Lesson("two", "Lesson two", "## Changed\n"));
        var changed = Load(content);

        Assert.Equal(first.Version, again.Version);
        Assert.NotEqual(first.Version, changed.Version);
    }

    [Fact]
    public void Objectives_are_rendered_as_inline_markdown()
    {
        using var content = TempContent.Valid().Write("lessons/one.md",
            TempContent.Lesson("one", "One", extra: "objectives:\n  - Use `COPY --from`\n"));

        var lesson = Load(content).Course.Find("one")!;

        Assert.Equal(["Use <code>COPY --from</code>"], lesson.ObjectivesHtml);
    }
}
