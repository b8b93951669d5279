using CoursePlatform.Content.Course;
using CoursePlatform.Content.Markdown;
using CoursePlatform.Web.Data;
using CoursePlatform.Web.Learning;
using CoursePlatform.Web.Problems;
using CoursePlatform.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoursePlatform.Web.Tests.Learning;

/// <summary>The progress rules over a real database: standings, numbering, versions, and a guest's move to an account.</summary>
public sealed class LearnerProgressTests : IDisposable
{
    private const string Problem = "go-scratch";
    private const string SingleStage = "FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /server .\nCMD [\"/server\"]\n";

    private static readonly LearnerKey Guest = LearnerKey.ForGuest("g1");
    private static readonly LearnerKey Account = LearnerKey.ForAccount("a1");

    private readonly TestDatabase _database = new();
    private readonly ContentStore _content = new(RepositoryContent.Root, CourseMarkdown.Default, watch: false);
    private readonly ProblemStore _problems;
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));
    private readonly LearnerProgress _progress;

    public LearnerProgressTests()
    {
        _problems = new ProblemStore(_content);
        _progress = new LearnerProgress(_database.Factory, _problems, _content, new SubmissionRateLimiter(new SubmissionOptions { Burst = 100 }), _clock);
    }

    private string Reference => _problems.Find(Problem)!.Reference.Dockerfile;

    public void Dispose()
    {
        _problems.Dispose();
        _content.Dispose();
        _database.Dispose();
    }

    [Fact]
    public async Task The_standing_keeps_the_best_score_and_the_first_time_it_was_solved()
    {
        await SubmitAsync(Account, Reference);
        var solvedAt = _clock.GetUtcNow();
        _clock.Advance(TimeSpan.FromMinutes(5));
        await SubmitAsync(Account, SingleStage);

        var standing = await _progress.GetStandingAsync(Account, Problem);

        Assert.Equal(2, standing!.Attempts);
        Assert.Equal(100, standing.BestScore);
        Assert.Equal(solvedAt, standing.SolvedAt);
        Assert.Equal(_clock.GetUtcNow(), standing.LastAttemptAt);
    }

    [Fact]
    public async Task Attempts_are_listed_newest_first_numbered_from_the_first_with_their_versions()
    {
        await SubmitAsync(Account, SingleStage);
        _clock.Advance(TimeSpan.FromSeconds(1));
        await SubmitAsync(Account, Reference);

        var attempts = await _progress.ListAttemptsAsync(Account, Problem);
        var second = await _progress.GetAttemptAsync(Account, attempts[0].Id);

        Assert.Equal([2, 1], attempts.Select(a => a.Number));
        Assert.Equal([true, false], attempts.Select(a => a.Passed));
        Assert.All(attempts, a => Assert.Equal(_problems.Find(Problem)!.Version, a.ProblemVersion));
        Assert.All(attempts, a => Assert.Equal(CoursePlatform.Linting.Linter.EngineVersion, a.EngineVersion));
        Assert.Equal(2, second!.Summary.Number);
        Assert.Equal(Reference, second.Dockerfile);
        Assert.Contains(second.Checks, c => c.Id == "multi-stage" && c.Passed);
        Assert.Contains("\"passed\":true", second.ResultJson);
    }

    [Fact]
    public async Task An_attempt_graded_against_an_older_problem_version_is_marked_so_and_keeps_its_result()
    {
        await using (var db = await _database.Factory.CreateDbContextAsync())
        {
            db.Attempts.Add(new Attempt
            {
                PublicId = Guid.NewGuid(), LearnerId = Account.Value, ProblemId = Problem, ProblemVersion = 0, EngineVersion = "0.9.0",
                Dockerfile = SingleStage, SubmittedAt = _clock.GetUtcNow(), Passed = true, Score = 100, Phase = "lint", ResultJson = "{}",
            });
            await db.SaveChangesAsync();
        }

        var attempt = Assert.Single(await _progress.ListAttemptsAsync(Account, Problem));

        Assert.True(attempt.Outdated);
        Assert.True(attempt.Passed);
    }

    [Fact]
    public async Task A_guests_progress_moves_to_the_account_merging_with_what_the_account_already_had()
    {
        await SubmitAsync(Account, SingleStage);
        await _progress.SaveDraftAsync(Account, Problem, "FROM scratch # account, older\n", null);
        _clock.Advance(TimeSpan.FromMinutes(1));
        await SubmitAsync(Guest, Reference);
        await _progress.SaveDraftAsync(Guest, Problem, "FROM scratch # guest, newer\n", "bin/\n");
        await _progress.SetLessonReadAsync(Guest, "day-09-advanced-dockerfiles", read: true);

        await _progress.MergeAsync(Guest, Account);

        var standing = await _progress.GetStandingAsync(Account, Problem);
        Assert.Equal((2, 100, true), (standing!.Attempts, standing.BestScore, standing.Solved));
        Assert.Equal("FROM scratch # guest, newer\n", (await _progress.GetDraftAsync(Account, Problem))?.Dockerfile);
        Assert.True((await _progress.GetLessonReadAsync(Account, "day-09-advanced-dockerfiles"))!.Read);
        Assert.Equal(2, (await _progress.ListAttemptsAsync(Account, Problem)).Count);
        Assert.Null(await _progress.GetStandingAsync(Guest, Problem));
        Assert.Null(await _progress.GetDraftAsync(Guest, Problem));
        Assert.Empty(await _progress.ListAttemptsAsync(Guest, Problem));
    }

    [Fact]
    public async Task An_older_guest_draft_does_not_replace_the_accounts_newer_one_and_merging_twice_changes_nothing()
    {
        await _progress.SaveDraftAsync(Guest, Problem, "FROM scratch # guest, older\n", null);
        _clock.Advance(TimeSpan.FromMinutes(1));
        await _progress.SaveDraftAsync(Account, Problem, "FROM scratch # account, newer\n", null);
        await SubmitAsync(Guest, SingleStage);

        await _progress.MergeAsync(Guest, Account);
        await _progress.MergeAsync(Guest, Account);

        Assert.Equal("FROM scratch # account, newer\n", (await _progress.GetDraftAsync(Account, Problem))?.Dockerfile);
        Assert.Equal(1, (await _progress.GetStandingAsync(Account, Problem))!.Attempts);
        await using var db = await _database.Factory.CreateDbContextAsync();
        Assert.Equal(1, await db.Drafts.CountAsync());
    }

    [Fact]
    public async Task Progress_moves_only_from_a_guest_to_an_account()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _progress.MergeAsync(Account, Guest));
    }

    [Fact]
    public async Task The_overview_lists_every_lesson_and_problem_of_the_course_with_the_learners_standing()
    {
        await SubmitAsync(Account, Reference);

        var overview = await _progress.GetOverviewAsync(Account);

        Assert.Equal(_content.Current.Course.Lessons.Select(l => l.Slug), overview.Lessons.Select(l => l.Slug));
        Assert.Equal(_problems.Set.Problems.Select(p => p.Id), overview.Problems.Select(p => p.Id));
        Assert.True(overview.Problems.Single(p => p.Id == Problem).Standing!.Solved);
        Assert.All(overview.Problems.Where(p => p.Id != Problem), p => Assert.Null(p.Standing));
        Assert.Single(overview.RecentAttempts);
    }

    private async Task SubmitAsync(LearnerKey learner, string dockerfile)
    {
        var outcome = await _progress.SubmitAsync(learner, Problem, dockerfile, null);
        Assert.Null(outcome.Refusal);
    }

    private sealed class ManualClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
