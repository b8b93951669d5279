using CoursePlatform.Linting;

namespace CoursePlatform.Content.Grading.Checks;

/// <summary><c>kind: lint</c> — none of the named lint rules (DL codes or BuildKit names) fires on the submission.</summary>
public sealed class LintRulesCheck : GradingCheck
{
    private readonly IReadOnlyList<string> _rules;

    public LintRulesCheck(CheckSpec spec) : base(spec)
    {
        _rules = spec.List("rules");
        if (_rules.Count == 0)
        {
            spec.Error(null, $"check '{spec.Id}' (lint) needs 'rules'");
        }
    }

    public override IEnumerable<string> LintCodes => _rules;

    public override CheckEvaluation Evaluate(GradingContext context)
    {
        var lines = new List<int>();
        var codes = new List<string>();
        foreach (var finding in context.Lint.Findings)
        {
            if (_rules.Any(r => string.Equals(r, finding.Code, StringComparison.OrdinalIgnoreCase) || string.Equals(r, finding.Alias, StringComparison.OrdinalIgnoreCase)))
            {
                for (var line = finding.Span.StartLine; line <= finding.Span.EndLine; line++)
                {
                    lines.Add(line);
                }
                if (!codes.Contains(finding.Code))
                {
                    codes.Add(finding.Code);
                }
            }
        }
        return lines.Count == 0 ? CheckEvaluation.Pass() : CheckEvaluation.Fail(lines, string.Join(", ", codes));
    }
}
