using System.Buffers;
using System.Runtime.CompilerServices;

namespace CoursePlatform.Linting.Parsing;

/// <summary>A word found in a text: offsets into that text, end exclusive.</summary>
/// <remarks><see cref="Plain"/>: the splitter saw no quote and no escape token in the word, so quote removal
/// leaves it (and any part of it) unchanged.</remarks>
internal readonly record struct RawWord(int Start, int End, bool Unterminated = false, bool Plain = false)
{
    public int Length => End - Start;
}

/// <summary>Word splitting and quote removal the way the builder does them (no variable expansion).</summary>
internal static class Words
{
    /// <summary>BuildKit's <c>[\t\v\f\r ]</c> separator used for keywords and plain whitespace splits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsBlank(char c) => c == ' ' || (uint)(c - '\t') <= '\r' - '\t' && c != '\n';

    /// <summary>Go's <c>unicode.IsSpace</c>, close enough for UTF-16.</summary>
    /// <remarks>Every scan loop calls this per character: ASCII is decided inline (<c>\t</c> to <c>\r</c> are adjacent).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(char c) => c <= ' ' ? c == ' ' || (uint)(c - '\t') <= '\r' - '\t' : c > 127 && IsNonAsciiSpace(c);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsNonAsciiSpace(char c) => char.IsWhiteSpace(c);

    /// <summary>Index (in <paramref name="text"/>) of the first <paramref name="c"/> in a range, or -1.</summary>
    public static int IndexOf(ReadOnlySpan<char> text, char c, int start, int count)
    {
        var at = text.Slice(start, count).IndexOf(c);
        return at < 0 ? -1 : start + at;
    }

    public static int SkipSpace(ReadOnlySpan<char> text, int start, int end)
    {
        while (start < end && IsSpace(text[start]))
        {
            start++;
        }
        return start;
    }

    public static int TrimEnd(ReadOnlySpan<char> text, int start, int end)
    {
        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }
        return end;
    }

    // What ends a plain split's word (a blank: no newline is inside a logical line) or makes it not plain.
    private static readonly SearchValues<char> BlankQuoteOrBackslash = SearchValues.Create(" \t\v\f\r'\"\\");
    private static readonly SearchValues<char> BlankQuoteOrBacktick = SearchValues.Create(" \t\v\f\r'\"`");

    /// <summary>
    /// Splits on blanks, ignoring quotes (COPY, ADD, EXPOSE, FROM, VOLUME). One vectorised search per word finds
    /// its end and tells whether it is plain (the words' quote removal then needs no second scan).
    /// </summary>
    public static List<RawWord> SplitPlain(ReadOnlySpan<char> text, int start, int end, char escape, List<RawWord> words)
    {
        words.Clear();
        // The escape token is a backslash or a backtick (the parser accepts no other).
        var stops = escape == '`' ? BlankQuoteOrBacktick : BlankQuoteOrBackslash;
        var i = start;
        while (i < end)
        {
            while (i < end && IsBlank(text[i]))
            {
                i++;
            }
            if (i >= end)
            {
                break;
            }
            var wordStart = i;
            var plain = true;
            while (true)
            {
                var at = text[i..end].IndexOfAny(stops);
                if (at < 0)
                {
                    i = end;
                    break;
                }
                i += at;
                if (IsBlank(text[i]))
                {
                    break;
                }
                plain = false;
                i++;
            }
            words.Add(new RawWord(wordStart, i, Plain: plain));
        }
        return words;
    }

    // Printable ASCII but for quotes and the escape token: what a quote-aware split passes over unquoted.
    private static readonly SearchValues<char> OrdinaryBackslash = Ordinary('\\');
    private static readonly SearchValues<char> OrdinaryBacktick = Ordinary('`');

    private static SearchValues<char> Ordinary(char escape)
    {
        var chars = new List<char>();
        for (var c = '!'; c <= '~'; c++)
        {
            if (c is not ('\'' or '"') && c != escape)
            {
                chars.Add(c);
            }
        }
        return SearchValues.Create(chars.ToArray());
    }

    /// <summary>
    /// Quote-aware split (ARG, ENV, LABEL, heredoc detection): whitespace inside quotes or after the escape
    /// token does not split; quotes and escapes stay in the word. Single quotes escape nothing.
    /// </summary>
    public static List<RawWord> SplitQuoted(ReadOnlySpan<char> text, int start, int end, char escape, List<RawWord> words)
    {
        words.Clear();
        var ordinary = escape == '`' ? OrdinaryBacktick : OrdinaryBackslash;
        var i = start;
        while (i < end)
        {
            while (i < end && IsSpace(text[i]))
            {
                i++;
            }
            if (i >= end)
            {
                break;
            }
            var wordStart = i;
            var quote = '\0';
            // Inside quotes the word is already not plain: only the unquoted part needs the check.
            var plain = true;
            while (i < end)
            {
                if (quote == '\0')
                {
                    // Runs of ordinary characters are skipped by a vectorised search.
                    var at = text[i..end].IndexOfAnyExcept(ordinary);
                    if (at < 0)
                    {
                        i = end;
                        break;
                    }
                    i += at;
                }
                var c = text[i];
                if (quote == '\0')
                {
                    if (IsSpace(c))
                    {
                        break;
                    }
                    if (c is '\'' or '"')
                    {
                        quote = c;
                        plain = false;
                    }
                    else if (c == escape)
                    {
                        plain = false;
                        i++;
                    }
                }
                else if (c == quote)
                {
                    quote = '\0';
                }
                else if (c == escape && quote != '\'')
                {
                    i++;
                }
                i++;
            }
            if (i > end)
            {
                i = end;
            }
            words.Add(new RawWord(wordStart, i, quote != '\0', plain));
        }
        return words;
    }

    /// <summary>
    /// Removes quotes like the builder's word processing: single quotes are literal, inside double quotes the
    /// escape token only escapes <c>"</c>, <c>$</c> and itself, elsewhere it escapes any character.
    /// </summary>
    public static string Unquote(ReadOnlySpan<char> text, int start, int end, char escape, out bool unterminated)
    {
        unterminated = false;
        if (IsPlain(text, start, end, escape))
        {
            return new string(text[start..end]);
        }
        // The result is never longer than the input: build it in a stack buffer (or, for a long word such as a
        // quoted label, a pooled one), not a StringBuilder.
        var rented = end - start <= StackLimit ? null : ArrayPool<char>.Shared.Rent(end - start);
        var sb = new CharBuffer(rented is null ? stackalloc char[StackLimit] : rented);
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c == '\'')
            {
                var close = text[(i + 1)..end].IndexOf('\'');
                close = close < 0 ? -1 : close + i + 1;
                if (close < 0)
                {
                    unterminated = true;
                    sb.Append(text, i + 1, end - i - 1);
                    break;
                }
                sb.Append(text, i + 1, close - i - 1);
                i = close + 1;
            }
            else if (c == '"')
            {
                i++;
                var closed = false;
                while (i < end)
                {
                    var d = text[i];
                    if (d == '"')
                    {
                        closed = true;
                        i++;
                        break;
                    }
                    if (d == escape && i + 1 < end && (text[i + 1] == '"' || text[i + 1] == '$' || text[i + 1] == escape))
                    {
                        sb.Append(text[i + 1]);
                        i += 2;
                        continue;
                    }
                    sb.Append(d);
                    i++;
                }
                if (!closed)
                {
                    unterminated = true;
                    break;
                }
            }
            else if (c == escape)
            {
                if (i + 1 < end)
                {
                    sb.Append(text[i + 1]);
                }
                i += 2;
            }
            else
            {
                sb.Append(c);
                i++;
            }
        }
        return sb.ToStringAndReturn(rented);
    }

    /// <summary>True when a range has no quote and no escape token, so quote removal leaves it unchanged.</summary>
    public static bool IsPlain(ReadOnlySpan<char> text, int start, int end, char escape) =>
        text[start..end].IndexOfAny('\'', '"', escape) < 0;

    /// <summary>Quote removal of a flag word: both quote kinds group, and the escape token escapes everywhere.</summary>
    public static string UnquoteFlag(ReadOnlySpan<char> text, int start, int end, char escape)
    {
        var plain = true;
        for (var k = start; k < end; k++)
        {
            var c = text[k];
            if (c == '\'' || c == '"' || c == escape)
            {
                plain = false;
                break;
            }
        }
        if (plain)
        {
            return new string(text[start..end]);
        }
        var rented = end - start <= StackLimit ? null : ArrayPool<char>.Shared.Rent(end - start);
        var sb = new CharBuffer(rented is null ? stackalloc char[StackLimit] : rented);
        var quote = '\0';
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (quote == '\0' && (c == '\'' || c == '"'))
            {
                quote = c;
            }
            else if (quote != '\0' && c == quote)
            {
                quote = '\0';
            }
            else if (c == escape)
            {
                if (i + 1 < end)
                {
                    i++;
                    sb.Append(text[i]);
                }
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToStringAndReturn(rented);
    }

    private const int StackLimit = 256;

    /// <summary>Appends to a caller-provided buffer that is large enough for the whole result.</summary>
    private ref struct CharBuffer(Span<char> buffer)
    {
        private readonly Span<char> _buffer = buffer;
        private int _length;

        public void Append(char c) => _buffer[_length++] = c;

        public void Append(ReadOnlySpan<char> text, int start, int count)
        {
            text.Slice(start, count).CopyTo(_buffer[_length..]);
            _length += count;
        }

        public override readonly string ToString() => new(_buffer[.._length]);

        /// <summary>The text, after which a pooled buffer goes back to the pool.</summary>
        public readonly string ToStringAndReturn(char[]? rented)
        {
            var text = ToString();
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
            return text;
        }
    }

    /// <summary>Levenshtein distance, for "did you mean" suggestions.</summary>
    public static int Distance(string a, string b)
    {
        if (a.Length > 64 || b.Length > 64)
        {
            return int.MaxValue;
        }
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

    /// <summary>The closest candidate within distance 2 (case-insensitive), or null.</summary>
    public static string? Suggest(string value, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = 3;
        var lower = value.ToLowerInvariant();
        foreach (var candidate in candidates)
        {
            var distance = Distance(lower, candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }
}
