using System.Text;

namespace CoursePlatform.Content.Markdown;

/// <summary>Text alternatives for Mermaid diagrams, read by screen readers in place of the drawing.</summary>
internal static class DiagramText
{
    /// <summary>
    /// An explicit <c>alt="..."</c> on the fence wins; otherwise the section the diagram belongs to plus the
    /// labels of its boxes, in the order they are written.
    /// </summary>
    public static string AltText(string? fenceArguments, string source, string section)
    {
        if (Explicit(fenceArguments) is { } given)
        {
            return given;
        }
        var labels = new List<string>();
        var i = 0;
        while ((i = source.IndexOf("[\"", i, StringComparison.Ordinal)) >= 0)
        {
            var end = source.IndexOf("\"]", i + 2, StringComparison.Ordinal);
            if (end < 0)
            {
                break;
            }
            var label = source[(i + 2)..end].Replace("\\n", " ", StringComparison.Ordinal).Trim();
            if (label.Length > 0 && !labels.Contains(label))
            {
                labels.Add(label);
            }
            i = end + 2;
        }
        var text = new StringBuilder("Diagram");
        if (section.Length > 0)
        {
            text.Append(" for \u201C").Append(section).Append('\u201D');
        }
        if (labels.Count > 0)
        {
            text.Append(": ").Append(string.Join(", ", labels));
        }
        return text.ToString();
    }

    private static string? Explicit(string? arguments)
    {
        if (string.IsNullOrEmpty(arguments))
        {
            return null;
        }
        var start = arguments.IndexOf("alt=\"", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }
        var end = arguments.IndexOf('"', start + 5);
        return end < 0 ? null : arguments[(start + 5)..end];
    }
}
