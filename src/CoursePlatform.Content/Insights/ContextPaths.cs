using CoursePlatform.Linting.Semantics;

namespace CoursePlatform.Content.Insights;

/// <summary>
/// Which build-context files a COPY/ADD source or a bind-mount source takes, with the builder's rules: the
/// source is cleaned (<c>./src/</c> is <c>src</c>, a leading <c>/</c> is the context root), <c>.</c> is the
/// whole context, a directory brings everything under it, and wildcards follow Go's <c>filepath.Match</c>
/// (<c>*</c> and <c>?</c> stay inside one path segment, <c>[a-z]</c> classes, <c>\</c> escapes); a wildcard
/// that matches a directory brings everything under it too.
/// </summary>
public static class ContextPaths
{
    /// <summary>Cleans a source or changed path into a context-relative path: <c>.</c> for the root.</summary>
    public static string Normalize(string path)
    {
        var clean = DockerIgnore.CleanPath(path.Replace('\\', '/'));
        clean = clean.TrimStart('/');
        return clean.Length == 0 ? "." : clean;
    }

    /// <summary>True when a normalised source (see <see cref="Normalize"/>) takes the context file <paramref name="file"/>.</summary>
    public static bool Takes(string source, string file)
    {
        if (source == ".")
        {
            return true;
        }
        if (!HasWildcard(source))
        {
            return file == source || (file.Length > source.Length && file[source.Length] == '/' && file.StartsWith(source, StringComparison.Ordinal));
        }
        if (Match(source, 0, file, 0))
        {
            return true;
        }
        for (var slash = file.IndexOf('/'); slash > 0; slash = file.IndexOf('/', slash + 1))
        {
            if (Match(source, 0, file[..slash], 0))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The part of <paramref name="file"/> below the source's directory (what <c>--exclude</c> patterns see).</summary>
    public static string RelativeToSource(string source, string file)
    {
        if (source == ".")
        {
            return file;
        }
        var prefix = HasWildcard(source) ? LiteralDirectory(source) : source;
        return prefix.Length > 0 && file.StartsWith(prefix + "/", StringComparison.Ordinal) ? file[(prefix.Length + 1)..] : file;
    }

    public static bool HasWildcard(string pattern)
    {
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '*' or '?' or '[':
                    return true;
            }
        }
        return false;
    }

    /// <summary>The segments before the first one with a wildcard (<c>src/lib</c> for <c>src/lib/*.ts</c>).</summary>
    private static string LiteralDirectory(string pattern)
    {
        var end = 0;
        for (var slash = pattern.IndexOf('/'); slash > 0; slash = pattern.IndexOf('/', slash + 1))
        {
            if (HasWildcard(pattern[..slash]))
            {
                break;
            }
            end = slash;
        }
        return pattern[..end];
    }

    // Go's filepath.Match: '*' any run of non-'/' characters, '?' one non-'/' character, "[...]" a class
    // ('^' negates, ranges with '-'), '\' makes the next character literal. A malformed class matches nothing.
    private static bool Match(string p, int pi, string t, int ti)
    {
        while (pi < p.Length)
        {
            var c = p[pi];
            switch (c)
            {
                case '*':
                    while (pi < p.Length && p[pi] == '*')
                    {
                        pi++;
                    }
                    for (var k = ti; ; k++)
                    {
                        if (Match(p, pi, t, k))
                        {
                            return true;
                        }
                        if (k >= t.Length || t[k] == '/')
                        {
                            return false;
                        }
                    }
                case '?':
                    if (ti >= t.Length || t[ti] == '/')
                    {
                        return false;
                    }
                    pi++;
                    ti++;
                    break;
                case '[':
                    if (ti >= t.Length || t[ti] == '/' || !MatchClass(p, ref pi, t[ti]))
                    {
                        return false;
                    }
                    ti++;
                    break;
                default:
                    if (c == '\\' && pi + 1 < p.Length)
                    {
                        c = p[++pi];
                    }
                    if (ti >= t.Length || t[ti] != c)
                    {
                        return false;
                    }
                    pi++;
                    ti++;
                    break;
            }
        }
        return ti == t.Length;
    }

    /// <summary>Matches one character against the class starting at <paramref name="pi"/> (on '['); moves past ']'.</summary>
    private static bool MatchClass(string p, ref int pi, char c)
    {
        var i = pi + 1;
        var negated = i < p.Length && p[i] == '^';
        if (negated)
        {
            i++;
        }
        var matched = false;
        var first = true;
        while (i < p.Length && (p[i] != ']' || first))
        {
            first = false;
            var low = p[i] == '\\' && i + 1 < p.Length ? p[++i] : p[i];
            i++;
            var high = low;
            if (i + 1 < p.Length && p[i] == '-' && p[i + 1] != ']')
            {
                i++;
                high = p[i] == '\\' && i + 1 < p.Length ? p[++i] : p[i];
                i++;
            }
            matched |= c >= low && c <= high;
        }
        if (i >= p.Length)
        {
            return false;
        }
        pi = i + 1;
        return matched != negated;
    }
}
