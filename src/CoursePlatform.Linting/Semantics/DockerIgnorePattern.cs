using System.Text;

namespace CoursePlatform.Linting.Semantics;

/// <summary>One line of a <c>.dockerignore</c> after cleaning: the pattern text and whether it is a <c>!</c> exception.</summary>
public sealed class DockerIgnorePattern
{
    private readonly Token[]? _tokens;

    internal DockerIgnorePattern(string text, bool isException)
    {
        Text = text;
        IsException = isException;
        _tokens = Compile(text);
    }

    /// <summary>The cleaned pattern (without the <c>!</c>).</summary>
    public string Text { get; }

    public bool IsException { get; }

    /// <summary>False when the pattern cannot be compiled (e.g. an unclosed <c>[</c>); it then matches nothing.</summary>
    public bool IsValid => _tokens is not null;

    /// <summary>True when the whole path matches the pattern.</summary>
    public bool Matches(string path)
    {
        if (_tokens is null)
        {
            return false;
        }
        var memo = new byte[(_tokens.Length + 1) * (path.Length + 1)];
        return Match(_tokens, 0, path, 0, memo);
    }

    private enum Kind : byte
    {
        Literal,
        Star,
        Question,
        Class,
        AnyDirectories,
        Anything,
    }

    private sealed record Token(Kind Kind, char Char = '\0', string? Ranges = null, bool Negated = false);

    // Go's filepath.Match syntax as Docker's pattern matcher translates it: '*' and '?' never cross '/',
    // "**" spans directories, "[...]" is a character class, '\' escapes the next character.
    private static Token[]? Compile(string pattern)
    {
        var tokens = new List<Token>(pattern.Length);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*')
            {
                if (i + 1 < pattern.Length && pattern[i + 1] == '*')
                {
                    i++;
                    if (i + 1 < pattern.Length && pattern[i + 1] == '/')
                    {
                        i++;
                    }
                    tokens.Add(new Token(i + 1 >= pattern.Length ? Kind.Anything : Kind.AnyDirectories));
                }
                else
                {
                    tokens.Add(new Token(Kind.Star));
                }
            }
            else if (c == '?')
            {
                tokens.Add(new Token(Kind.Question));
            }
            else if (c == '\\')
            {
                tokens.Add(new Token(Kind.Literal, i + 1 < pattern.Length ? pattern[++i] : '\\'));
            }
            else if (c == '[')
            {
                var j = i + 1;
                var negated = j < pattern.Length && pattern[j] == '^';
                if (negated)
                {
                    j++;
                }
                var ranges = new StringBuilder();
                var first = true;
                var closed = false;
                while (j < pattern.Length)
                {
                    var d = pattern[j];
                    if (d == ']' && !first)
                    {
                        closed = true;
                        break;
                    }
                    first = false;
                    if (d == '\\' && j + 1 < pattern.Length)
                    {
                        d = pattern[++j];
                    }
                    var low = d;
                    var high = d;
                    if (j + 2 < pattern.Length && pattern[j + 1] == '-' && pattern[j + 2] != ']')
                    {
                        j += 2;
                        high = pattern[j];
                        if (high == '\\' && j + 1 < pattern.Length)
                        {
                            high = pattern[++j];
                        }
                        if (high < low)
                        {
                            return null;
                        }
                    }
                    ranges.Append(low).Append(high);
                    j++;
                }
                if (!closed)
                {
                    return null;
                }
                tokens.Add(new Token(Kind.Class, Ranges: ranges.ToString(), Negated: negated));
                i = j;
            }
            else
            {
                tokens.Add(new Token(Kind.Literal, c));
            }
        }
        return [.. tokens];
    }

    // memo: 0 unknown, 1 false, 2 true.
    private static bool Match(Token[] tokens, int t, string path, int p, byte[] memo)
    {
        var key = t * (path.Length + 1) + p;
        if (memo[key] != 0)
        {
            return memo[key] == 2;
        }
        var result = MatchUncached(tokens, t, path, p, memo);
        memo[key] = result ? (byte)2 : (byte)1;
        return result;
    }

    private static bool MatchUncached(Token[] tokens, int t, string path, int p, byte[] memo)
    {
        if (t == tokens.Length)
        {
            return p == path.Length;
        }
        var token = tokens[t];
        switch (token.Kind)
        {
            case Kind.Literal:
                return p < path.Length && path[p] == token.Char && Match(tokens, t + 1, path, p + 1, memo);
            case Kind.Question:
                return p < path.Length && path[p] != '/' && Match(tokens, t + 1, path, p + 1, memo);
            case Kind.Class:
                return p < path.Length && InClass(token, path[p]) && Match(tokens, t + 1, path, p + 1, memo);
            case Kind.Star:
                for (var end = p; ; end++)
                {
                    if (Match(tokens, t + 1, path, end, memo))
                    {
                        return true;
                    }
                    if (end >= path.Length || path[end] == '/')
                    {
                        return false;
                    }
                }
            case Kind.Anything:
                return true;
            default:
                // "(.*/)?": nothing, or any text ending with '/'.
                if (Match(tokens, t + 1, path, p, memo))
                {
                    return true;
                }
                for (var end = p; end < path.Length; end++)
                {
                    if (path[end] == '/' && Match(tokens, t + 1, path, end + 1, memo))
                    {
                        return true;
                    }
                }
                return false;
        }
    }

    private static bool InClass(Token token, char c)
    {
        var ranges = token.Ranges!;
        for (var i = 0; i + 1 < ranges.Length; i += 2)
        {
            if (c >= ranges[i] && c <= ranges[i + 1])
            {
                return !token.Negated;
            }
        }
        return token.Negated;
    }
}
