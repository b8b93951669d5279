using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using CoursePlatform.Content.Grading;
using CoursePlatform.Content.Problems;

namespace CoursePlatform.Linting.Benchmarks;

/// <summary>
/// Grading time per submission (goal: p95 under 5 ms in process): each problem's reference and its first
/// known-bad case, graded by the shared <see cref="Grader"/> with the problems loaded the way
/// <c>courseplatform bench-grade</c> loads them. The content folder is found from the current directory upward.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PercentileConfig))]
public class GradingBenchmarks
{
    private Grader _grader = null!;
    private Problem _problem = null!;
    private ProblemSolution _solution = null!;

    /// <summary>One case per submission: <c>&lt;problem&gt;/reference</c> and <c>&lt;problem&gt;/known-bad/&lt;case&gt;</c>.</summary>
    [ParamsSource(nameof(Cases))]
    public string Case { get; set; } = "";

    public static IEnumerable<string> Cases()
    {
        foreach (var problem in Load().Problems)
        {
            yield return problem.Id + "/reference";
            if (problem.KnownBad.Count > 0)
            {
                yield return problem.Id + "/known-bad/" + problem.KnownBad[0].Solution.Name;
            }
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        var set = Load();
        _grader = new Grader(set.Catalog);
        var parts = Case.Split('/', 2);
        _problem = set.Find(parts[0]) ?? throw new InvalidOperationException($"problem '{parts[0]}' not found");
        _solution = parts[1] == "reference"
            ? _problem.Reference
            : _problem.KnownBad.Single(k => "known-bad/" + k.Solution.Name == parts[1]).Solution;
        // Reads the context listing once, as a running app would have.
        _grader.Grade(_problem, _solution.Dockerfile, _solution.Dockerignore);
    }

    [Benchmark(Description = "grade one submission")]
    public int Grade() => _grader.Grade(_problem, _solution.Dockerfile, _solution.Dockerignore).Score;

    private static ProblemSet Load()
    {
        var root = LocateContent() ?? throw new DirectoryNotFoundException("content/ not found above the current directory");
        var set = ContentValidator.LoadProblems(root);
        if (set.Errors.Count > 0)
        {
            throw new InvalidOperationException("content errors: " + string.Join("; ", set.Errors));
        }
        return set;
    }

    // The same search as the CLI: the first content/ with course.yaml or problems/ from the current directory
    // upward (BenchmarkDotNet runs each case from a folder under the project's bin/, inside the repository).
    private static string? LocateContent()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "content");
                if (File.Exists(Path.Combine(candidate, "course.yaml")) || Directory.Exists(Path.Combine(candidate, "problems")))
                {
                    return candidate;
                }
            }
        }
        return null;
    }

    private sealed class PercentileConfig : ManualConfig
    {
        public PercentileConfig()
        {
            AddColumn(StatisticColumn.P95, StatisticColumn.Max);
            // Case names such as "multi-stage-typescript/known-bad/copies-unpruned-node-modules" stay readable.
            SummaryStyle = BenchmarkDotNet.Reports.SummaryStyle.Default.WithMaxParameterColumnWidth(64);
        }
    }
}
