namespace CoursePlatform.Content.Highlighting;

/// <summary>
/// A small table-driven lexer: comments, strings, numbers, keywords, shell variables, flags and keys.
/// Good enough for colouring snippets; it never throws and runs in one pass.
/// </summary>
public static class GenericLexer
{
    public static List<HighlightSpan> Lex(string text, LanguageDefinition language) => Lex(text, 0, text.Length, language);

    public static List<HighlightSpan> Lex(string text, int from, int to, LanguageDefinition language)
    {
        var spans = new List<HighlightSpan>();
        var i = from;
        var lineStart = true;
        while (i < to)
        {
            var c = text[i];
            if (c == '\n')
            {
                lineStart = true;
                i++;
                continue;
            }
            if (c is ' ' or '\t' or '\r')
            {
                i++;
                continue;
            }
            var atLineStart = lineStart;
            lineStart = false;
            if (StartsLineComment(text, i, to, language))
            {
                var end = IndexOfOrEnd(text, '\n', i, to);
                spans.Add(new HighlightSpan(i, end, TokenKind.Comment));
                i = end;
                continue;
            }
            if (language.BlockComment is { } block && Matches(text, i, to, block.Open))
            {
                var close = text.IndexOf(block.Close, i + block.Open.Length, to - i - block.Open.Length, StringComparison.Ordinal);
                var end = close < 0 ? to : close + block.Close.Length;
                spans.Add(new HighlightSpan(i, end, TokenKind.Comment));
                i = end;
                continue;
            }
            if (language.Quotes.Contains(c))
            {
                var end = StringEnd(text, i, to, c);
                var kind = language.KeysBeforeColon && NextNonSpace(text, end, to) == ':' ? TokenKind.Key : TokenKind.String;
                spans.Add(new HighlightSpan(i, end, kind));
                i = end;
                continue;
            }
            if (language.ShellVariables && c == '$' && i + 1 < to)
            {
                var end = VariableEnd(text, i, to);
                if (end > i + 1)
                {
                    spans.Add(new HighlightSpan(i, end, TokenKind.Variable));
                    i = end;
                    continue;
                }
            }
            if (char.IsDigit(c) && (i == from || !IsWordChar(text[i - 1])))
            {
                var end = i;
                while (end < to && (char.IsLetterOrDigit(text[end]) || text[end] is '.' or '_'))
                {
                    end++;
                }
                spans.Add(new HighlightSpan(i, end, TokenKind.Number));
                i = end;
                continue;
            }
            if (language.DashFlags && c == '-' && (i == from || text[i - 1] is ' ' or '\t') && i + 1 < to && (char.IsLetter(text[i + 1]) || text[i + 1] == '-'))
            {
                var end = i;
                while (end < to && !char.IsWhiteSpace(text[end]) && text[end] != '=')
                {
                    end++;
                }
                spans.Add(new HighlightSpan(i, end, TokenKind.Flag));
                i = end;
                continue;
            }
            if (IsWordChar(c))
            {
                var end = i;
                while (end < to && (IsWordChar(text[end]) || text[end] is '-' or '.'))
                {
                    end++;
                }
                var word = text.Substring(i, end - i);
                if (language.KeysBeforeColon && NextNonSpace(text, end, to) == ':' && (atLineStart || PrecededByDash(text, i, from)))
                {
                    spans.Add(new HighlightSpan(i, end, TokenKind.Key));
                }
                else if (language.Keywords.Contains(language.CaseInsensitiveKeywords ? word.ToUpperInvariant() : word))
                {
                    spans.Add(new HighlightSpan(i, end, TokenKind.Keyword));
                }
                i = end;
                continue;
            }
            if (c is '&' or '|' or ';' or '>' && language.ShellVariables)
            {
                var end = i + 1;
                while (end < to && text[end] is '&' or '|' or '>')
                {
                    end++;
                }
                spans.Add(new HighlightSpan(i, end, TokenKind.Operator));
                i = end;
                continue;
            }
            i++;
        }
        return spans;
    }

    private static bool StartsLineComment(string text, int i, int to, LanguageDefinition language)
    {
        foreach (var prefix in language.LineComments)
        {
            // "#" only starts a comment at a word boundary (so "a#b" or "${#x}" stay code).
            if (Matches(text, i, to, prefix) && (prefix != "#" || i == 0 || char.IsWhiteSpace(text[i - 1])))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Matches(string text, int i, int to, string value) =>
        i + value.Length <= to && string.CompareOrdinal(text, i, value, 0, value.Length) == 0;

    private static int IndexOfOrEnd(string text, char c, int from, int to)
    {
        var index = text.IndexOf(c, from, to - from);
        return index < 0 ? to : index;
    }

    private static int StringEnd(string text, int start, int to, char quote)
    {
        var i = start + 1;
        while (i < to)
        {
            var c = text[i];
            if (c == '\\' && quote != '\'' && i + 1 < to)
            {
                i += 2;
                continue;
            }
            if (c == quote)
            {
                return i + 1;
            }
            // Single and double quotes end at the line end when unterminated; template strings may span lines.
            if (c == '\n' && quote != '`' && quote != '"')
            {
                return i;
            }
            i++;
        }
        return to;
    }

    private static int VariableEnd(string text, int dollar, int to)
    {
        var i = dollar + 1;
        if (text[i] == '{')
        {
            var close = text.IndexOf('}', i, to - i);
            return close < 0 ? dollar + 1 : close + 1;
        }
        while (i < to && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
        {
            i++;
        }
        return i;
    }

    private static char NextNonSpace(string text, int i, int to)
    {
        while (i < to && text[i] is ' ' or '\t')
        {
            i++;
        }
        return i < to ? text[i] : '\0';
    }

    private static bool PrecededByDash(string text, int i, int from)
    {
        var j = i - 1;
        while (j >= from && text[j] is ' ' or '\t')
        {
            j--;
        }
        return j >= from && text[j] == '-';
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
