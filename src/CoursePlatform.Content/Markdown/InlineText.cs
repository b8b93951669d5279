using System.Text;
using Markdig.Syntax.Inlines;

namespace CoursePlatform.Content.Markdown;

/// <summary>The plain text of an inline tree (for headings in the table of contents and alt texts).</summary>
internal static class InlineText
{
    public static string Of(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }
        var text = new StringBuilder();
        Append(text, inline);
        return text.ToString().Trim();
    }

    private static void Append(StringBuilder text, Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(text, child);
                }
                break;
        }
    }
}
