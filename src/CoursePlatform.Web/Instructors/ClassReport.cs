using CoursePlatform.Linting;
using CoursePlatform.Linting.Rules;
using CoursePlatform.Web.Data;
using CoursePlatform.Web.Problems;
using Microsoft.EntityFrameworkCore;

namespace CoursePlatform.Web.Instructors;

/// <summary>How the class does on one problem.</summary>
public sealed record ProblemReport(
    string Id,
    string Title,
    string Url,
    int Learners,
    int Solved,
    int Attempts,
    double? AttemptsToSolve,
    IReadOnlyList<CheckFailure> HardestChecks);

/// <summary>A check and how many attempts failed it (and what share of the problem's attempts that is).</summary>
public sealed record CheckFailure(string Id, string Tier, string Message, int Failures, double Share);

/// <summary>A lint rule and how many attempts it fired in.</summary>
public sealed record FindingCount(string Code, int Attempts);

/// <summary>The instructor dashboard: learners, attempts, pass rates, the checks students fail and the findings they hit most.</summary>
public sealed record ClassOverview(
    int Accounts,
    int Learners,
    int Attempts,
    IReadOnlyList<ProblemReport> Problems,
    IReadOnlyList<FindingCount> TopFindings,
    int FindingsSampled);

/// <summary>
/// Reads across every learner, for instructors only (the page requires the Instructor role). Counts come from
/// the attempts and standings; the findings students hit most from linting the latest submitted Dockerfiles again (the engine takes microseconds a file).
/// </summary>
public sealed class ClassReport(IDbContextFactory<AppDbContext> databases, ProblemStore problems)
{
    /// <summary>How many of the latest attempts are linted for the findings table.</summary>
    public const int FindingsWindow = 2000;

    public async Task<ClassOverview> BuildAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var accounts = await db.Users.CountAsync(cancellationToken);
        var attemptCount = await db.Attempts.CountAsync(cancellationToken);
        var learners = await db.Attempts.Select(a => a.LearnerId).Distinct().CountAsync(cancellationToken);
        var standings = await db.ProblemProgress.AsNoTracking()
            .Select(p => new { p.ProblemId, p.Attempts, Solved = p.SolvedAt != null })
            .ToListAsync(cancellationToken);
        var failures = await db.Attempts.SelectMany(a => a.Checks.Where(c => !c.Passed && c.Tier != "celebratory"),
                (a, c) => new { a.ProblemId, c.CheckId, c.Tier })
            .GroupBy(f => new { f.ProblemId, f.CheckId, f.Tier })
            .Select(g => new { g.Key.ProblemId, g.Key.CheckId, g.Key.Tier, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var attemptsByProblem = await db.Attempts.GroupBy(a => a.ProblemId)
            .Select(g => new { ProblemId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.ProblemId, g => g.Count, cancellationToken);

        var reports = new List<ProblemReport>();
        foreach (var problem in problems.Set.Problems)
        {
            var rows = standings.Where(s => s.ProblemId == problem.Id).ToList();
            var solved = rows.Where(r => r.Solved).ToList();
            var total = attemptsByProblem.GetValueOrDefault(problem.Id);
            var hardest = failures.Where(f => f.ProblemId == problem.Id)
                .OrderByDescending(f => f.Tier == "essential").ThenByDescending(f => f.Count).ThenBy(f => f.CheckId, StringComparer.Ordinal)
                .Take(5)
                .Select(f => new CheckFailure(f.CheckId, f.Tier, problem.Checks.FirstOrDefault(c => c.Id == f.CheckId)?.Message ?? "(no longer in the problem)",
                    f.Count, total == 0 ? 0 : (double)f.Count / total))
                .ToList();
            reports.Add(new ProblemReport(problem.Id, problem.Title, problem.Url, rows.Count, solved.Count, total,
                solved.Count == 0 ? null : solved.Average(r => (double)r.Attempts), hardest));
        }

        var latest = await db.Attempts.AsNoTracking().OrderByDescending(a => a.Id).Take(FindingsWindow)
            .Select(a => a.Dockerfile).ToListAsync(cancellationToken);
        return new ClassOverview(accounts, learners, attemptCount, reports, CountFindings(latest), latest.Count);
    }

    /// <summary>In how many of the given Dockerfiles each lint rule fires (once per Dockerfile, however often it fires there).</summary>
    internal static IReadOnlyList<FindingCount> CountFindings(IEnumerable<string> dockerfiles)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var dockerfile in dockerfiles)
        {
            seen.Clear();
            foreach (var finding in Linter.Default.Lint(dockerfile).Findings)
            {
                if (finding.Severity != Severity.Ignore && seen.Add(finding.Code))
                {
                    counts[finding.Code] = counts.GetValueOrDefault(finding.Code) + 1;
                }
            }
        }
        return [.. counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(10).Select(c => new FindingCount(c.Key, c.Value))];
    }
}
