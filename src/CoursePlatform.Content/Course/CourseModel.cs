using CoursePlatform.Content.Markdown;

namespace CoursePlatform.Content.Course;

/// <summary>A lesson as students read it: its front matter and its body rendered once.</summary>
public sealed record Lesson(
    string Slug,
    string Id,
    string Title,
    int Order,
    int Version,
    IReadOnlyList<string> ObjectivesHtml,
    int? Minutes,
    string RelativePath,
    string ContentHash,
    RenderedDocument Document)
{
    public string Url => "/lessons/" + Slug;
}

/// <summary>The course outline: its lessons in reading order.</summary>
public sealed record Course(string Title, string? Description, IReadOnlyList<Lesson> Lessons)
{
    public static Course Empty { get; } = new("Course", null, []);

    public Lesson? Find(string slug)
    {
        foreach (var lesson in Lessons)
        {
            if (string.Equals(lesson.Slug, slug, StringComparison.OrdinalIgnoreCase))
            {
                return lesson;
            }
        }
        return null;
    }

    public Lesson? Previous(Lesson lesson)
    {
        var index = IndexOf(lesson);
        return index > 0 ? Lessons[index - 1] : null;
    }

    public Lesson? Next(Lesson lesson)
    {
        var index = IndexOf(lesson);
        return index >= 0 && index + 1 < Lessons.Count ? Lessons[index + 1] : null;
    }

    private int IndexOf(Lesson lesson)
    {
        for (var i = 0; i < Lessons.Count; i++)
        {
            if (Lessons[i].Slug == lesson.Slug)
            {
                return i;
            }
        }
        return -1;
    }
}

/// <summary>A problem in a content file, with the file (relative to the content root, '/' separated) and 1-based line.</summary>
public sealed record ContentError(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}

/// <summary>
/// Everything the site serves at one moment. <see cref="Version"/> changes whenever what is served changes,
/// and only then (it is a hash of the served files), so caches can be keyed on it.
/// </summary>
public sealed record ContentSnapshot(Course Course, IReadOnlyList<ContentError> Errors, string Version)
{
    public static ContentSnapshot Empty { get; } = new(Course.Empty, [], "empty");
}
