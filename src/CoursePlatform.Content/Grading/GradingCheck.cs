namespace CoursePlatform.Content.Grading;

/// <summary>What a check found: whether it passed, the Dockerfile lines it is about, and an optional detail.</summary>
public readonly record struct CheckEvaluation(bool Passed, IReadOnlyList<int> Lines, string? Detail = null)
{
    public static CheckEvaluation Pass(IEnumerable<int>? lines = null, string? detail = null) => new(true, Distinct(lines), detail);

    public static CheckEvaluation Fail(IEnumerable<int>? lines = null, string? detail = null) => new(false, Distinct(lines), detail);

    private static IReadOnlyList<int> Distinct(IEnumerable<int>? lines)
    {
        if (lines is null)
        {
            return [];
        }
        var set = new SortedSet<int>(lines);
        return [.. set];
    }
}

/// <summary>
/// One declarative check of a problem's <c>checks.yaml</c>. Each kind is a small subclass that reads its
/// options in its constructor (through <see cref="CheckSpec"/>, which records errors with lines) and
/// evaluates the parsed Dockerfile, never its raw text.
/// </summary>
public abstract class GradingCheck(CheckSpec spec)
{
    public string Id { get; } = spec.Id;

    public string Kind { get; } = spec.Kind;

    public int Task { get; } = spec.Task;

    public CheckTier Tier { get; } = spec.Tier;

    public string Message { get; } = spec.Message;

    public string Why { get; } = spec.Why;

    /// <summary>Lesson heading anchor for this check (defaults to the problem's section).</summary>
    public string? Section { get; } = spec.Section;

    /// <summary>Line of the check in checks.yaml, for validation messages.</summary>
    public int Line { get; } = spec.Line;

    /// <summary>Lint codes the check names, so validation can prove they exist.</summary>
    public virtual IEnumerable<string> LintCodes => [];

    /// <summary>Paths of the build context the check names, so validation can prove they exist in <c>context/</c>.</summary>
    public virtual IEnumerable<string> ContextPaths => [];

    public abstract CheckEvaluation Evaluate(GradingContext context);
}
