using CoursePlatform.Linting;
using CoursePlatform.Linting.Parsing;
using CoursePlatform.Linting.Rules;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Content.Markdown;

/// <summary>Whether a lesson marks an example as a mistake (❌) or as the way to do it (✅).</summary>
public enum ExampleVerdict
{
    Bad,
    Good,
}

/// <summary>One finding of an example, with its line counted from the top of the whole code block.</summary>
public sealed record ExampleFinding(string Code, bool HasRulePage, Severity Severity, int Line, string Message);

/// <summary>A marked part of a code block (from its ❌/✅ comment to the next marker) and what the engine says about it.</summary>
public sealed record LintedExample(ExampleVerdict Verdict, string Caption, int FirstLine, int LastLine, IReadOnlyList<ExampleFinding> Findings, bool EngineFailed)
{
    /// <summary>False when the example holds only comments (e.g. "pass it at run time instead").</summary>
    public bool HasInstructions { get; init; } = true;

    /// <summary>True when the whole block was linted (no ❌/✅ markers): the verdict then only reflects the findings.</summary>
    public bool IsWholeBlock { get; init; }
}

/// <summary>
/// Finds the ❌ and ✅ examples in a Dockerfile code block and lints each one separately with the real engine,
/// so the findings shown under a lesson snippet are whatever the linter says today.
/// </summary>
public static class LintExamples
{
    private const string BadMark = "\u274C";
    private const string GoodMark = "\u2705";
    private const string FragmentBase = "FROM scratch\n";

    public static IReadOnlyList<LintedExample> Lint(string code, Linter linter)
    {
        var lines = code.Replace("\r\n", "\n").Split('\n');
        var markers = new List<(int Line, ExampleVerdict Verdict, string Caption)>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimStart();
            if (!line.StartsWith('#'))
            {
                continue;
            }
            var bad = line.IndexOf(BadMark, StringComparison.Ordinal);
            var good = line.IndexOf(GoodMark, StringComparison.Ordinal);
            if (bad >= 0 || good >= 0)
            {
                var verdict = bad >= 0 && (good < 0 || bad < good) ? ExampleVerdict.Bad : ExampleVerdict.Good;
                var at = verdict == ExampleVerdict.Bad ? bad : good;
                markers.Add((i, verdict, line[(at + 1)..].Trim()));
            }
        }
        var examples = new List<LintedExample>(markers.Count);
        for (var m = 0; m < markers.Count; m++)
        {
            var first = markers[m].Line;
            var last = m + 1 < markers.Count ? markers[m + 1].Line - 1 : lines.Length - 1;
            while (last > first && string.IsNullOrWhiteSpace(lines[last]))
            {
                last--;
            }
            var snippet = string.Join('\n', lines, first, last - first + 1) + "\n";
            examples.Add(LintOne(snippet, linter, markers[m].Verdict, markers[m].Caption, first + 1, last + 1));
        }
        return examples;
    }

    /// <summary>Lints a whole block as one example (rule pages: every Dockerfile block shows what the engine says).</summary>
    public static LintedExample LintWhole(string code, Linter linter)
    {
        var lines = code.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');
        var linted = LintOne(string.Join('\n', lines) + "\n", linter, ExampleVerdict.Good, "This example", 1, lines.Length);
        return linted with { Verdict = linted.Findings.Count > 0 ? ExampleVerdict.Bad : ExampleVerdict.Good, IsWholeBlock = true };
    }

    private static LintedExample LintOne(string snippet, Linter linter, ExampleVerdict verdict, string caption, int firstLine, int lastLine)
    {
        try
        {
            if (CommentsOnly(snippet))
            {
                return new LintedExample(verdict, caption, firstLine, lastLine, [], false) { HasInstructions = false };
            }
            // Lessons show fragments of a stage ("RUN ..." alone). Lint them as the body of a stage, as the
            // reader does, so the only findings are about the lines shown, not about the missing FROM.
            var document = DockerfileParser.Parse(snippet);
            var fragment = document.Instructions.Count > 0 && document.Instructions[0].Kind is not (InstructionKind.From or InstructionKind.Arg);
            var result = fragment ? linter.Lint(FragmentBase + snippet) : linter.Lint(document);
            var shift = fragment ? 1 : 0;
            var findings = new List<ExampleFinding>(result.Findings.Count);
            foreach (var finding in result.Findings)
            {
                if (finding.Line <= shift)
                {
                    continue;
                }
                findings.Add(new ExampleFinding(
                    finding.Code, RuleCatalog.Find(finding.Code) is not null, finding.Severity,
                    finding.Line - shift + firstLine - 1, finding.Message));
            }
            return new LintedExample(verdict, caption, firstLine, lastLine, findings, false);
        }
        catch (Exception)
        {
            // A linter failure must never take a lesson down; the page says the check could not run.
            return new LintedExample(verdict, caption, firstLine, lastLine, [], true);
        }
    }

    private static bool CommentsOnly(string snippet)
    {
        foreach (var line in snippet.Split('\n'))
        {
            var trimmed = line.AsSpan().Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                return false;
            }
        }
        return true;
    }
}
