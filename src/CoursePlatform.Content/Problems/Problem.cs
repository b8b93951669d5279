using CoursePlatform.Content.Grading;

namespace CoursePlatform.Content.Problems;

/// <summary>A Dockerfile (and optional .dockerignore) stored with a problem: starter, reference, alternative or known-bad case.</summary>
public sealed record ProblemSolution(string Name, string Dockerfile, string? Dockerignore, string RelativePath);

/// <summary>A typical mistake and exactly which checks it must fail (<c>expected.yaml</c>).</summary>
public sealed record KnownBadCase(ProblemSolution Solution, IReadOnlyList<string> ExpectedFailures, bool ExpectParseError, string ExpectedFile, int ExpectedLine);

/// <summary>A practice problem loaded from <c>content/problems/&lt;id&gt;/</c> (platform.md section 2).</summary>
public sealed record Problem(
    string Id,
    string Title,
    int Version,
    string Difficulty,
    string Lesson,
    string Section,
    IReadOnlyList<string> Tasks,
    string Statement,
    IReadOnlyList<IReadOnlyList<string>> Hints,
    IReadOnlyList<GradingCheck> Checks,
    ProblemSolution Starter,
    ProblemSolution Reference,
    IReadOnlyList<ProblemSolution> Alternatives,
    IReadOnlyList<KnownBadCase> KnownBad,
    string RelativePath,
    string? ContextDirectory)
{
    private IReadOnlyDictionary<string, long>? _contextFiles;

    public string Url => "/problems/" + Id;

    /// <summary>The build context's files and sizes, read once per loaded problem.</summary>
    public IReadOnlyDictionary<string, long> ContextFileSizes => _contextFiles ??= GradingContext.LoadContextFiles(ContextDirectory);

    /// <summary>The lesson link of a check (its own section, or the problem's).</summary>
    public string LessonLink(string? section) => $"/lessons/{Lesson}#{section ?? Section}";

    /// <summary>Files of the build context, relative to <c>context/</c>, with forward slashes.</summary>
    public IReadOnlyList<string> ContextFiles()
    {
        return [.. ContextFileSizes.Keys.Order(StringComparer.Ordinal)];
    }
}
