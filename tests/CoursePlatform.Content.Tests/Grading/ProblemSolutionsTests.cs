using CoursePlatform.Content.Grading;
using CoursePlatform.Content.Problems;

namespace CoursePlatform.Content.Tests.Grading;

/// <summary>
/// Every problem under content/problems is graded with its own stored solutions: the reference and every
/// alternative pass, the starter fails, each known-bad case fails exactly the checks its expected.yaml lists.
/// New problems are picked up automatically.
/// </summary>
public class ProblemSolutionsTests
{
    private static readonly Lazy<ProblemSet> Set = new(() => ContentValidator.LoadProblems(RealContentTests.RepositoryContent()));

    private static Problem Find(string id) => Set.Value.Find(id) ?? throw new InvalidOperationException("no problem " + id);

    private static GradeResult Grade(Problem problem, ProblemSolution solution)
        => new Grader(Set.Value.Catalog).Grade(problem, solution.Dockerfile, solution.Dockerignore);

    public static TheoryData<string, string> Correct()
    {
        var data = new TheoryData<string, string>();
        foreach (var problem in Set.Value.Problems)
        {
            data.Add(problem.Id, "reference");
            foreach (var alternative in problem.Alternatives)
            {
                data.Add(problem.Id, alternative.Name);
            }
        }
        return data;
    }

    public static TheoryData<string, string> KnownBad()
    {
        var data = new TheoryData<string, string>();
        foreach (var problem in Set.Value.Problems)
        {
            foreach (var bad in problem.KnownBad)
            {
                data.Add(problem.Id, bad.Solution.Name);
            }
        }
        return data;
    }

    public static TheoryData<string> ProblemIds()
    {
        var data = new TheoryData<string>();
        foreach (var problem in Set.Value.Problems)
        {
            data.Add(problem.Id);
        }
        return data;
    }

    [Fact]
    public void The_stored_problems_load_without_errors()
    {
        Assert.Empty(Set.Value.Errors.Select(e => e.ToString()));
        Assert.True(Set.Value.Problems.Count >= 6);
    }

    [Theory]
    [InlineData("multi-stage-typescript")]
    [InlineData("optimize-python")]
    [InlineData("go-scratch")]
    public void The_three_day_nine_problems_exist_with_two_alternatives_and_three_known_bad_cases(string id)
    {
        var problem = Find(id);
        Assert.True(problem.Alternatives.Count >= 2);
        Assert.True(problem.KnownBad.Count >= 3);
        Assert.Equal("day-09-advanced-dockerfiles", problem.Lesson);
    }

    [Theory]
    [MemberData(nameof(Correct))]
    public void A_correct_solution_passes_every_essential_and_actionable_check(string problemId, string solutionName)
    {
        var problem = Find(problemId);
        var solution = solutionName == "reference" ? problem.Reference : problem.Alternatives.Single(a => a.Name == solutionName);
        var result = Grade(problem, solution);
        Assert.Empty(result.ParseErrors);
        Assert.True(result.Passed, string.Join("; ", result.Checks.Where(c => !c.Passed).Select(c => c.Id + " " + c.Detail)));
        Assert.Empty(result.Checks.Where(c => !c.Passed && c.Tier is "essential" or "actionable").Select(c => c.Id));
        Assert.Equal("lint", result.Phase);
    }

    [Theory]
    [MemberData(nameof(ProblemIds))]
    public void The_starter_fails(string problemId)
    {
        var problem = Find(problemId);
        var result = Grade(problem, problem.Starter);
        Assert.False(result.Passed);
        Assert.Equal("checks", result.Phase);
        Assert.Contains(result.Checks, c => !c.Passed && c.Tier == "essential");
        Assert.True(result.Score < 100);
    }

    [Theory]
    [MemberData(nameof(KnownBad))]
    public void A_known_mistake_fails_exactly_the_checks_it_declares(string problemId, string caseName)
    {
        var problem = Find(problemId);
        var bad = problem.KnownBad.Single(k => k.Solution.Name == caseName);
        var result = Grade(problem, bad.Solution);
        Assert.Equal(bad.ExpectedFailures.Order(), result.FailedCheckIds().Order());
    }

    [Theory]
    [MemberData(nameof(KnownBad))]
    public void A_failed_check_of_a_known_mistake_points_at_lines_of_the_dockerfile_when_it_is_about_the_dockerfile(string problemId, string caseName)
    {
        var problem = Find(problemId);
        var bad = problem.KnownBad.Single(k => k.Solution.Name == caseName);
        var result = Grade(problem, bad.Solution);
        var lineCount = bad.Solution.Dockerfile.Split('\n').Length;
        foreach (var check in result.Checks.Where(c => !c.Passed && c.Tier != "celebratory"))
        {
            Assert.All(check.Lines, line => Assert.InRange(line, 1, lineCount));
            var kind = problem.Checks.Single(c => c.Id == check.Id).Kind;
            if (kind != "dockerignore")
            {
                Assert.NotEmpty(check.Lines);
            }
        }
    }

    [Fact]
    public void Feedback_carries_task_tier_message_why_and_a_lesson_link()
    {
        var problem = Find("go-scratch");
        var result = Grade(problem, problem.Starter);
        var stages = result.Checks.Single(c => c.Id == "multi-stage");
        Assert.Equal(1, stages.Task);
        Assert.Equal("essential", stages.Tier);
        Assert.False(string.IsNullOrEmpty(stages.Message));
        Assert.False(string.IsNullOrEmpty(stages.Why));
        Assert.Equal("/lessons/day-09-advanced-dockerfiles#go-application-example", stages.LessonLink);
        Assert.Equal([1], stages.Lines);
    }

    [Fact]
    public void A_syntax_error_is_reported_as_such_with_its_line_and_no_check_runs()
    {
        var problem = Find("go-scratch");
        var result = new Grader(Set.Value.Catalog).Grade(problem, "FROM golang:1.22 AS build\nRUN go build .\nFROM scratch\nCOPY --from=build /x /x\nHEALTHCHECK --interval=5s\n");
        Assert.Equal("parse", result.Phase);
        Assert.False(result.Passed);
        Assert.Equal(0, result.Score);
        Assert.Empty(result.Checks);
        Assert.NotEmpty(result.ParseErrors);
        Assert.All(result.ParseErrors, e => Assert.InRange(e.Line, 1, 5));
    }

    [Fact]
    public void Lint_findings_are_reported_only_after_the_essential_checks_pass_and_never_block()
    {
        var problem = Find("multi-stage-typescript");
        var alternative = problem.Alternatives.Single(a => a.Name == "alpine-prune");
        var result = Grade(problem, alternative);
        Assert.True(result.Passed);
        Assert.Contains(result.Lint, l => l.Code == "StageNameCasing");
        var starter = Grade(problem, problem.Starter);
        Assert.Empty(starter.Lint);
    }

    [Fact]
    public void The_result_serialises_to_json_with_the_documented_fields()
    {
        var problem = Find("go-scratch");
        var json = GradeResultJson.ToJson(Grade(problem, problem.Reference));
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.True(root.GetProperty("passed").GetBoolean());
        Assert.Equal(100, root.GetProperty("score").GetInt32());
        var check = root.GetProperty("checks")[0];
        foreach (var name in new[] { "id", "tier", "passed", "message", "lines", "why", "task" })
        {
            Assert.True(check.TryGetProperty(name, out _), name);
        }
        var reflected = System.Text.Json.JsonSerializer.Serialize(Grade(problem, problem.Reference));
        Assert.Contains("\"Passed\":true", reflected);
    }

    [Fact]
    public void The_go_reference_is_estimated_under_ten_megabytes_and_a_golang_final_image_far_over()
    {
        var problem = Find("go-scratch");
        Assert.InRange(Grade(problem, problem.Reference).Size!.TotalMegabytes, 1, 10);
        Assert.True(Grade(problem, problem.Starter).Size!.TotalMegabytes > 500);
    }
}

/// <summary>The grader never throws, whatever half-typed text it gets.</summary>
public class GraderRobustnessTests
{
    [Fact]
    public void Every_prefix_of_every_stored_dockerfile_grades_without_throwing_against_every_problem()
    {
        var set = ContentValidator.LoadProblems(RealContentTests.RepositoryContent());
        var grader = new Grader(set.Catalog);
        var texts = set.Problems.SelectMany(p => p.KnownBad.Select(k => k.Solution).Append(p.Reference).Concat(p.Alternatives)).Select(s => s.Dockerfile).ToList();
        texts.AddRange(["", "\n", "FROM", "FROM --platform=", "COPY --from= . .", "FROM scratch\nUSER\nCMD []\n", "FROM a AS\nRUN --mount=type=secret\n", "HEALTHCHECK CMD\n", "FROM ${X}\nCOPY --from=9 / /\n"]);
        var graded = 0;
        foreach (var text in texts)
        {
            for (var length = 0; length <= text.Length; length += 11)
            {
                foreach (var problem in set.Problems)
                {
                    var result = grader.Grade(problem, text[..length], text[..Math.Min(length, 20)]);
                    Assert.NotNull(result);
                    Assert.DoesNotContain(result.Checks, c => c.Detail?.StartsWith("the check could not run", StringComparison.Ordinal) == true);
                    graded++;
                }
            }
        }
        Assert.True(graded > 1000);
    }
}
