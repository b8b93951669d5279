using CoursePlatform.Content.Course;
using CoursePlatform.Content.Grading;
using YamlDotNet.RepresentationModel;

namespace CoursePlatform.Content.Problems;

/// <summary>
/// Loads problems from <c>content/problems/</c>. Every problem is reported as a <see cref="ContentError"/>
/// with its file (relative to the content root) and line; nothing throws for bad content.
/// </summary>
public static class ProblemLoader
{
    public const string ProblemsFolder = "problems";

    private static readonly string[] Difficulties = ["easy", "medium", "hard", "challenge"];

    public static IReadOnlyList<Problem> LoadAll(string contentRoot, List<ContentError> errors)
    {
        var folder = Path.Combine(contentRoot, ProblemsFolder);
        if (!Directory.Exists(folder))
        {
            return [];
        }
        var problems = new List<Problem>();
        foreach (var directory in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            if (Load(contentRoot, directory, errors) is { } problem)
            {
                problems.Add(problem);
            }
        }
        return problems;
    }

    public static Problem? Load(string contentRoot, string directory, List<ContentError> errors)
    {
        var slug = Path.GetFileName(directory);
        var relative = Rel(contentRoot, directory);
        var problemFile = Path.Combine(directory, "problem.md");
        var problemRel = relative + "/problem.md";
        if (!File.Exists(problemFile))
        {
            errors.Add(new ContentError(relative, 1, "missing problem.md"));
            return null;
        }
        var text = File.ReadAllText(problemFile).ReplaceLineEndings("\n");
        if (!SplitFrontMatter(text, out var yaml, out var body, out var bodyLine))
        {
            errors.Add(new ContentError(problemRel, 1, "problem.md must start with YAML front matter between '---' lines"));
            return null;
        }
        var front = YamlReading.ParseMapping(yaml, problemRel, 2, errors);
        if (front is null)
        {
            return null;
        }
        var id = Required(front, "id", problemRel, errors) ?? slug;
        if (!ChecksFile.IsValidId(id))
        {
            errors.Add(new ContentError(problemRel, LineOf(front, "id"), $"id '{id}' must be lower-case letters, digits and '-'"));
        }
        else if (id != slug)
        {
            errors.Add(new ContentError(problemRel, LineOf(front, "id"), $"id '{id}' must match the folder name '{slug}'"));
        }
        var title = Required(front, "title", problemRel, errors) ?? id;
        var versionText = Required(front, "version", problemRel, errors);
        var version = 1;
        if (versionText is not null && (!int.TryParse(versionText, out version) || version < 1))
        {
            errors.Add(new ContentError(problemRel, LineOf(front, "version"), $"version must be a positive whole number, not '{versionText}'"));
        }
        var difficulty = Required(front, "difficulty", problemRel, errors) ?? "medium";
        if (!Difficulties.Contains(difficulty))
        {
            errors.Add(new ContentError(problemRel, LineOf(front, "difficulty"), $"difficulty must be one of {string.Join(", ", Difficulties)}"));
        }
        var lesson = Required(front, "lesson", problemRel, errors) ?? "";
        var section = Required(front, "section", problemRel, errors) ?? "";
        var tasks = new List<string>();
        if (Get(front, "tasks") is YamlSequenceNode taskNodes)
        {
            tasks.AddRange(taskNodes.Select(YamlReading.Scalar).Where(t => !string.IsNullOrWhiteSpace(t))!);
        }
        if (tasks.Count == 0)
        {
            errors.Add(new ContentError(problemRel, LineOf(front, "tasks"), "front matter needs a non-empty 'tasks' list"));
        }
        CheckTaskHeadings(body, bodyLine, tasks, problemRel, errors);

        var hints = LoadHints(directory, relative, tasks.Count, errors);

        var checksFile = Path.Combine(directory, "checks.yaml");
        IReadOnlyList<GradingCheck> checks = [];
        if (File.Exists(checksFile))
        {
            checks = ChecksFile.Parse(File.ReadAllText(checksFile), relative + "/checks.yaml", errors);
            foreach (var check in checks)
            {
                if (check.Task < 1 || check.Task > Math.Max(1, tasks.Count))
                {
                    errors.Add(new ContentError(relative + "/checks.yaml", check.Line, $"check '{check.Id}' names task {check.Task}, but the problem has {tasks.Count} task(s)"));
                }
            }
            if (checks.Count > 0 && !checks.Any(c => c.Tier == CheckTier.Essential))
            {
                errors.Add(new ContentError(relative + "/checks.yaml", 1, "a problem needs at least one essential check"));
            }
        }
        else
        {
            errors.Add(new ContentError(relative, 1, "missing checks.yaml"));
        }

        var starter = Solution(directory, relative, "starter", "starter", errors);
        var reference = Solution(directory, relative, "reference", "reference", errors);
        var alternatives = new List<ProblemSolution>();
        foreach (var alt in SubFolders(directory, "alternatives"))
        {
            if (Solution(directory, relative, "alternatives/" + alt, alt, errors) is { } solution)
            {
                alternatives.Add(solution);
            }
        }
        var knownBad = new List<KnownBadCase>();
        foreach (var name in SubFolders(directory, "known-bad"))
        {
            if (Solution(directory, relative, "known-bad/" + name, name, errors) is { } solution
                && LoadExpected(directory, relative, name, solution, errors) is { } badCase)
            {
                knownBad.Add(badCase);
            }
        }
        var contextDirectory = Path.Combine(directory, "context");
        if (!Directory.Exists(contextDirectory))
        {
            errors.Add(new ContentError(relative, 1, "missing context/ (the build context the Dockerfile is written for)"));
        }
        if (starter is null || reference is null)
        {
            return null;
        }
        return new Problem(id, title, version, difficulty, lesson, section, tasks, body, hints, checks, starter, reference, alternatives, knownBad, relative,
            Directory.Exists(contextDirectory) ? contextDirectory : null);
    }

    private static IEnumerable<string> SubFolders(string directory, string name)
    {
        var path = Path.Combine(directory, name);
        return Directory.Exists(path)
            ? Directory.EnumerateDirectories(path).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal)
            : [];
    }

    private static ProblemSolution? Solution(string directory, string relative, string sub, string name, List<ContentError> errors)
    {
        var file = Path.Combine(directory, sub, "Dockerfile");
        if (!File.Exists(file))
        {
            errors.Add(new ContentError($"{relative}/{sub}", 1, "missing Dockerfile"));
            return null;
        }
        var ignore = Path.Combine(directory, sub, ".dockerignore");
        return new ProblemSolution(name, File.ReadAllText(file), File.Exists(ignore) ? File.ReadAllText(ignore) : null, $"{relative}/{sub}/Dockerfile");
    }

    private static KnownBadCase? LoadExpected(string directory, string relative, string name, ProblemSolution solution, List<ContentError> errors)
    {
        var file = Path.Combine(directory, "known-bad", name, "expected.yaml");
        var rel = $"{relative}/known-bad/{name}/expected.yaml";
        if (!File.Exists(file))
        {
            errors.Add(new ContentError(rel, 1, "missing expected.yaml (which checks this mistake must fail)"));
            return null;
        }
        var root = YamlReading.ParseMapping(File.ReadAllText(file), rel, 1, errors);
        if (root is null)
        {
            return null;
        }
        var parseError = Get(root, "parse-error") is { } p && YamlReading.Scalar(p) == "true";
        var fails = new List<string>();
        var line = 1;
        switch (Get(root, "fails"))
        {
            case YamlSequenceNode sequence:
                line = YamlReading.LineOf(sequence, 1);
                foreach (var item in sequence)
                {
                    if (YamlReading.Scalar(item) is { Length: > 0 } id)
                    {
                        fails.Add(id);
                    }
                }
                break;
            case null when parseError:
                break;
            default:
                errors.Add(new ContentError(rel, 1, "expected.yaml needs a 'fails' list of check ids (or 'parse-error: true')"));
                return null;
        }
        if (fails.Count == 0 && !parseError)
        {
            errors.Add(new ContentError(rel, line, "a known-bad case must fail at least one check"));
        }
        return new KnownBadCase(solution, fails, parseError, rel, line);
    }

    private static List<IReadOnlyList<string>> LoadHints(string directory, string relative, int taskCount, List<ContentError> errors)
    {
        var hints = new List<IReadOnlyList<string>>();
        for (var i = 0; i < taskCount; i++)
        {
            hints.Add(new List<string>());
        }
        var file = Path.Combine(directory, "hints.md");
        if (!File.Exists(file))
        {
            return hints;
        }
        var lines = File.ReadAllText(file).ReplaceLineEndings("\n").Split('\n');
        var current = -1;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                var number = TaskNumber(line);
                if (number is null || number < 1 || number > taskCount)
                {
                    errors.Add(new ContentError(relative + "/hints.md", i + 1, $"hint heading must be '## N. ...' with N a task number (1..{taskCount})"));
                    current = -1;
                }
                else
                {
                    current = number.Value - 1;
                }
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal) && current >= 0)
            {
                ((List<string>)hints[current]).Add(line[2..].Trim());
            }
        }
        return hints;
    }

    private static void CheckTaskHeadings(string body, int bodyLine, List<string> tasks, string file, List<ContentError> errors)
    {
        var lines = body.Split('\n');
        var expected = 1;
        var inFence = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }
            if (inFence || !line.StartsWith("## ", StringComparison.Ordinal))
            {
                continue;
            }
            var number = TaskNumber(line);
            if (number is null)
            {
                continue;
            }
            if (number != expected)
            {
                errors.Add(new ContentError(file, bodyLine + i, $"task heading {number} out of order (expected '## {expected}. ...')"));
            }
            expected = number.Value + 1;
        }
        if (expected - 1 != tasks.Count)
        {
            errors.Add(new ContentError(file, bodyLine, $"the statement has {expected - 1} task heading(s) ('## N. ...') but the front matter lists {tasks.Count} task(s)"));
        }
    }

    private static int? TaskNumber(string heading)
    {
        var rest = heading[3..].TrimStart();
        var dot = rest.IndexOf('.');
        return dot > 0 && int.TryParse(rest[..dot], out var n) ? n : null;
    }

    internal static bool SplitFrontMatter(string text, out string yaml, out string body, out int bodyLine)
    {
        yaml = "";
        body = text;
        bodyLine = 1;
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return false;
        }
        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (end < 0)
        {
            return false;
        }
        yaml = text[4..(end + 1)];
        var after = text.IndexOf('\n', end + 4);
        body = after < 0 ? "" : text[(after + 1)..];
        bodyLine = text[..(after < 0 ? text.Length : after + 1)].Count(c => c == '\n') + 1;
        return true;
    }

    private static YamlNode? Get(YamlMappingNode map, string key)
        => map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static int LineOf(YamlMappingNode map, string key)
        => Get(map, key) is { } node ? YamlReading.LineOf(node, 2) : YamlReading.LineOf(map, 2);

    private static string? Required(YamlMappingNode map, string key, string file, List<ContentError> errors)
    {
        var value = Get(map, key) is { } node ? YamlReading.Scalar(node) : null;
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new ContentError(file, LineOf(map, key), $"front matter needs '{key}'"));
            return null;
        }
        return value;
    }

    internal static string Rel(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
