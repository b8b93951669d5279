using CoursePlatform.Content.Markdown;
using CoursePlatform.Linting.Rules;
using YamlDotNet.RepresentationModel;

namespace CoursePlatform.Content.Course;

/// <summary>
/// Loads <c>content/</c> into a <see cref="ContentSnapshot"/>. A file that fails validation is reported with its
/// file and line; when an earlier snapshot had a good version of it, that version keeps being served.
/// </summary>
public static class CourseLoader
{
    public const string CourseFile = "course.yaml";

    public static ContentSnapshot Load(string rootPath, CourseMarkdown markdown, ContentSnapshot? previous = null)
    {
        var errors = new List<ContentError>();
        var courseText = ReadOrNull(Path.Combine(rootPath, CourseFile));
        var outline = courseText is null ? null : ReadOutline(courseText, errors);
        if (courseText is null)
        {
            errors.Add(new ContentError(CourseFile, 1, $"no {CourseFile} in the content folder '{rootPath}'"));
        }
        if (outline is null && previous is not null)
        {
            // A broken outline keeps the previous one: same title, same lessons in the same order.
            outline = new Outline(previous.Course.Title, previous.Course.Description,
                [.. previous.Course.Lessons.Select(l => (l.Slug, 1))], previous.Version);
        }
        outline ??= new Outline(Course.Empty.Title, null, [], "none");

        var lessons = new List<Lesson>();
        foreach (var (slug, line) in outline.Slugs)
        {
            var file = $"lessons/{slug}.md";
            var text = ReadOrNull(Path.Combine(rootPath, "lessons", slug + ".md"));
            Lesson? lesson = null;
            if (text is null)
            {
                errors.Add(new ContentError(CourseFile, line, $"lesson '{slug}' has no file {file}"));
            }
            else
            {
                lesson = LessonFile.Load(text, slug, file, markdown, errors);
            }
            lesson ??= previous?.Course.Find(slug);
            if (lesson is not null)
            {
                lessons.Add(lesson);
            }
        }

        var course = new Course(outline.Title, outline.Description, lessons);
        CheckAcrossLessons(course, errors);
        var version = LessonFile.Hash(outline.Hash + "|" + string.Join("|", lessons.Select(l => l.ContentHash)));
        return new ContentSnapshot(course, errors, version);
    }

    private sealed record Outline(string Title, string? Description, IReadOnlyList<(string Slug, int Line)> Slugs, string Hash);

    private static Outline? ReadOutline(string text, List<ContentError> errors)
    {
        var before = errors.Count;
        var mapping = YamlReading.ParseMapping(text, CourseFile, 1, errors);
        if (mapping is null)
        {
            return null;
        }
        string? title = null, description = null;
        var slugs = new List<(string, int)>();
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var line = YamlReading.LineOf(keyNode, 1);
            switch (YamlReading.Scalar(keyNode))
            {
                case "title":
                    title = YamlReading.Scalar(valueNode);
                    break;
                case "description":
                    description = YamlReading.Scalar(valueNode);
                    break;
                case "lessons" when valueNode is YamlSequenceNode sequence:
                    foreach (var item in sequence)
                    {
                        var slug = YamlReading.Scalar(item);
                        if (string.IsNullOrWhiteSpace(slug) || slug.Contains('/') || slug.Contains('\\') || slug.Contains(".."))
                        {
                            errors.Add(new ContentError(CourseFile, YamlReading.LineOf(item, 1), "each lesson is the name of a file in lessons/, without .md"));
                        }
                        else if (slugs.Exists(s => s.Item1 == slug))
                        {
                            errors.Add(new ContentError(CourseFile, YamlReading.LineOf(item, 1), $"lesson '{slug}' is listed twice"));
                        }
                        else
                        {
                            slugs.Add((slug, YamlReading.LineOf(item, 1)));
                        }
                    }
                    break;
                case "lessons":
                    errors.Add(new ContentError(CourseFile, line, "lessons must be a list"));
                    break;
                default:
                    errors.Add(new ContentError(CourseFile, line, $"unknown key '{YamlReading.Scalar(keyNode)}' (known: title, description, lessons)"));
                    break;
            }
        }
        if (string.IsNullOrWhiteSpace(title))
        {
            errors.Add(new ContentError(CourseFile, 1, "the course has no 'title'"));
        }
        return errors.Count > before ? null : new Outline(title!, description, slugs, LessonFile.Hash(text));
    }

    /// <summary>Unique ids, and every link between pages resolves (lessons, their sections, rule pages).</summary>
    private static void CheckAcrossLessons(Course course, List<ContentError> errors)
    {
        var ids = new Dictionary<string, Lesson>(StringComparer.Ordinal);
        foreach (var lesson in course.Lessons)
        {
            if (!ids.TryAdd(lesson.Id, lesson))
            {
                errors.Add(new ContentError(lesson.RelativePath, 2, $"id '{lesson.Id}' is also used by {ids[lesson.Id].RelativePath}"));
            }
            foreach (var mention in lesson.Document.RuleMentions)
            {
                if (RuleCatalog.Find(mention.Code) is null && mention.Code != Linting.Syntax.ParseDiagnostic.Code)
                {
                    errors.Add(new ContentError(lesson.RelativePath, mention.Line, $"the linter has no rule {mention.Code}"));
                }
            }
            foreach (var link in lesson.Document.Links)
            {
                if (CheckLink(course, lesson, link.Url) is { } problem)
                {
                    errors.Add(new ContentError(lesson.RelativePath, link.Line, problem));
                }
            }
        }
    }

    private static string? CheckLink(Course course, Lesson lesson, string url)
    {
        var hash = url.IndexOf('#');
        var path = hash < 0 ? url : url[..hash];
        var anchor = hash < 0 ? null : url[(hash + 1)..];
        if (path.Length == 0)
        {
            return anchor is null || lesson.Document.HeadingIds.Contains(anchor) ? null : $"link to '#{anchor}': no such section in this lesson";
        }
        if (path.StartsWith("/rules/", StringComparison.Ordinal))
        {
            var code = path["/rules/".Length..];
            return RuleCatalog.Find(code) is null ? $"link to rule '{code}': the linter has no such rule" : null;
        }
        if (path.StartsWith("/lessons/", StringComparison.Ordinal))
        {
            var target = course.Find(path["/lessons/".Length..]);
            if (target is null)
            {
                return $"link to '{path}': no such lesson in {CourseFile}";
            }
            return anchor is null || target.Document.HeadingIds.Contains(anchor) ? null : $"link to '{url}': no such section in that lesson";
        }
        return null;
    }

    private static string? ReadOrNull(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }
        catch (IOException)
        {
            // A file being written by an editor right now: treat as unreadable; the watcher reloads again.
            return null;
        }
    }
}
