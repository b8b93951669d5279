namespace CoursePlatform.Web.Data;

/// <summary>A row of one learner about one item (a lesson or a problem): at most one per learner and item.</summary>
public interface ILearnerRow
{
    string LearnerId { get; set; }

    /// <summary>The lesson or problem the row is about.</summary>
    string ItemId { get; }
}

/// <summary>How far a learner (a guest key or an account id) got with one lesson.</summary>
public sealed class LessonProgress : ILearnerRow
{
    string ILearnerRow.ItemId => LessonId;

    public int Id { get; set; }

    public required string LearnerId { get; set; }

    public required string LessonId { get; set; }

    /// <summary>The lesson version the learner last read.</summary>
    public int LessonVersion { get; set; }

    public DateTimeOffset FirstReadAt { get; set; }

    public DateTimeOffset LastReadAt { get; set; }

    /// <summary>When the learner marked the lesson as read; null while it is not read.</summary>
    public DateTimeOffset? CompletedAt { get; set; }
}

/// <summary>The text a learner is working on for one problem, saved as they type. One per learner and problem.</summary>
public sealed class Draft : ILearnerRow
{
    string ILearnerRow.ItemId => ProblemId;

    public int Id { get; set; }

    public required string LearnerId { get; set; }

    public required string ProblemId { get; set; }

    public required string Dockerfile { get; set; }

    public string? Dockerignore { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>
/// One graded submission, never changed once written (<see cref="AppDbContext"/> refuses updates): the text, the
/// problem and engine versions it was graded with, the result and every check's outcome.
/// </summary>
public sealed class Attempt
{
    public long Id { get; set; }

    /// <summary>The id used in URLs and the API (not guessable, unlike <see cref="Id"/>).</summary>
    public Guid PublicId { get; set; }

    public required string LearnerId { get; set; }

    public required string ProblemId { get; set; }

    public int ProblemVersion { get; set; }

    public required string EngineVersion { get; set; }

    public required string Dockerfile { get; set; }

    public string? Dockerignore { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    public bool Passed { get; set; }

    public int Score { get; set; }

    /// <summary>Where grading stopped: parse, checks or lint.</summary>
    public required string Phase { get; set; }

    /// <summary>The whole result as the grader's JSON, so the feedback can be shown again exactly as it was.</summary>
    public required string ResultJson { get; set; }

    public List<AttemptCheck> Checks { get; set; } = [];
}

/// <summary>The outcome of one check in an attempt.</summary>
public sealed class AttemptCheck
{
    public required string CheckId { get; set; }

    public required string Tier { get; set; }

    public bool Passed { get; set; }

    /// <summary>The lines the check is about, comma-separated.</summary>
    public string Lines { get; set; } = "";
}

/// <summary>A learner's standing on one problem: attempts, best score and when it was first solved.</summary>
public sealed class ProblemProgress : ILearnerRow
{
    string ILearnerRow.ItemId => ProblemId;

    public int Id { get; set; }

    public required string LearnerId { get; set; }

    public required string ProblemId { get; set; }

    public int Attempts { get; set; }

    public int BestScore { get; set; }

    public DateTimeOffset FirstAttemptAt { get; set; }

    public DateTimeOffset LastAttemptAt { get; set; }

    public DateTimeOffset? SolvedAt { get; set; }

    /// <summary>The problem version the first passing attempt was graded against.</summary>
    public int? SolvedVersion { get; set; }
}
