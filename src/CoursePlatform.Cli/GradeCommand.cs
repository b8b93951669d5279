using System.Diagnostics;
using System.Globalization;
using CoursePlatform.Content.Grading;
using CoursePlatform.Content.Problems;

namespace CoursePlatform.Cli;

/// <summary>
/// <c>grade --problem &lt;id&gt; [--content DIR] [--format json|tty] [--dockerignore FILE] &lt;Dockerfile|-&gt;</c>:
/// grades a Dockerfile against a practice problem. Exit 0 when it passes, 1 when not, 2 on usage or content errors.
/// </summary>
internal static class GradeCommand
{
    public const string Usage = "usage: courseplatform grade --problem <id> [--content DIR] [--format json|tty] [--dockerignore FILE] <Dockerfile|->";

    public static int Run(string[] args, CliConsole console)
    {
        string? problemId = null;
        string? contentDir = null;
        string? file = null;
        string? ignoreFile = null;
        var format = "tty";
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            string? Value() => i + 1 < args.Length ? args[++i] : null;
            switch (arg)
            {
                case "--problem" or "-p":
                    problemId = Value();
                    break;
                case "--content":
                    contentDir = Value();
                    break;
                case "--format" or "-f":
                    format = Value() ?? "";
                    break;
                case "--dockerignore":
                    ignoreFile = Value();
                    break;
                default:
                    if (arg != "-" && arg.StartsWith('-'))
                    {
                        return UsageError(console, $"unknown option '{arg}'");
                    }
                    if (file is not null)
                    {
                        return UsageError(console, "give one Dockerfile");
                    }
                    file = arg;
                    break;
            }
        }
        if (string.IsNullOrEmpty(problemId))
        {
            return UsageError(console, "--problem is required");
        }
        if (file is null)
        {
            return UsageError(console, "no Dockerfile given (use - for standard input)");
        }
        if (format is not ("json" or "tty"))
        {
            return UsageError(console, $"unknown format '{format}' (json or tty)");
        }
        var root = ContentCommand.ResolveContentRoot(contentDir, console);
        if (root is null)
        {
            return 2;
        }
        var set = ContentValidator.LoadProblems(root);
        var problem = set.Find(problemId);
        if (problem is null)
        {
            console.Error.WriteLine($"courseplatform: grade: no problem '{problemId}' in {root}" +
                (set.Problems.Count > 0 ? $" (known: {string.Join(", ", set.Problems.Select(p => p.Id))})" : ""));
            foreach (var error in set.Errors)
            {
                console.Error.WriteLine(error.ToString());
            }
            return 2;
        }
        var path = file == "-" ? null : Path.GetFullPath(Path.Combine(console.CurrentDirectory, file));
        if (path is not null && !File.Exists(path))
        {
            console.Error.WriteLine($"courseplatform: grade: {file}: no such file");
            return 2;
        }
        var dockerfile = path is null ? console.In.ReadToEnd() : File.ReadAllText(path);
        string? dockerignore = null;
        var ignorePath = ignoreFile is not null
            ? Path.GetFullPath(Path.Combine(console.CurrentDirectory, ignoreFile))
            : path is not null ? Path.Combine(Path.GetDirectoryName(path)!, ".dockerignore") : null;
        if (ignoreFile is not null && !File.Exists(ignorePath))
        {
            console.Error.WriteLine($"courseplatform: grade: {ignoreFile}: no such file");
            return 2;
        }
        if (ignorePath is not null && File.Exists(ignorePath))
        {
            dockerignore = File.ReadAllText(ignorePath);
        }
        var result = new Grader(set.Catalog).Grade(problem, dockerfile, dockerignore);
        if (format == "json")
        {
            console.Out.WriteLine(GradeResultJson.ToJson(result));
        }
        else
        {
            WriteTty(console.Out, problem, result, file);
        }
        return result.Passed ? 0 : 1;
    }

    private static void WriteTty(TextWriter output, Problem problem, GradeResult result, string file)
    {
        output.WriteLine($"{problem.Title} ({problem.Id} v{problem.Version})");
        if (result.ParseErrors.Count > 0)
        {
            foreach (var error in result.ParseErrors)
            {
                output.WriteLine($"{file}:{error.Line}:{error.Column}: syntax error: {error.Message}");
            }
            output.WriteLine("not graded: fix the syntax error first");
            return;
        }
        foreach (var tier in (ReadOnlySpan<string>)["essential", "actionable", "informative", "celebratory"])
        {
            foreach (var check in result.Checks.Where(c => c.Tier == tier))
            {
                if (tier == "celebratory" && !check.Passed)
                {
                    continue;
                }
                var mark = check.Passed ? "pass" : "FAIL";
                var lines = check.Lines.Count > 0 ? $" (line {string.Join(", ", check.Lines)})" : "";
                output.WriteLine($"  [{mark}] {tier,-11} {check.Id}{lines}");
                if (!check.Passed || tier == "celebratory")
                {
                    output.WriteLine($"         {check.Message}");
                    output.WriteLine($"         why: {check.Why}");
                    if (check.Detail is not null)
                    {
                        output.WriteLine($"         ({check.Detail})");
                    }
                    if (check.LessonLink is not null)
                    {
                        output.WriteLine($"         lesson: {check.LessonLink}");
                    }
                }
            }
        }
        foreach (var item in result.Lint)
        {
            output.WriteLine($"  {file}:{item.Line}:{item.Column}: {item.Code} {item.Severity}: {item.Message}");
        }
        if (result.Size is { } size)
        {
            output.WriteLine($"estimated final image size: {size.TotalMegabytes.ToString("0.#", CultureInfo.InvariantCulture)} MB (an estimate)");
        }
        output.WriteLine(result.Passed ? $"PASSED, score {result.Score}" : $"not passed yet, score {result.Score}");
    }

    /// <summary><c>bench-grade [--content DIR] [--iterations N]</c>: grading time per submission over every stored solution.</summary>
    public static int Bench(string[] args, CliConsole console)
    {
        string? contentDir = null;
        var iterations = 20;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--content" && i + 1 < args.Length)
            {
                contentDir = args[++i];
            }
            else if (args[i] == "--iterations" && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var n) && n > 0)
            {
                iterations = n;
                i++;
            }
            else
            {
                return UsageError(console, $"bench-grade: unexpected argument '{args[i]}'", "usage: courseplatform bench-grade [--content DIR] [--iterations N]");
            }
        }
        var root = ContentCommand.ResolveContentRoot(contentDir, console);
        if (root is null)
        {
            return 2;
        }
        var set = ContentValidator.LoadProblems(root);
        var grader = new Grader(set.Catalog);
        var submissions = new List<(Problem Problem, ProblemSolution Solution)>();
        foreach (var problem in set.Problems)
        {
            submissions.Add((problem, problem.Starter));
            submissions.Add((problem, problem.Reference));
            submissions.AddRange(problem.Alternatives.Select(a => (problem, a)));
            submissions.AddRange(problem.KnownBad.Select(k => (problem, k.Solution)));
        }
        if (submissions.Count == 0)
        {
            console.Error.WriteLine("courseplatform: bench-grade: no problems found");
            return 2;
        }
        foreach (var (problem, solution) in submissions)
        {
            grader.Grade(problem, solution.Dockerfile, solution.Dockerignore);
        }
        var times = new List<double>(submissions.Count * iterations);
        var clock = new Stopwatch();
        for (var pass = 0; pass < iterations; pass++)
        {
            foreach (var (problem, solution) in submissions)
            {
                clock.Restart();
                grader.Grade(problem, solution.Dockerfile, solution.Dockerignore);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }
        times.Sort();
        double P(double q) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(q * times.Count) - 1)];
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"graded {times.Count} submissions ({submissions.Count} distinct, {iterations} passes): mean {times.Average():0.000} ms, p50 {P(0.5):0.000} ms, p95 {P(0.95):0.000} ms, max {times[^1]:0.000} ms"));
        return 0;
    }

    private static int UsageError(CliConsole console, string message, string usage = Usage)
    {
        console.Error.WriteLine($"courseplatform: grade: {message}");
        console.Error.WriteLine(usage);
        return 2;
    }
}
