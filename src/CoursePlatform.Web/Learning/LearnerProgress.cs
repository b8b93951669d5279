using CoursePlatform.Content.Course;
using CoursePlatform.Content.Grading;
using CoursePlatform.Content.Problems;
using CoursePlatform.Web.Data;
using CoursePlatform.Web.Problems;
using Microsoft.EntityFrameworkCore;

namespace CoursePlatform.Web.Learning;

/// <summary>
/// Every read and write of a learner's progress: drafts, attempts, problem standings and lessons read. Each method
/// takes the learner whose rows it touches, and every query is filtered by it, so no caller can reach another
/// learner's rows. Used by the problem page (over its circuit), the HTTP API and <c>/progress</c>.
/// </summary>
public sealed class LearnerProgress(
    IDbContextFactory<AppDbContext> databases,
    ProblemStore problems,
    ContentStore content,
    SubmissionRateLimiter limiter,
    TimeProvider clock)
{
    public async Task<DraftView?> GetDraftAsync(LearnerKey learner, string problemId, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var draft = await db.Drafts.AsNoTracking()
            .SingleOrDefaultAsync(d => d.LearnerId == learner.Value && d.ProblemId == problemId, cancellationToken);
        return draft is null ? null : new DraftView(draft.ProblemId, draft.Dockerfile, draft.Dockerignore, draft.UpdatedAt);
    }

    /// <summary>Saves (replaces) the learner's draft of a problem, after the same text checks as a submission.</summary>
    public async Task<DraftOutcome> SaveDraftAsync(LearnerKey learner, string problemId, string dockerfile, string? dockerignore, CancellationToken cancellationToken = default)
    {
        if (problems.Find(problemId) is null)
        {
            return new DraftOutcome(null, UnknownProblem(problemId));
        }
        if (SubmissionText.Refusal(dockerfile, dockerignore) is { } message)
        {
            return new DraftOutcome(null, new Refusal(RefusalKind.InvalidText, message));
        }
        var now = clock.GetUtcNow();
        for (var attempt = 0; ; attempt++)
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            var draft = await db.Drafts.SingleOrDefaultAsync(d => d.LearnerId == learner.Value && d.ProblemId == problemId, cancellationToken);
            if (draft is null)
            {
                draft = new Draft { LearnerId = learner.Value, ProblemId = problemId, Dockerfile = dockerfile };
                db.Drafts.Add(draft);
            }
            draft.Dockerfile = dockerfile;
            draft.Dockerignore = dockerignore;
            draft.UpdatedAt = now;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new DraftOutcome(new DraftView(problemId, dockerfile, dockerignore, now), null);
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                // Another save created the row first; the second round updates it.
            }
        }
    }

    /// <summary>
    /// Checks, grades and stores one submission. The attempt and the learner's standing are committed together before
    /// the result is returned, so an acknowledged attempt survives a crash.
    /// </summary>
    public async Task<SubmitOutcome> SubmitAsync(LearnerKey learner, string problemId, string dockerfile, string? dockerignore, CancellationToken cancellationToken = default)
    {
        if (problems.Find(problemId) is not { } problem)
        {
            return SubmitOutcome.Refused(UnknownProblem(problemId));
        }
        if (SubmissionText.Refusal(dockerfile, dockerignore) is { } message)
        {
            return SubmitOutcome.Refused(new Refusal(RefusalKind.InvalidText, message));
        }
        if (!limiter.TryAcquire(learner, out var retryAfter))
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            return SubmitOutcome.Refused(new Refusal(RefusalKind.RateLimited,
                $"That is a lot of submissions in a short time. Try again in {seconds} second{(seconds == 1 ? "" : "s")}; the live findings keep working meanwhile.",
                TimeSpan.FromSeconds(seconds)));
        }

        var result = problems.Grader.Grade(problem, dockerfile, dockerignore);
        var now = clock.GetUtcNow();
        Attempt NewAttempt() => new()
        {
            PublicId = Guid.NewGuid(),
            LearnerId = learner.Value,
            ProblemId = problem.Id,
            ProblemVersion = result.ProblemVersion,
            EngineVersion = result.EngineVersion,
            Dockerfile = dockerfile,
            Dockerignore = dockerignore,
            SubmittedAt = now,
            Passed = result.Passed,
            Score = result.Score,
            Phase = result.Phase,
            ResultJson = GradeResultJson.ToJson(result, indented: false),
            Checks = [.. result.Checks.Select(c => new AttemptCheck
            {
                CheckId = c.Id,
                Tier = c.Tier,
                Passed = c.Passed,
                Lines = string.Join(',', c.Lines),
            })],
        };
        for (var round = 0; ; round++)
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var standing = await db.ProblemProgress.SingleOrDefaultAsync(p => p.LearnerId == learner.Value && p.ProblemId == problem.Id, cancellationToken);
            if (standing is null)
            {
                standing = new ProblemProgress { LearnerId = learner.Value, ProblemId = problem.Id, FirstAttemptAt = now };
                db.ProblemProgress.Add(standing);
            }
            standing.Attempts++;
            standing.LastAttemptAt = now;
            standing.BestScore = Math.Max(standing.BestScore, result.Score);
            if (result.Passed && standing.SolvedAt is null)
            {
                standing.SolvedAt = now;
                standing.SolvedVersion = result.ProblemVersion;
            }
            var attempt = NewAttempt();
            db.Attempts.Add(attempt);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return new SubmitOutcome(Summarize(attempt, standing.Attempts, problem.Version), result, null);
            }
            catch (DbUpdateException) when (round == 0)
            {
                // A concurrent first submission created the standing row; the second round adds to it.
            }
        }
    }

    /// <summary>The learner's attempts at a problem, newest first, numbered from the first.</summary>
    public async Task<IReadOnlyList<AttemptSummary>> ListAttemptsAsync(LearnerKey learner, string problemId, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var attempts = await db.Attempts.AsNoTracking()
            .Where(a => a.LearnerId == learner.Value && a.ProblemId == problemId)
            .OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken);
        var current = problems.Find(problemId)?.Version;
        var list = new List<AttemptSummary>(attempts.Count);
        for (var i = attempts.Count - 1; i >= 0; i--)
        {
            list.Add(Summarize(attempts[i], i + 1, current));
        }
        return list;
    }

    /// <summary>One of the learner's own attempts; null when it does not exist or belongs to someone else.</summary>
    public async Task<AttemptView?> GetAttemptAsync(LearnerKey learner, Guid attemptId, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var attempt = await db.Attempts.AsNoTracking().Include(a => a.Checks)
            .SingleOrDefaultAsync(a => a.PublicId == attemptId && a.LearnerId == learner.Value, cancellationToken);
        if (attempt is null)
        {
            return null;
        }
        var number = await db.Attempts.CountAsync(a => a.LearnerId == learner.Value && a.ProblemId == attempt.ProblemId
            && (a.SubmittedAt < attempt.SubmittedAt || (a.SubmittedAt == attempt.SubmittedAt && a.Id <= attempt.Id)), cancellationToken);
        var checks = attempt.Checks.Select(c => new AttemptCheckView(c.CheckId, c.Tier, c.Passed, ParseLines(c.Lines))).ToList();
        return new AttemptView(Summarize(attempt, number, problems.Find(attempt.ProblemId)?.Version), attempt.Dockerfile, attempt.Dockerignore, checks, attempt.ResultJson);
    }

    public async Task<ProblemStanding?> GetStandingAsync(LearnerKey learner, string problemId, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var row = await db.ProblemProgress.AsNoTracking()
            .SingleOrDefaultAsync(p => p.LearnerId == learner.Value && p.ProblemId == problemId, cancellationToken);
        return row is null ? null : Standing(row);
    }

    /// <summary>Marks a lesson read (or not read again). Unknown lessons are refused with null.</summary>
    public async Task<LessonReadState?> SetLessonReadAsync(LearnerKey learner, string lessonSlug, bool read, CancellationToken cancellationToken = default)
    {
        if (content.Current.Course.Find(lessonSlug) is not { } lesson)
        {
            return null;
        }
        var now = clock.GetUtcNow();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var row = await db.LessonProgress.SingleOrDefaultAsync(p => p.LearnerId == learner.Value && p.LessonId == lesson.Slug, cancellationToken);
        if (row is null)
        {
            row = new LessonProgress { LearnerId = learner.Value, LessonId = lesson.Slug, FirstReadAt = now };
            db.LessonProgress.Add(row);
        }
        row.LastReadAt = now;
        row.LessonVersion = lesson.Version;
        row.CompletedAt = read ? row.CompletedAt ?? now : null;
        await db.SaveChangesAsync(cancellationToken);
        return new LessonReadState(lesson.Slug, row.CompletedAt is not null, row.CompletedAt, row.LessonVersion);
    }

    public async Task<LessonReadState?> GetLessonReadAsync(LearnerKey learner, string lessonSlug, CancellationToken cancellationToken = default)
    {
        if (content.Current.Course.Find(lessonSlug) is not { } lesson)
        {
            return null;
        }
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var row = await db.LessonProgress.AsNoTracking()
            .SingleOrDefaultAsync(p => p.LearnerId == learner.Value && p.LessonId == lesson.Slug, cancellationToken);
        return new LessonReadState(lesson.Slug, row?.CompletedAt is not null, row?.CompletedAt, row?.LessonVersion ?? 0);
    }

    /// <summary>Every lesson and problem of the course with the learner's standing, and their latest attempts.</summary>
    public async Task<ProgressOverview> GetOverviewAsync(LearnerKey learner, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var lessonRows = await db.LessonProgress.AsNoTracking().Where(p => p.LearnerId == learner.Value).ToListAsync(cancellationToken);
        var problemRows = await db.ProblemProgress.AsNoTracking().Where(p => p.LearnerId == learner.Value).ToListAsync(cancellationToken);
        var recent = await db.Attempts.AsNoTracking().Where(a => a.LearnerId == learner.Value)
            .OrderByDescending(a => a.SubmittedAt).Take(10).ToListAsync(cancellationToken);

        var lessons = content.Current.Course.Lessons.Select(lesson =>
        {
            var row = lessonRows.Find(r => r.LessonId == lesson.Slug);
            return new LessonProgressItem(lesson.Slug, lesson.Title, lesson.Url, row?.CompletedAt,
                row?.CompletedAt is not null && row.LessonVersion < lesson.Version);
        }).ToList();
        var problemList = problems.Set.Problems.Select(problem =>
        {
            var row = problemRows.Find(r => r.ProblemId == problem.Id);
            return new ProblemProgressItem(problem.Id, problem.Title, problem.Url, problem.Lesson, row is null ? null : Standing(row));
        }).ToList();
        var recentAttempts = recent.Select(a => Summarize(a, 0, problems.Find(a.ProblemId)?.Version)).ToList();
        return new ProgressOverview(lessons, problemList, recentAttempts);
    }

    /// <summary>
    /// Hands everything a guest did to the account they signed up for (or into): lessons read, drafts (the newer wins),
    /// attempts, and problem standings (summed, best kept, earliest solve kept). One transaction; safe to repeat.
    /// </summary>
    public async Task MergeAsync(LearnerKey guest, LearnerKey account, CancellationToken cancellationToken = default)
    {
        if (!guest.IsGuest || account.IsGuest)
        {
            throw new ArgumentException("Progress moves from a guest to an account only.");
        }
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        await MoveAsync(db.LessonProgress, guest, account, (kept, row) =>
        {
            kept.FirstReadAt = Min(kept.FirstReadAt, row.FirstReadAt);
            kept.LastReadAt = Max(kept.LastReadAt, row.LastReadAt);
            kept.CompletedAt = kept.CompletedAt is { } a && row.CompletedAt is { } b ? Min(a, b) : kept.CompletedAt ?? row.CompletedAt;
            kept.LessonVersion = Math.Max(kept.LessonVersion, row.LessonVersion);
        }, cancellationToken);
        await MoveAsync(db.Drafts, guest, account, (kept, row) =>
        {
            if (row.UpdatedAt > kept.UpdatedAt)
            {
                (kept.Dockerfile, kept.Dockerignore, kept.UpdatedAt) = (row.Dockerfile, row.Dockerignore, row.UpdatedAt);
            }
        }, cancellationToken);
        await MoveAsync(db.ProblemProgress, guest, account, (kept, row) =>
        {
            kept.Attempts += row.Attempts;
            kept.BestScore = Math.Max(kept.BestScore, row.BestScore);
            kept.FirstAttemptAt = Min(kept.FirstAttemptAt, row.FirstAttemptAt);
            kept.LastAttemptAt = Max(kept.LastAttemptAt, row.LastAttemptAt);
            if (row.SolvedAt is { } solved && (kept.SolvedAt is null || solved < kept.SolvedAt))
            {
                (kept.SolvedAt, kept.SolvedVersion) = (solved, row.SolvedVersion);
            }
        }, cancellationToken);

        foreach (var attempt in await db.Attempts.Where(a => a.LearnerId == guest.Value).ToListAsync(cancellationToken))
        {
            attempt.LearnerId = account.Value;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Gives the guest's rows of one table to the account: a row for an item the account has no row for changes hands;
    /// otherwise it is merged into the account's row and removed.
    /// </summary>
    private static async Task MoveAsync<T>(DbSet<T> rows, LearnerKey guest, LearnerKey account, Action<T, T> mergeInto, CancellationToken cancellationToken)
        where T : class, ILearnerRow
    {
        var both = await rows.Where(r => r.LearnerId == guest.Value || r.LearnerId == account.Value).ToListAsync(cancellationToken);
        foreach (var row in both.Where(r => r.LearnerId == guest.Value))
        {
            if (both.Find(r => r.LearnerId == account.Value && r.ItemId == row.ItemId) is { } kept)
            {
                mergeInto(kept, row);
                rows.Remove(row);
            }
            else
            {
                row.LearnerId = account.Value;
            }
        }
    }

    private static Refusal UnknownProblem(string problemId) =>
        new(RefusalKind.UnknownProblem, $"There is no problem \"{problemId}\".");

    private static AttemptSummary Summarize(Attempt attempt, int number, int? currentVersion) => new(
        attempt.PublicId, attempt.ProblemId, number, attempt.SubmittedAt, attempt.Passed, attempt.Score, attempt.Phase,
        attempt.ProblemVersion, attempt.EngineVersion, currentVersion is { } version && attempt.ProblemVersion < version);

    private static ProblemStanding Standing(ProblemProgress row) =>
        new(row.ProblemId, row.Attempts, row.BestScore, row.LastAttemptAt, row.SolvedAt, row.SolvedVersion);

    private static IReadOnlyList<int> ParseLines(string lines) =>
        lines.Length == 0 ? [] : [.. lines.Split(',').Select(int.Parse)];

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a <= b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;
}
