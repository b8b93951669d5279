namespace CoursePlatform.Content.Tests.Support;

/// <summary>A throw-away content folder for loader tests.</summary>
public sealed class TempContent : IDisposable
{
    public TempContent()
    {
        Root = Path.Combine(Path.GetTempPath(), "cp-content-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "lessons"));
    }

    public string Root { get; }

    public const string Course = "title: Test course\nlessons:\n  - one\n  - two\n";

    public static string Lesson(string id, string title, string body = "## Start\n\nText.\n", string extra = "") =>
        $"---\nid: {id}\ntitle: \"{title}\"\norder: 1\nversion: 1\n{extra}---\n\n# {title}\n\n{body}";

    public TempContent Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public static TempContent Valid() => new TempContent()
        .Write("course.yaml", Course)
        .Write("lessons/one.md", Lesson("one", "Lesson one"))
        .Write("lessons/two.md", Lesson("two", "Lesson two"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
