namespace CoursePlatform.Web.Problems;

/// <summary>One line of a diff: kept in both texts, only in the first (removed) or only in the second (added).</summary>
public sealed record DiffLine(char Kind, string Text);

/// <summary>A line diff by longest common subsequence; Dockerfiles are short, so the quadratic table is fine.</summary>
public static class LineDiff
{
    private const int MaxLines = 2000;

    public static IReadOnlyList<DiffLine> Compute(string before, string after)
    {
        var a = Lines(before);
        var b = Lines(after);
        if (a.Length > MaxLines || b.Length > MaxLines)
        {
            return [.. a.Select(line => new DiffLine('-', line)), .. b.Select(line => new DiffLine('+', line))];
        }
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }
        var diff = new List<DiffLine>(a.Length + b.Length);
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                diff.Add(new DiffLine(' ', a[x++]));
                y++;
            }
            else if (common[x + 1, y] >= common[x, y + 1])
            {
                diff.Add(new DiffLine('-', a[x++]));
            }
            else
            {
                diff.Add(new DiffLine('+', b[y++]));
            }
        }
        while (x < a.Length)
        {
            diff.Add(new DiffLine('-', a[x++]));
        }
        while (y < b.Length)
        {
            diff.Add(new DiffLine('+', b[y++]));
        }
        return diff;
    }

    private static string[] Lines(string text) =>
        text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
}
