namespace CoursePlatform.Linting.Semantics;

/// <summary>
/// A parsed <c>.dockerignore</c>: which context paths the builder leaves out, with Docker's rules
/// (comments only when <c>#</c> is the first character, blank lines skipped, paths cleaned, leading <c>/</c> dropped,
/// later patterns win, <c>!</c> re-includes).
/// </summary>
public sealed class DockerIgnore
{
    private DockerIgnore(IReadOnlyList<DockerIgnorePattern> patterns)
    {
        Patterns = patterns;
        foreach (var pattern in patterns)
        {
            HasExceptions |= pattern.IsException;
            ExcludesWholeContext |= !pattern.IsException && pattern.Text is "*" or "**" or "**/*";
        }
    }

    public IReadOnlyList<DockerIgnorePattern> Patterns { get; }

    /// <summary>True when any <c>!</c> pattern exists (BuildKit then skips CopyIgnoredFile altogether).</summary>
    public bool HasExceptions { get; }

    /// <summary>True when a pattern is exactly <c>*</c>, <c>**</c> or <c>**/*</c>: the context root itself is excluded.</summary>
    public bool ExcludesWholeContext { get; }

    public static DockerIgnore Parse(string? content)
    {
        var patterns = new List<DockerIgnorePattern>();
        if (string.IsNullOrEmpty(content))
        {
            return new DockerIgnore(patterns);
        }
        var start = content[0] == '\uFEFF' ? 1 : 0;
        while (start <= content.Length)
        {
            var end = content.IndexOf('\n', start);
            if (end < 0)
            {
                end = content.Length;
            }
            var line = content[start..end];
            start = end + 1;
            if (line.EndsWith('\r'))
            {
                line = line[..^1];
            }
            if (line.StartsWith('#'))
            {
                continue;
            }
            line = line.Trim();
            if (line.Length == 0)
            {
                continue;
            }
            var exception = line[0] == '!';
            if (exception)
            {
                line = line[1..].Trim();
                if (line.Length == 0)
                {
                    continue;
                }
            }
            line = CleanPath(line);
            if (line.Length > 1 && line[0] == '/')
            {
                line = line[1..];
            }
            patterns.Add(new DockerIgnorePattern(line, exception));
        }
        return new DockerIgnore(patterns);
    }

    /// <summary>
    /// True when the path, or one of its parent directories, is excluded after all patterns are applied in order.
    /// The path is cleaned first (<c>./a//b/</c> is <c>a/b</c>).
    /// </summary>
    public bool Matches(string path)
    {
        path = CleanPath(path);
        var matched = false;
        foreach (var pattern in Patterns)
        {
            // An exclusion only matters once something matched, an inclusion only while nothing has.
            if (pattern.IsException != matched)
            {
                continue;
            }
            var hit = pattern.Matches(path);
            for (var slash = path.IndexOf('/', 1); !hit && slash > 0; slash = path.IndexOf('/', slash + 1))
            {
                hit = pattern.Matches(path[..slash]);
            }
            if (hit)
            {
                matched = !pattern.IsException;
            }
        }
        return matched;
    }

    /// <summary>Go's <c>path.Clean</c>: collapses separators, <c>.</c> and <c>..</c>; empty becomes <c>.</c>.</summary>
    public static string CleanPath(string path)
    {
        if (path.Length == 0)
        {
            return ".";
        }
        var rooted = path[0] == '/';
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }
            if (part == "..")
            {
                if (parts.Count > 0 && parts[^1] != "..")
                {
                    parts.RemoveAt(parts.Count - 1);
                }
                else if (!rooted)
                {
                    parts.Add(part);
                }
                continue;
            }
            parts.Add(part);
        }
        var joined = string.Join('/', parts);
        return rooted ? "/" + joined : joined.Length == 0 ? "." : joined;
    }
}
