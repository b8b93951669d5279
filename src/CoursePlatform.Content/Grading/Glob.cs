namespace CoursePlatform.Content.Grading;

/// <summary>
/// The small pattern language of checks.yaml and base-images.yaml: <c>*</c> any characters, <c>?</c> one
/// character, <c>#</c> a version number (one or more digits and dots). Case-insensitive, whole string.
/// </summary>
public static class Glob
{
    public static bool Matches(string pattern, string text) => Match(pattern, 0, text, 0);

    private static bool Match(string p, int pi, string t, int ti)
    {
        while (pi < p.Length)
        {
            var c = p[pi];
            if (c == '*')
            {
                for (var k = ti; k <= t.Length; k++)
                {
                    if (Match(p, pi + 1, t, k))
                    {
                        return true;
                    }
                }
                return false;
            }
            if (c == '#')
            {
                var k = ti;
                while (k < t.Length && (char.IsAsciiDigit(t[k]) || t[k] == '.'))
                {
                    k++;
                    if (Match(p, pi + 1, t, k))
                    {
                        return true;
                    }
                }
                return false;
            }
            if (ti >= t.Length)
            {
                return false;
            }
            if (c != '?' && char.ToLowerInvariant(c) != char.ToLowerInvariant(t[ti]))
            {
                return false;
            }
            pi++;
            ti++;
        }
        return ti == t.Length;
    }
}
