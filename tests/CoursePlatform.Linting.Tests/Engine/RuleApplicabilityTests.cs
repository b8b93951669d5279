using CoursePlatform.Linting.Configuration;
using CoursePlatform.Linting.Parsing;
using CoursePlatform.Linting.Rules;
using CoursePlatform.Linting.Tests.Corpus;

namespace CoursePlatform.Linting.Tests.Engine;

/// <summary>
/// The linter does not call a rule whose <see cref="Rule.AppliesTo"/> is false. That is only right if such a rule,
/// called anyway, reports nothing: checked over the whole corpus, and against a file full of labels.
/// </summary>
public class RuleApplicabilityTests
{
    private const string Labelled = """
        FROM alpine:3.20
        LABEL org.opencontainers.image.url="not a url" maintainer="nobody" version="1.x" created="yesterday" license="MIT OR" revision="abc" email="no"
        LABEL "" = ""
        """;

    [Fact]
    public void Rules_that_do_not_apply_under_the_default_options_report_nothing_when_called_anyway()
    {
        var skipped = RuleCatalog.All.Where(rule => !rule.AppliesTo(LintOptions.Default)).ToList();
        Assert.NotEmpty(skipped);
        var findings = new List<RawFinding>();
        foreach (var text in CorpusFiles.All.Select(file => file.Text).Append(Labelled))
        {
            var document = DockerfileParser.Parse(text);
            foreach (var rule in skipped)
            {
                rule.Check(new RuleContext(rule, document, document.Instructions, false, LintOptions.Default, findings));
            }
        }
        Assert.Empty(findings.Select(finding => $"{finding.Rule.Code} at {finding.Span}"));
    }

    [Fact]
    public void A_label_schema_makes_the_label_rules_apply_and_report()
    {
        var options = new LintOptions
        {
            LabelSchema = new Dictionary<string, LabelType>(StringComparer.Ordinal) { ["org.opencontainers.image.url"] = LabelType.Url },
        };
        Assert.Contains(RuleCatalog.All, rule => rule.Code == "DL3052" && rule.AppliesTo(options));
        var findings = new Linter(RuleCatalog.All).Lint(Labelled, options).Findings;
        Assert.Contains(findings, finding => finding.Code == "DL3052");
        Assert.DoesNotContain(Linter.Default.Lint(Labelled).Findings, finding => finding.Code == "DL3052");
    }
}
