using System.Text;

namespace CoursePlatform.Content.Highlighting;

/// <summary>What a highlighted piece of code is; each kind maps to one CSS class.</summary>
public enum TokenKind
{
    Keyword,
    String,
    Comment,
    Number,
    Variable,
    Flag,
    Operator,
    Key,
    Directive,
    Heredoc,
    Literal,
}

/// <summary>A classified range of a code block's text (offsets into the text, end exclusive).</summary>
public readonly record struct HighlightSpan(int Start, int End, TokenKind Kind);

/// <summary>Turns text plus classified spans into escaped HTML with <c>&lt;span class="hl-..."&gt;</c> wrappers.</summary>
public static class HighlightWriter
{
    public static string CssClass(TokenKind kind) => kind switch
    {
        TokenKind.Keyword => "hl-kw",
        TokenKind.String => "hl-str",
        TokenKind.Comment => "hl-com",
        TokenKind.Number => "hl-num",
        TokenKind.Variable => "hl-var",
        TokenKind.Flag => "hl-flag",
        TokenKind.Operator => "hl-op",
        TokenKind.Key => "hl-key",
        TokenKind.Directive => "hl-dir",
        TokenKind.Heredoc => "hl-here",
        _ => "hl-lit",
    };

    /// <summary>Writes the spans in order; overlapping or out-of-range spans are skipped, never thrown on.</summary>
    public static string ToHtml(string text, List<HighlightSpan> spans)
    {
        spans.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var html = new StringBuilder(text.Length + spans.Count * 32);
        var position = 0;
        foreach (var span in spans)
        {
            if (span.Start < position || span.End <= span.Start || span.End > text.Length)
            {
                continue;
            }
            Escape(html, text.AsSpan(position, span.Start - position));
            html.Append("<span class=\"").Append(CssClass(span.Kind)).Append("\">");
            Escape(html, text.AsSpan(span.Start, span.End - span.Start));
            html.Append("</span>");
            position = span.End;
        }
        Escape(html, text.AsSpan(position));
        return html.ToString();
    }

    public static void Escape(StringBuilder html, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '&': html.Append("&amp;"); break;
                case '"': html.Append("&quot;"); break;
                default: html.Append(c); break;
            }
        }
    }

    public static string Escape(string text)
    {
        var html = new StringBuilder(text.Length + 16);
        Escape(html, text);
        return html.ToString();
    }
}
