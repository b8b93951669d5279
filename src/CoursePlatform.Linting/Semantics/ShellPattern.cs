using System.Text;

namespace CoursePlatform.Linting.Semantics;

/// <summary>
/// The shell patterns of <c>${name#pattern}</c>, <c>${name%pattern}</c> and <c>${name/pattern/replacement}</c>:
/// <c>*</c>, <c>?</c> and <c>\x</c> (a literal character), matched the way the builder matches them.
/// </summary>
internal static class ShellPattern
{
    /// <summary>Shell-style glob match of the whole text (<c>*</c>, <c>?</c>, <c>\x</c> literal).</summary>
    internal static bool GlobMatch(string pattern, string text, int textStart, int textEnd)
    {
        int p = 0, t = textStart, starP = -1, starT = -1;
        while (t < textEnd)
        {
            if (p < pattern.Length)
            {
                var c = pattern[p];
                if (c == '*')
                {
                    starP = ++p;
                    starT = t;
                    continue;
                }
                if (c == '?')
                {
                    p++;
                    t++;
                    continue;
                }
                if (c == '\\' && p + 1 < pattern.Length)
                {
                    if (pattern[p + 1] == text[t])
                    {
                        p += 2;
                        t++;
                        continue;
                    }
                }
                else if (c == text[t])
                {
                    p++;
                    t++;
                    continue;
                }
            }
            if (starP < 0)
            {
                return false;
            }
            p = starP;
            t = ++starT;
        }
        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }
        return p == pattern.Length;
    }

    /// <summary>Removes the shortest or longest prefix (or suffix) the pattern matches.</summary>
    internal static string Trim(string value, string pattern, bool prefix, bool longest)
    {
        if (prefix)
        {
            if (longest)
            {
                for (var end = value.Length; end >= 0; end--)
                {
                    if (GlobMatch(pattern, value, 0, end))
                    {
                        return value[end..];
                    }
                }
            }
            else
            {
                for (var end = 0; end <= value.Length; end++)
                {
                    if (GlobMatch(pattern, value, 0, end))
                    {
                        return value[end..];
                    }
                }
            }
            return value;
        }
        if (longest)
        {
            for (var start = 0; start <= value.Length; start++)
            {
                if (GlobMatch(pattern, value, start, value.Length))
                {
                    return value[..start];
                }
            }
        }
        else
        {
            for (var start = value.Length; start >= 0; start--)
            {
                if (GlobMatch(pattern, value, start, value.Length))
                {
                    return value[..start];
                }
            }
        }
        return value;
    }

    /// <summary>Replaces the first (or every) longest match of a non-empty pattern.</summary>
    internal static string Replace(string value, string pattern, string replacement, bool all)
    {
        if (pattern.Length == 0)
        {
            return value;
        }
        var result = new StringBuilder();
        var i = 0;
        var replaced = false;
        while (i <= value.Length)
        {
            var matchEnd = -1;
            if (!replaced || all)
            {
                for (var end = value.Length; end >= i; end--)
                {
                    if (GlobMatch(pattern, value, i, end))
                    {
                        matchEnd = end;
                        break;
                    }
                }
            }
            if (matchEnd > i)
            {
                result.Append(replacement);
                i = matchEnd;
                replaced = true;
                continue;
            }
            if (i < value.Length)
            {
                result.Append(value[i]);
            }
            i++;
        }
        return result.ToString();
    }
}
