using CoursePlatform.Content.Course;
using CoursePlatform.Content.Markdown;

namespace CoursePlatform.Web.Tests.Support;

/// <summary>A small real content folder (two lessons) and a store over it.</summary>
public sealed class TestContent : IDisposable
{
    public TestContent()
    {
        Root = Path.Combine(Path.GetTempPath(), "cp-web-content-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "lessons"));
        Write("course.yaml", "title: Test course\ndescription: Learn by doing.\nlessons:\n  - first\n  - second\n");
        Write("lessons/first.md", Lesson("first", "First steps", "## Build\n\nText.\n\n### Detail\n\nMore.\n\n## Run\n\n```bash\necho hi\n```\n"));
        Write("lessons/second.md", Lesson("second", "Second steps", "## Next\n\nMore text.\n"));
        Store = new ContentStore(Root, CourseMarkdown.Default, watch: false);
    }

    public string Root { get; }

    public ContentStore Store { get; }

    public static string Lesson(string id, string title, string body) =>
        $"---\nid: {id}\ntitle: {title}\norder: 1\nversion: 1\nobjectives:\n  - Use `COPY --from`\n---\n\n# {title}\n\n{body}";

    public void Write(string relative, string text) => File.WriteAllText(Path.Combine(Root, relative), text);

    public void Dispose()
    {
        Store.Dispose();
        try
        {
            Directory.Delete(Root, true);
        }
        catch (IOException)
        {
        }
    }
}
