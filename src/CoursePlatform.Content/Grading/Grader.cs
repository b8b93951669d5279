using CoursePlatform.Content.Problems;
using CoursePlatform.Linting;
using CoursePlatform.Linting.Parsing;
using CoursePlatform.Linting.Rules;

namespace CoursePlatform.Content.Grading;

/// <summary>
/// Grades a submission against a problem in the phases of platform.md section 4: (1) parse — syntax errors are
/// reported with their lines and grading stops; (2) the problem's checks — the submission passes when every
/// essential check passes; (3) lint findings — reported (error/warning as actionable, info/style as
/// informative) only once the essential checks pass, never blocking.
/// Score: essential checks weigh 3, actionable 1, the others nothing; 0..100. Never throws for bad input.
/// </summary>
public sealed class Grader(BaseImageCatalog catalog, Linter? linter = null)
{
    private readonly Linter _linter = linter ?? Linter.Default;

    public BaseImageCatalog Catalog { get; } = catalog;

    public GradeResult Grade(Problem problem, string dockerfile, string? dockerignore = null)
    {
        var document = DockerfileParser.Parse(dockerfile ?? "");
        if (document.Diagnostics.Count > 0)
        {
            var errors = document.Diagnostics.Select(d => new ParseError(d.Span.StartLine, d.Span.StartColumn, d.Message)).ToList();
            return new GradeResult(problem.Id, problem.Version, Linter.EngineVersion, false, 0, "parse", errors, [], [], null);
        }
        var context = new GradingContext(document, dockerignore, Catalog, problem.ContextDirectory, _linter, problem.ContextFileSizes);
        var outcomes = new List<CheckOutcome>(problem.Checks.Count);
        double earned = 0;
        double total = 0;
        var essentialFailed = false;
        foreach (var check in problem.Checks)
        {
            CheckEvaluation evaluation;
            try
            {
                evaluation = check.Evaluate(context);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                evaluation = CheckEvaluation.Fail([], "the check could not run: " + e.Message);
            }
            var weight = check.Tier switch { CheckTier.Essential => 3, CheckTier.Actionable => 1, _ => 0 };
            total += weight;
            if (evaluation.Passed)
            {
                earned += weight;
            }
            else if (check.Tier == CheckTier.Essential)
            {
                essentialFailed = true;
            }
            outcomes.Add(new CheckOutcome(
                check.Id,
                check.Task,
                check.Tier.ToString().ToLowerInvariant(),
                check.Message,
                check.Why,
                problem.LessonLink(check.Section),
                evaluation.Lines,
                evaluation.Passed,
                evaluation.Detail));
        }
        var lint = new List<LintItem>();
        if (!essentialFailed)
        {
            foreach (var finding in context.Lint.Findings)
            {
                var tier = finding.Severity is Severity.Error or Severity.Warning ? "actionable" : "informative";
                lint.Add(new LintItem(finding.Code, finding.Severity.ToString().ToLowerInvariant(), tier, finding.Line, finding.Column, finding.Message));
            }
        }
        var score = total == 0 ? (essentialFailed ? 0 : 100) : (int)Math.Round(100 * earned / total);
        var size = SizeEstimator.Estimate(context);
        return new GradeResult(problem.Id, problem.Version, Linter.EngineVersion, !essentialFailed, score, essentialFailed ? "checks" : "lint", [], outcomes, lint, size);
    }
}
