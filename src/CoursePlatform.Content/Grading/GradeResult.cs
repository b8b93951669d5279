namespace CoursePlatform.Content.Grading;

/// <summary>The tiers of platform.md section 4 (after Exercism).</summary>
public enum CheckTier
{
    Essential,
    Actionable,
    Informative,
    Celebratory,
}

/// <summary>The outcome of one check of a problem, as the feedback panel and the JSON output show it.</summary>
public sealed record CheckOutcome(
    string Id,
    int Task,
    string Tier,
    string Message,
    string Why,
    string? LessonLink,
    IReadOnlyList<int> Lines,
    bool Passed,
    string? Detail);

/// <summary>A syntax error of the submission (phase 1).</summary>
public sealed record ParseError(int Line, int Column, string Message);

/// <summary>A lint finding of the submission (phase 3); does not block a pass.</summary>
public sealed record LintItem(string Code, string Severity, string Tier, int Line, int Column, string Message);

/// <summary>
/// The result of grading one submission. <see cref="Phase"/> is where grading stopped:
/// <c>parse</c> (syntax errors), <c>checks</c> (an essential check failed) or <c>lint</c> (all phases ran).
/// </summary>
public sealed record GradeResult(
    string ProblemId,
    int ProblemVersion,
    string EngineVersion,
    bool Passed,
    int Score,
    string Phase,
    IReadOnlyList<ParseError> ParseErrors,
    IReadOnlyList<CheckOutcome> Checks,
    IReadOnlyList<LintItem> Lint,
    SizeEstimate? Size)
{
    /// <summary>Ids of the checks that failed, excluding celebratory ones (praise not earned is no failure).</summary>
    public IReadOnlyList<string> FailedCheckIds()
    {
        var ids = new List<string>();
        foreach (var check in Checks)
        {
            if (!check.Passed && check.Tier != "celebratory")
            {
                ids.Add(check.Id);
            }
        }
        return ids;
    }
}
