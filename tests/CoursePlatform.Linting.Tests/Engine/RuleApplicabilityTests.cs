using CoursePlatform.Linting.Configuration;
using CoursePlatform.Linting.Parsing;
using CoursePlatform.Linting.Rules;
using CoursePlatform.Linting.Syntax;
using CoursePlatform.Linting.Tests.Corpus;

namespace CoursePlatform.Linting.Tests.Engine;

/// <summary>
/// The linter does not call a rule whose <see cref="Rule.AppliesTo"/> is false, nor one whose
/// <see cref="Rule.RequiredKinds"/> the file lacks. That is only right if such a rule, called anyway, reports
/// nothing: checked over the whole corpus, and against files full of labels and ONBUILD triggers.
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

    private const string Triggers = """
        FROM alpine:3.20
        ONBUILD WORKDIR app
        ONBUILD USER root
        ONBUILD COPY a b c
        ONBUILD ADD x.tar.gz /
        ONBUILD CMD run
        ONBUILD CMD again
        ONBUILD ENV A=1 B=$A
        ONBUILD ONBUILD RUN x
        ONBUILD MAINTAINER me
        """;

    [Fact]
    public void Rules_called_on_files_without_the_kinds_they_require_report_nothing()
    {
        var gated = RuleCatalog.All.Where(rule => rule.RequiredKinds is not null).ToList();
        Assert.NotEmpty(gated);
        var findings = new List<RawFinding>();
        var checkedCalls = 0;
        foreach (var text in CorpusFiles.All.Select(file => file.Text).Append(Labelled).Append(Triggers))
        {
            var document = DockerfileParser.Parse(text);
            var triggers = ReadOnlyArray.From(document.Instructions.OfType<OnbuildInstruction>().Select(o => o.Trigger).OfType<Instruction>().ToList());
            foreach (var rule in gated)
            {
                foreach (var (instructions, onbuild) in new[] { (document.Instructions, false), (triggers, true) })
                {
                    // The ONBUILD pass runs only for the rules hadolint runs on triggers.
                    if (onbuild && !rule.ChecksOnbuild || instructions.Any(instruction => rule.RequiredKinds!.Contains(instruction.Kind)))
                    {
                        continue;
                    }
                    checkedCalls++;
                    rule.Check(new RuleContext(rule, document, instructions, onbuild, LintOptions.Default, findings));
                }
            }
        }
        Assert.True(checkedCalls > 1000);
        Assert.Empty(findings.Select(finding => $"{finding.Rule.Code} at {finding.Span}"));
    }

    [Fact]
    public void Gated_rules_still_report_on_files_with_their_kinds()
    {
        const string text = """
            FROM alpine:3.20
            MAINTAINER me
            WORKDIR app
            COPY a b c
            ENV A=1 B=$A
            USER root
            CMD run
            CMD again
            ONBUILD ONBUILD RUN x
            """;
        var findings = Linter.Default.Lint(text).Findings.Select(finding => finding.Code).ToHashSet();
        Assert.Superset(new HashSet<string> { "DL3000", "DL3002", "DL3021", "DL3043", "DL4000", "DL4003", "DL3044" }, findings);
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
