using CoursePlatform.Linting.Configuration;
using CoursePlatform.Linting.Rules;

namespace CoursePlatform.Linting.Tests.Engine;

public class CheckDirectiveTests
{
    private static string Lines(params string[] lines) => string.Join('\n', lines) + "\n";

    [Theory]
    [InlineData("# check=skip=FromAsCasing")]
    [InlineData("#check=skip=FromAsCasing")]
    [InlineData("# CHECK = skip=FromAsCasing")]
    [InlineData("# check=skip=LegacyKeyValueFormat,FromAsCasing")]
    [InlineData("# check=skip=FromAsCasing;error=true")]
    [InlineData("# check=skip=FromAsCasing;error=false;experimental=all")]
    public void The_file_directive_skips_the_listed_checks(string directive)
    {
        Assert.DoesNotContain(FakeLint.Codes(Lines(directive, "FROM ubuntu", "WORKDIR app")), c => c.StartsWith("FromAsCasing"));
    }

    [Fact]
    public void Names_in_the_directive_are_case_sensitive()
    {
        Assert.Contains("FromAsCasing@3", FakeLint.Codes(Lines("# check=skip=fromascasing", "FROM ubuntu", "WORKDIR app")));
    }

    [Fact]
    public void The_file_directive_accepts_DL_codes_and_aliases()
    {
        Assert.Equal(["DL3001@2"], FakeLint.Codes(Lines("# check=skip=DL3002,JSONArgsRecommended", "FROM ubuntu", "USER root", "CMD echo")));
    }

    [Fact]
    public void Skip_all_skips_every_check_BuildKit_knows_but_not_hadolint_only_rules()
    {
        // spec §4.2 item 13: no BuildKit warnings at all.
        var codes = FakeLint.Codes(Lines("#check=skip=all;error=true", "FROM scratch as base", "copy Dockerfile .", "WORKDIR app", "CMD echo", "USER root"));
        Assert.Equal(["DL3001@2", "DL3002@6"], codes);
    }

    [Fact]
    public void The_value_is_cut_at_the_first_space_so_a_space_after_a_semicolon_is_an_error()
    {
        // spec §6 item 7: "skip=A; error=true" becomes "skip=A;", whose empty part is invalid; BuildKit fails the build.
        var findings = FakeLint.Run(Lines("# check=skip=FromAsCasing; error=true", "FROM ubuntu", "WORKDIR app"));
        var error = Assert.Single(findings, f => f.Code == "DL1000");
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(1, error.Line);
        Assert.Contains("invalid check option", error.Message);
        Assert.Contains(findings, f => f.Code == "FromAsCasing");
    }

    [Theory]
    [InlineData("# check=skip=FromAsCasing;colour=red")]
    [InlineData("# check=error=maybe")]
    [InlineData("# check=FromAsCasing")]
    public void A_malformed_directive_is_reported_as_DL1000_and_ignored(string directive)
    {
        var codes = FakeLint.Codes(Lines(directive, "FROM ubuntu", "WORKDIR app"));
        Assert.Equal(["DL1000@1", "DL3001@2", "FromAsCasing@3"], codes);
    }

    [Fact]
    public void Disable_ignore_pragma_also_ignores_check_skips()
    {
        var codes = FakeLint.Codes(Lines("# check=skip=FromAsCasing", "FROM ubuntu", "WORKDIR app"), new LintOptions { DisableIgnorePragma = true });
        Assert.Contains("FromAsCasing@3", codes);
    }

    [Fact]
    public void A_check_comment_above_an_instruction_skips_that_instruction_only()
    {
        // spec §4.2 item 7: the ENV preceded by the comment is not reported, the next one is.
        var codes = FakeLint.Codes(Lines(
            "FROM ubuntu",
            "# check=skip=SecretsUsedInArgOrEnv // allow secret in environment",
            "ENV password=bar",
            "ENV secret=baz"));
        Assert.Equal(["DL3001@1", "DL3064@4"], codes);
    }

    [Fact]
    public void A_check_comment_accepts_the_DL_code_of_an_aliased_rule()
    {
        Assert.Equal(["DL3001@1"], FakeLint.Codes(Lines("FROM ubuntu", "# check=skip=DL3025", "CMD echo")));
    }

    [Fact]
    public void A_check_comment_does_not_silence_DL_rules_without_a_BuildKit_name()
    {
        Assert.Equal(["DL3001@1", "DL3002@3"], FakeLint.Codes(Lines("FROM ubuntu", "# check=skip=DL3002", "USER root")));
    }

    [Fact]
    public void A_check_comment_cannot_silence_whole_file_checks()
    {
        // spec §6 item 8: ConsistentInstructionCasing runs on the whole file; only the directive can skip it.
        Assert.Equal(["DL3001@1", "ConsistentInstructionCasing@3"],
            FakeLint.Codes(Lines("FROM ubuntu", "# check=skip=ConsistentInstructionCasing", "copy a b")));
        Assert.Equal(["DL3001@2"],
            FakeLint.Codes(Lines("# check=skip=ConsistentInstructionCasing", "FROM ubuntu", "copy a b")));
    }

    [Fact]
    public void A_check_comment_later_in_the_comment_block_still_applies_and_the_first_one_wins()
    {
        Assert.Equal(["DL3001@1"], FakeLint.Codes(Lines("FROM ubuntu", "# check=skip=FromAsCasing", "# why: legacy layout", "WORKDIR app")));
        Assert.Equal(["DL3001@1", "FromAsCasing@4"],
            FakeLint.Codes(Lines("FROM ubuntu", "# check=skip=LegacyKeyValueFormat", "# check=skip=FromAsCasing", "WORKDIR app")));
    }

    [Fact]
    public void A_check_comment_with_an_unparsable_value_or_error_flag_is_ignored_without_DL1000()
    {
        Assert.Equal(["DL3001@1", "FromAsCasing@3"], FakeLint.Codes(Lines("FROM ubuntu", "# check=skip=FromAsCasing; error=true", "WORKDIR app")));
        Assert.Equal(["DL3001@1"], FakeLint.Codes(Lines("FROM ubuntu", "# check=error=true;skip=FromAsCasing", "WORKDIR app")));
    }

    [Fact]
    public void A_check_comment_after_a_blank_first_line_is_a_per_instruction_comment()
    {
        Assert.Equal(["DL3001@3", "FromAsCasing@4"], FakeLint.Codes(Lines("", "# check=skip=FromAsCasing", "FROM ubuntu", "WORKDIR app")));
    }

    [Fact]
    public void Experimental_checks_do_not_run_by_default()
    {
        Assert.Equal(["DL3001@1"], FakeLint.Codes(Lines("FROM ubuntu", "ARG version")));
    }

    [Theory]
    [InlineData("# check=experimental=InvalidDefinitionDescription")]
    [InlineData("# check=experimental=all")]
    [InlineData("# check=skip=all;experimental=InvalidDefinitionDescription")]
    public void Experimental_checks_run_when_the_directive_enables_them(string directive)
    {
        Assert.Contains("InvalidDefinitionDescription@3", FakeLint.Codes(Lines(directive, "FROM ubuntu", "ARG version")));
    }

    [Fact]
    public void Experimental_checks_run_when_the_options_enable_them()
    {
        var options = new LintOptions { ExperimentalRules = new HashSet<string> { "InvalidDefinitionDescription" } };
        Assert.Contains("InvalidDefinitionDescription@2", FakeLint.Codes(Lines("FROM ubuntu", "ARG version"), options));
        Assert.Contains("InvalidDefinitionDescription@2",
            FakeLint.Codes(Lines("FROM ubuntu", "ARG version"), new LintOptions { ExperimentalRules = new HashSet<string> { "all" } }));
    }

    [Fact]
    public void A_check_comment_enables_an_experimental_check_for_its_instruction_only()
    {
        var codes = FakeLint.Codes(Lines("FROM ubuntu", "# check=experimental=InvalidDefinitionDescription", "ARG one", "ARG two"));
        Assert.Equal(["DL3001@1", "InvalidDefinitionDescription@3"], codes);
    }

    [Fact]
    public void Config_ignores_and_overrides_accept_either_name()
    {
        var options = new LintOptions
        {
            Ignored = new HashSet<string> { "SecretsUsedInArgOrEnv" },
            Overrides = new Dictionary<string, Severity> { ["JSONArgsRecommended"] = Severity.Error },
        };
        var findings = FakeLint.Run(Lines("FROM ubuntu", "ENV a=b", "CMD echo"), options);
        Assert.Equal(["DL3001", "DL3025"], findings.Select(f => f.Code));
        Assert.Equal(Severity.Error, findings[1].Severity);
        Assert.Equal("JSONArgsRecommended", findings[1].Alias);
    }

    [Fact]
    public void Overriding_an_ignore_default_rule_enables_it()
    {
        var linter = new Linter([new FakeRule("DL3057", Syntax.InstructionKind.From, severity: Severity.Ignore)]);
        Assert.Empty(linter.Lint("FROM ubuntu\n").Findings);
        var options = new LintOptions { Overrides = new Dictionary<string, Severity> { ["DL3057"] = Severity.Info } };
        Assert.Equal(Severity.Info, Assert.Single(linter.Lint("FROM ubuntu\n", options).Findings).Severity);
    }
}
