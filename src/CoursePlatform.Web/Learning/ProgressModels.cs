using CoursePlatform.Content.Grading;

namespace CoursePlatform.Web.Learning;

/// <summary>A saved draft as the editor and the API see it.</summary>
public sealed record DraftView(string ProblemId, string Dockerfile, string? Dockerignore, DateTimeOffset UpdatedAt);

/// <summary>
/// One attempt in a learner's history. <see cref="Outdated"/> marks an attempt graded against an older version of the
/// problem: its result stands as it was, the page says so.
/// </summary>
public sealed record AttemptSummary(
    Guid Id,
    string ProblemId,
    int Number,
    DateTimeOffset SubmittedAt,
    bool Passed,
    int Score,
    string Phase,
    int ProblemVersion,
    string EngineVersion,
    bool Outdated);

/// <summary>One check's outcome in a stored attempt.</summary>
public sealed record AttemptCheckView(string Id, string Tier, bool Passed, IReadOnlyList<int> Lines);

/// <summary>A stored attempt, whole.</summary>
public sealed record AttemptView(AttemptSummary Summary, string Dockerfile, string? Dockerignore, IReadOnlyList<AttemptCheckView> Checks, string ResultJson);

/// <summary>A learner's standing on one problem.</summary>
public sealed record ProblemStanding(string ProblemId, int Attempts, int BestScore, DateTimeOffset LastAttemptAt, DateTimeOffset? SolvedAt, int? SolvedVersion)
{
    public bool Solved => SolvedAt is not null;
}

/// <summary>Whether a learner has read a lesson.</summary>
public sealed record LessonReadState(string LessonId, bool Read, DateTimeOffset? ReadAt, int ReadVersion);

/// <summary>Everything of one learner that <c>/progress</c> shows.</summary>
public sealed record ProgressOverview(IReadOnlyList<LessonProgressItem> Lessons, IReadOnlyList<ProblemProgressItem> Problems, IReadOnlyList<AttemptSummary> RecentAttempts);

public sealed record LessonProgressItem(string Slug, string Title, string Url, DateTimeOffset? ReadAt, bool ReadOlderVersion);

public sealed record ProblemProgressItem(string Id, string Title, string Url, string LessonSlug, ProblemStanding? Standing);

/// <summary>Why a submission or draft was not taken.</summary>
public enum RefusalKind
{
    InvalidText,
    RateLimited,
    UnknownProblem,
}

/// <summary>A refusal with the message to show (and, when rate limited, how long to wait).</summary>
public sealed record Refusal(RefusalKind Kind, string Message, TimeSpan RetryAfter = default);

/// <summary>The outcome of a submission: graded and stored, or refused.</summary>
public sealed record SubmitOutcome(AttemptSummary? Attempt, GradeResult? Result, Refusal? Refusal)
{
    public static SubmitOutcome Refused(Refusal refusal) => new(null, null, refusal);
}

/// <summary>The outcome of saving a draft: saved (with its time), or refused.</summary>
public sealed record DraftOutcome(DraftView? Draft, Refusal? Refusal);
