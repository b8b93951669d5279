using CoursePlatform.Linting.Configuration;
using CoursePlatform.Linting.Rules;
using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Engine;

public class HadolintPragmaTests
{
    private static string Lines(params string[] lines) => string.Join('\n', lines) + "\n";

    [Theory]
    [InlineData("# hadolint ignore=DL3002")]
    [InlineData("#hadolint ignore=DL3002")]
    [InlineData("# hadolint ignore = DL3002")]
    [InlineData("#\thadolint\tignore=DL3002")]
    [InlineData("# hadolint ignore=DL3001 , DL3002")]
    [InlineData("# hadolint ignore=DL3002 # reason: the base image needs root")]
    [InlineData("# hadolint ignore=DL3002   ")]
    public void An_ignore_pragma_silences_the_instruction_on_the_next_line(string pragma)
    {
        Assert.Equal(["DL3001@1"], FakeLint.Codes(Lines("FROM ubuntu:24.04", pragma, "USER root")));
    }

    [Theory]
    [InlineData("# hadolint ignore=DL3002 because the base image needs root")]
    [InlineData("# hadolint ignore=crazy,DL3002")]
    [InlineData("# hadolint ignore=")]
    [InlineData("# hadolint ignore=DL3002,")]
    [InlineData("# hadolintignore=DL3002")]
    [InlineData("# hadolint ignore=dl3002")]
    [InlineData("# hadolint ignore=UnknownCheck,DL3002")]
    [InlineData("# please hadolint ignore=DL3002")]
    public void A_malformed_pragma_is_silently_invalid(string pragma)
    {
        Assert.Equal(["DL3001@1", "DL3002@3"], FakeLint.Codes(Lines("FROM ubuntu:24.04", pragma, "USER root")));
    }

    [Fact]
    public void An_ignore_pragma_above_FROM_does_not_cover_the_USER_below_it()
    {
        // spec §4.1 item 9: the pragma covers the FROM line only.
        Assert.Equal(["DL3002@3"], FakeLint.Codes(Lines("# hadolint ignore=DL3001,DL3002", "FROM ubuntu", "USER root")));
    }

    [Fact]
    public void A_blank_line_between_pragma_and_instruction_breaks_it()
    {
        Assert.Equal(["DL3001@1", "DL3002@4"], FakeLint.Codes(Lines("FROM ubuntu", "# hadolint ignore=DL3002", "", "USER root")));
    }

    [Fact]
    public void Another_comment_between_pragma_and_instruction_breaks_it()
    {
        Assert.Equal(["DL3001@1", "DL3002@4"], FakeLint.Codes(Lines("FROM ubuntu", "# hadolint ignore=DL3002", "# why", "USER root")));
    }

    [Fact]
    public void Of_two_consecutive_ignore_comments_only_the_lower_one_applies()
    {
        Assert.Equal(["DL3001@1", "DL3002@4"], FakeLint.Codes(Lines("FROM ubuntu", "# hadolint ignore=DL3002", "# hadolint ignore=DL9001", "USER root")));
    }

    [Fact]
    public void An_ignore_pragma_covers_findings_on_continuation_lines_of_the_next_instruction()
    {
        Assert.Equal(["DL3001@1"], FakeLint.Codes(Lines("FROM ubuntu", "# hadolint ignore=DL9001", "RUN apt-get update \\", "  && echo done")));
    }

    [Fact]
    public void A_pragma_may_name_the_BuildKit_alias_of_a_DL_rule()
    {
        Assert.Equal(["DL3001@1"], FakeLint.Codes(Lines("FROM ubuntu", "# hadolint ignore=JSONArgsRecommended", "CMD echo hi")));
    }

    [Fact]
    public void A_pragma_may_name_a_BuildKit_only_check()
    {
        Assert.Equal(["DL3001@1"], FakeLint.Codes(Lines("FROM ubuntu", "# hadolint ignore=FromAsCasing", "WORKDIR app")));
    }

    [Fact]
    public void A_global_ignore_applies_to_the_whole_file_wherever_it_is()
    {
        Assert.Equal(["DL3001@1", "DL3001@3"],
            FakeLint.Codes(Lines("FROM ubuntu AS a", "USER root", "FROM ubuntu", "USER root", "# hadolint global ignore=DL3002")));
    }

    [Fact]
    public void A_stage_ignore_has_hadolints_off_by_one()
    {
        // spec §6 item 6: the pragma's own FROM line is not covered, the next stage's FROM line is.
        var codes = FakeLint.Codes(Lines(
            "# hadolint stage ignore=DL3001,DL9001",
            "FROM ubuntu",
            "RUN one",
            "FROM alpine",
            "RUN two"));
        Assert.Equal(["DL3001@2", "DL9001@5"], codes);
    }

    [Fact]
    public void A_stage_ignore_in_the_middle_of_a_stage_skips_the_instruction_right_below_it()
    {
        var codes = FakeLint.Codes(Lines(
            "FROM ubuntu",
            "# hadolint stage ignore=DL9001",
            "RUN one",
            "RUN two",
            "FROM alpine",
            "RUN three"), new LintOptions { Ignored = new HashSet<string> { "DL3001" } });
        Assert.Equal(["DL9001@3", "DL9001@6"], codes);
    }

    [Fact]
    public void Disable_ignore_pragma_turns_off_inline_global_and_stage_ignores()
    {
        var text = Lines(
            "# hadolint global ignore=DL3001",
            "# hadolint stage ignore=DL9001",
            "FROM ubuntu",
            "# hadolint ignore=DL3002",
            "USER root",
            "RUN x");
        var options = new LintOptions { DisableIgnorePragma = true };
        Assert.Equal(["DL3001@3", "DL3002@5", "DL9001@6"], FakeLint.Codes(text, options));
        Assert.Empty(FakeLint.Codes(text, options with { DisableIgnorePragma = false }));
    }

    [Fact]
    public void An_ignore_pragma_works_with_a_real_rule()
    {
        Lint.Fires("DL3007", "FROM node:latest\n");
        Lint.Passes("DL3007", "# hadolint ignore=DL3007\nFROM node:latest\n");
    }

    [Fact]
    public void An_ignore_pragma_silences_findings_from_outside_the_engine()
    {
        var document = global::CoursePlatform.Linting.Parsing.DockerfileParser.Parse(Lines("FROM ubuntu", "# hadolint ignore=SC2086", "RUN echo $x", "RUN echo $y"));
        var runs = document.Instructions.Where(i => i.Kind == Syntax.InstructionKind.Run).ToArray();
        ExternalFinding[] external =
        [
            new("SC2086", Severity.Info, "Double quote to prevent globbing", runs[0].Span, runs[0]),
            new("SC2086", Severity.Info, "Double quote to prevent globbing", runs[1].Span, runs[1]),
        ];
        var findings = new Linter([]).Lint(document, null, external).Findings;
        Assert.Equal([4], findings.Select(f => f.Line));
    }

    [Theory]
    [InlineData("hadolint shell=powershell", HadolintPragmaKind.Shell)]
    [InlineData(" hadolint global ignore=DL3000", HadolintPragmaKind.GlobalIgnore)]
    [InlineData(" hadolint stage ignore=DL3000", HadolintPragmaKind.StageIgnore)]
    [InlineData(" hadolint ignore=DL3000,SC2086", HadolintPragmaKind.Ignore)]
    public void Pragma_kinds_are_recognised(string content, HadolintPragmaKind kind)
    {
        Assert.Equal(kind, HadolintPragma.Parse(content, new HashSet<string>())?.Kind);
    }
}
