using CoursePlatform.Linting;
using CoursePlatform.Linting.Rules;

namespace CoursePlatform.Web.Problems;

/// <summary>One finding as the editor shows it: a marker at its exact span (1-based, end exclusive, as Monaco wants).</summary>
public sealed record LiveFinding(string Code, string Severity, string Message, int StartLine, int StartColumn, int EndLine, int EndColumn);

/// <summary>Lints the editor's text on every (debounced) change.</summary>
public static class LiveLint
{
    public static IReadOnlyList<LiveFinding> Run(string dockerfile)
    {
        var result = Linter.Default.Lint(dockerfile);
        var findings = new List<LiveFinding>(result.Findings.Count);
        foreach (var finding in result.Findings)
        {
            if (finding.Severity == Severity.Ignore)
            {
                continue;
            }
            var span = finding.Span;
            var endColumn = span.EndLine == span.StartLine && span.EndColumn <= span.StartColumn ? span.StartColumn + 1 : span.EndColumn;
            findings.Add(new LiveFinding(finding.Code, SeverityName(finding.Severity), finding.Message,
                span.StartLine, span.StartColumn, span.EndLine, endColumn));
        }
        return findings;
    }

    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        _ => "style",
    };
}
