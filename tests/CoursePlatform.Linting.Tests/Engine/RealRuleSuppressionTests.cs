using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Engine;

/// <summary>The spec's suppression cases against the real rules of the catalogue.</summary>
public class RealRuleSuppressionTests
{
    [Fact]
    public void A_pragma_above_FROM_does_not_cover_a_later_USER_root()
    {
        // spec §4.1 item 9.
        Assert.Equal([3], Lint.Fires("DL3002", "# hadolint ignore=DL3001,DL3002\nFROM ubuntu:24.04\nUSER root\n"));
        Lint.Fires("DL3002", "FROM ubuntu:24.04\n# hadolint ignore=crazy,DL3002\nUSER root\n");
        Lint.Passes("DL3002", "FROM ubuntu:24.04\n# hadolint ignore=DL3002 # reason\nUSER root\n");
    }

    [Fact]
    public void Skip_all_in_the_check_directive_silences_every_BuildKit_warning()
    {
        // spec §4.2 item 13.
        const string body = "FROM scratch as base\ncopy Dockerfile .\n";
        Lint.Fires("FromAsCasing", body);
        Lint.Fires("ConsistentInstructionCasing", body);
        var findings = Lint.Run("#check=skip=all;error=true\n" + body);
        Assert.DoesNotContain(findings, f => f.Code is "FromAsCasing" or "ConsistentInstructionCasing" or "DL1000");
    }

    [Fact]
    public void A_check_comment_above_ENV_silences_SecretsUsedInArgOrEnv_there_only()
    {
        // spec §4.2 item 7.
        var lines = Lint.Fires("SecretsUsedInArgOrEnv",
            "FROM alpine:3.20\n# check=skip=SecretsUsedInArgOrEnv // allow secret in environment\nENV password=bar\nENV secret=baz\n");
        Assert.Equal([4], lines);
    }

    [Fact]
    public void A_space_after_the_semicolon_makes_the_directive_a_DL1000_error()
    {
        // spec §6 item 7.
        var findings = Lint.Run("# check=skip=FromAsCasing; error=true\nFROM scratch as base\n");
        Assert.Contains(findings, f => f.Code == "DL1000" && f.Line == 1);
        Assert.Contains(findings, f => f.Code == "FromAsCasing");
    }
}
