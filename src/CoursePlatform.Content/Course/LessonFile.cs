using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CoursePlatform.Content.Markdown;
using YamlDotNet.RepresentationModel;

namespace CoursePlatform.Content.Course;

/// <summary>Reads one lesson file: front matter (YAML between <c>---</c> lines) and the Markdown body.</summary>
internal static class LessonFile
{
    private static readonly HashSet<string> KnownKeys = ["id", "title", "order", "version", "objectives", "minutes"];

    /// <summary>Returns the lesson, or null with the reasons in <paramref name="errors"/>.</summary>
    public static Lesson? Load(string text, string slug, string file, CourseMarkdown markdown, List<ContentError> errors)
    {
        var before = errors.Count;
        text = text.Replace("\r\n", "\n");
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            errors.Add(new ContentError(file, 1, "a lesson must start with front matter between '---' lines"));
            return null;
        }
        var close = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        if (close < 0)
        {
            errors.Add(new ContentError(file, 1, "the front matter is not closed by a '---' line"));
            return null;
        }
        var yaml = text[4..(close + 1)];
        var mapping = YamlReading.ParseMapping(yaml, file, 2, errors);
        if (mapping is null)
        {
            return null;
        }

        string? id = null, title = null;
        int order = 0, version = 0;
        int? minutes = null;
        var objectives = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = YamlReading.Scalar(keyNode) ?? "";
            var line = YamlReading.LineOf(keyNode, 2);
            seen.Add(key);
            switch (key)
            {
                case "id":
                    id = YamlReading.Scalar(valueNode);
                    if (id is null || !IsSlug(id))
                    {
                        errors.Add(new ContentError(file, line, "id must be lower-case letters, digits and dashes"));
                    }
                    break;
                case "title":
                    title = YamlReading.Scalar(valueNode);
                    break;
                case "order":
                    order = PositiveInt(valueNode, "order", file, line, errors) ?? 0;
                    break;
                case "version":
                    version = PositiveInt(valueNode, "version", file, line, errors) ?? 0;
                    break;
                case "minutes":
                    minutes = PositiveInt(valueNode, "minutes", file, line, errors);
                    break;
                case "objectives":
                    if (valueNode is YamlSequenceNode sequence)
                    {
                        foreach (var item in sequence)
                        {
                            if (YamlReading.Scalar(item) is { Length: > 0 } objective)
                            {
                                objectives.Add(objective);
                            }
                            else
                            {
                                errors.Add(new ContentError(file, YamlReading.LineOf(item, 2), "each objective must be a line of text"));
                            }
                        }
                    }
                    else
                    {
                        errors.Add(new ContentError(file, line, "objectives must be a list"));
                    }
                    break;
                default:
                    errors.Add(new ContentError(file, line, $"unknown front matter key '{key}' (known: {string.Join(", ", KnownKeys)})"));
                    break;
            }
        }
        if (!seen.Contains("id"))
        {
            errors.Add(new ContentError(file, 2, "front matter has no 'id'"));
        }
        if (string.IsNullOrWhiteSpace(title))
        {
            errors.Add(new ContentError(file, 2, "front matter has no 'title'"));
        }
        if (!seen.Contains("version"))
        {
            errors.Add(new ContentError(file, 2, "front matter has no 'version'"));
        }
        if (errors.Count > before)
        {
            return null;
        }

        var document = markdown.Render(text, "/lessons/" + slug, stripTitle: true);
        foreach (var diagram in document.Diagrams)
        {
            if (diagram.AltText.Length == 0)
            {
                errors.Add(new ContentError(file, diagram.Line, "a diagram needs a text alternative"));
            }
        }
        var objectivesHtml = objectives.ConvertAll(o => InlineHtml(o));
        return new Lesson(slug, id!, title!, order, version, objectivesHtml, minutes, file, Hash(text), document);
    }

    private static int? PositiveInt(YamlNode node, string name, string file, int line, List<ContentError> errors)
    {
        if (YamlReading.Scalar(node) is { } text && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            return value;
        }
        errors.Add(new ContentError(file, line, $"{name} must be a positive whole number"));
        return null;
    }

    private static bool IsSlug(string value)
    {
        if (value.Length == 0 || value[0] == '-' || value[^1] == '-')
        {
            return false;
        }
        foreach (var c in value)
        {
            if (!(c is >= 'a' and <= 'z' || c is >= '0' and <= '9' || c == '-'))
            {
                return false;
            }
        }
        return true;
    }

    private static string InlineHtml(string markdownLine)
    {
        var html = Markdig.Markdown.ToHtml(markdownLine, CourseMarkdown.Pipeline).Trim();
        return html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal) ? html[3..^4] : html;
    }

    internal static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16].ToLowerInvariant();
}
