using System.Text;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.BuildKit;

/// <summary>Helpers shared by the BuildKit checks: suggestions, Go-style quoting, spans inside words.</summary>
internal static class BuildKitSupport
{
    /// <summary>True when the whole text is a plain variable name (see <see cref="PlainNameLength"/>).</summary>
    internal static bool IsPlainName(ReadOnlySpan<char> text) => text.Length > 0 && PlainNameLength(text) == text.Length;

    /// <summary>
    /// Steps <paramref name="rest"/> past the next '$' reference: 1 with its name when it is plain (<c>$NAME</c> or
    /// <c>${NAME...}</c>), -1 when it is not, 0 when no '$' is left. An escaped or quoted '$' counts as a reference.
    /// </summary>
    internal static int NextPlainReference(ref ReadOnlySpan<char> rest, out ReadOnlySpan<char> name)
    {
        name = default;
        var dollar = rest.IndexOf('$');
        if (dollar < 0)
        {
            return 0;
        }
        rest = rest[(dollar + 1)..];
        if (!rest.IsEmpty && rest[0] == '{')
        {
            rest = rest[1..];
        }
        var length = PlainNameLength(rest);
        if (length == 0)
        {
            return -1;
        }
        name = rest[..length];
        rest = rest[length..];
        return 1;
    }

    // The length of the name at the start: a letter or '_', then letters, digits and '_'.
    internal static int PlainNameLength(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !(char.IsAsciiLetter(text[0]) || text[0] == '_'))
        {
            return 0;
        }
        var length = 1;
        while (length < text.Length && (char.IsAsciiLetterOrDigit(text[length]) || text[length] == '_'))
        {
            length++;
        }
        return length;
    }

    /// <summary>
    /// The closest option within edit distance 2 (the builder's "did you mean"), first one on ties; null when none
    /// is close or the value itself is an option.
    /// </summary>
    public static string? Suggest(string value, IEnumerable<string> options)
    {
        string? match = null;
        var best = 3;
        foreach (var option in options)
        {
            if (option == value)
            {
                return null;
            }
            if (Math.Abs(option.Length - value.Length) >= best)
            {
                continue;
            }
            var distance = Levenshtein(value, option);
            if (distance < best)
            {
                best = distance;
                match = option;
            }
        }
        return match;
    }

    public static int Levenshtein(string a, string b)
    {
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            current.CopyTo(previous);
        }
        return previous[b.Length];
    }

    /// <summary>Go's <c>%q</c>: a double-quoted string with backslash escapes.</summary>
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsControl(c))
                    {
                        builder.Append("\\x").Append(((int)c).ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }
                    break;
            }
        }
        return builder.Append('"').ToString();
    }

    /// <summary>
    /// The source span of characters <paramref name="start"/>..<paramref name="end"/> of a token's text. Exact when the
    /// token sits on one line (or can be located in the instruction's arguments); otherwise the whole token.
    /// </summary>
    public static SourceSpan SpanWithin(DockerfileDocument document, Instruction instruction, Token token, int start, int end)
    {
        var text = token.Text;
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        var span = token.Span;
        if (span.Length == text.Length && span.End <= document.Source.Length
            && string.CompareOrdinal(document.Source, span.Start, text, 0, text.Length) == 0)
        {
            return document.Lines.Span(span.Start + start, span.Start + end);
        }
        var arguments = instruction.Arguments.Text;
        for (var at = arguments.IndexOf(text, StringComparison.Ordinal); at >= 0 && text.Length > 0; at = arguments.IndexOf(text, at + 1, StringComparison.Ordinal))
        {
            var mapped = instruction.MapArguments(at, at + text.Length);
            if (mapped.Start == span.Start)
            {
                return instruction.MapArguments(at + start, at + end);
            }
        }
        return span;
    }

    /// <summary>True when a keyword is written all in lower case (letters only matter).</summary>
    public static bool IsLower(string text) => IsLower(text.AsSpan());

    public static bool IsUpper(string text) => IsUpper(text.AsSpan());

    /// <summary><see cref="IsLower(string)"/> on a span (keywords are read from the source without a string).</summary>
    public static bool IsLower(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c < 0x80 ? c is >= 'A' and <= 'Z' : char.IsUpper(c))
            {
                return false;
            }
        }
        return true;
    }

    public static bool IsUpper(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c < 0x80 ? c is >= 'a' and <= 'z' : char.IsLower(c))
            {
                return false;
            }
        }
        return true;
    }
}
