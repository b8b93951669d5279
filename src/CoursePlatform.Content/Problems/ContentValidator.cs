using CoursePlatform.Content.Course;
using CoursePlatform.Content.Grading;
using CoursePlatform.Content.Markdown;
using CoursePlatform.Linting.Rules;

namespace CoursePlatform.Content.Problems;

/// <summary>The problems of a content folder with the catalogue they are graded with, and every error found.</summary>
public sealed record ProblemSet(IReadOnlyList<Problem> Problems, BaseImageCatalog Catalog, IReadOnlyList<ContentError> Errors)
{
    public Problem? Find(string id) => Problems.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.Ordinal));
}

/// <summary>
/// Content validation of platform.md section 2 for problems: front matter and ids valid and unique; every
/// problem's reference and alternatives pass; its starter fails; each known-bad case fails exactly the checks
/// its expected.yaml lists; every lint code named exists; every lesson link resolves to a lesson heading.
/// </summary>
public static class ContentValidator
{
    /// <summary>Loads the problems without grading their solutions (fast; what the app serves from).</summary>
    public static ProblemSet LoadProblems(string contentRoot)
    {
        var errors = new List<ContentError>();
        var catalog = BaseImageCatalog.Load(contentRoot, errors);
        var problems = ProblemLoader.LoadAll(contentRoot, errors);
        return new ProblemSet(problems, catalog, errors);
    }

    /// <summary>Runs every content check over a content folder (lessons through the course loader, then problems).</summary>
    public static IReadOnlyList<ContentError> Validate(string contentRoot, CourseMarkdown? markdown = null)
    {
        var errors = new List<ContentError>();
        if (!Directory.Exists(contentRoot))
        {
            errors.Add(new ContentError(contentRoot, 1, "content folder not found"));
            return errors;
        }
        var snapshot = CourseLoader.Load(contentRoot, markdown ?? CourseMarkdown.Default);
        errors.AddRange(snapshot.Errors);
        var set = LoadProblems(contentRoot);
        errors.AddRange(set.Errors);
        ValidateProblems(set, snapshot.Course, errors);
        return errors;
    }

    public static void ValidateProblems(ProblemSet set, Course.Course course, List<ContentError> errors)
    {
        var grader = new Grader(set.Catalog);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var problem in set.Problems)
        {
            var file = problem.RelativePath + "/problem.md";
            if (!seen.TryAdd(problem.Id, problem.RelativePath))
            {
                errors.Add(new ContentError(file, 2, $"duplicate problem id '{problem.Id}' (also {seen[problem.Id]})"));
            }
            ValidateLinks(problem, course, errors);
            foreach (var check in problem.Checks)
            {
                foreach (var path in check.ContextPaths)
                {
                    var clean = Insights.ContextPaths.Normalize(path);
                    if (!problem.ContextFileSizes.Keys.Any(f => Insights.ContextPaths.Takes(clean, f)))
                    {
                        errors.Add(new ContentError(problem.RelativePath + "/checks.yaml", check.Line, $"check '{check.Id}' names '{path}', which is not in context/"));
                    }
                }
                foreach (var code in check.LintCodes)
                {
                    if (RuleCatalog.Find(code) is null)
                    {
                        errors.Add(new ContentError(problem.RelativePath + "/checks.yaml", check.Line, $"check '{check.Id}' names lint rule '{code}', which does not exist"));
                    }
                }
            }
            if (problem.Checks.Count == 0)
            {
                continue;
            }
            foreach (var solution in problem.Alternatives.Prepend(problem.Reference))
            {
                var result = grader.Grade(problem, solution.Dockerfile, solution.Dockerignore);
                foreach (var parse in result.ParseErrors)
                {
                    errors.Add(new ContentError(solution.RelativePath, parse.Line, "syntax error: " + parse.Message));
                }
                foreach (var check in result.Checks)
                {
                    if (!check.Passed && check.Tier is "essential" or "actionable")
                    {
                        errors.Add(new ContentError(solution.RelativePath, check.Lines.FirstOrDefault(1), $"must pass but fails {check.Tier} check '{check.Id}'{Detail(check)}"));
                    }
                }
            }
            var starter = grader.Grade(problem, problem.Starter.Dockerfile, problem.Starter.Dockerignore);
            if (starter.Passed)
            {
                errors.Add(new ContentError(problem.Starter.RelativePath, 1, "the starter must fail at least one essential check, but it passes"));
            }
            var checkIds = problem.Checks.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var bad in problem.KnownBad)
            {
                foreach (var id in bad.ExpectedFailures.Where(id => !checkIds.Contains(id)))
                {
                    errors.Add(new ContentError(bad.ExpectedFile, bad.ExpectedLine, $"names check '{id}', which checks.yaml does not define"));
                }
                var result = grader.Grade(problem, bad.Solution.Dockerfile, bad.Solution.Dockerignore);
                if (bad.ExpectParseError)
                {
                    if (result.ParseErrors.Count == 0)
                    {
                        errors.Add(new ContentError(bad.ExpectedFile, bad.ExpectedLine, "expected a syntax error, but the Dockerfile parses"));
                    }
                    continue;
                }
                if (result.ParseErrors.Count > 0)
                {
                    errors.Add(new ContentError(bad.Solution.RelativePath, result.ParseErrors[0].Line, "unexpected syntax error: " + result.ParseErrors[0].Message));
                    continue;
                }
                var failed = result.FailedCheckIds();
                var missing = bad.ExpectedFailures.Where(id => checkIds.Contains(id) && !failed.Contains(id)).ToList();
                var extra = failed.Where(id => !bad.ExpectedFailures.Contains(id)).ToList();
                if (missing.Count > 0)
                {
                    errors.Add(new ContentError(bad.ExpectedFile, bad.ExpectedLine, $"expected to fail {string.Join(", ", missing)}, but passes"));
                }
                if (extra.Count > 0)
                {
                    errors.Add(new ContentError(bad.ExpectedFile, bad.ExpectedLine, $"also fails {string.Join(", ", extra)}, which expected.yaml does not list"));
                }
            }
        }
    }

    private static string Detail(CheckOutcome check) => check.Detail is null ? "" : $" ({check.Detail})";

    private static void ValidateLinks(Problem problem, Course.Course course, List<ContentError> errors)
    {
        var file = problem.RelativePath + "/problem.md";
        var lesson = course.Find(problem.Lesson);
        if (lesson is null)
        {
            errors.Add(new ContentError(file, 2, $"lesson '{problem.Lesson}' is not in the course"));
            return;
        }
        var sections = new List<(string Section, string File, int Line)> { (problem.Section, file, 2) };
        foreach (var check in problem.Checks)
        {
            if (check.Section is { } section)
            {
                sections.Add((section, problem.RelativePath + "/checks.yaml", check.Line));
            }
        }
        foreach (var (section, where, line) in sections)
        {
            if (!lesson.Document.HeadingIds.Contains(section))
            {
                errors.Add(new ContentError(where, line, $"section '{section}' is not a heading of lesson '{problem.Lesson}'"));
            }
        }
    }
}
