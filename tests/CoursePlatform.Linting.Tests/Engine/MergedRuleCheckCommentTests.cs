using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Engine;

/// <summary>
/// Per-instruction <c># check=skip=</c> comments reach only the checks BuildKit evaluates per instruction,
/// including the DL rules merged with them; whole-file checks ignore them (spec §6.8).
/// </summary>
public class MergedRuleCheckCommentTests
{
    [Fact]
    public void A_check_comment_silences_a_merged_per_instruction_rule()
        => Lint.Passes("DL3064", "FROM alpine:3.20\n# check=skip=SecretsUsedInArgOrEnv\nENV DB_PASSWORD=x\n");

    [Fact]
    public void A_check_comment_does_not_silence_duplicate_stage_names()
        => Lint.Fires("DL3024", "FROM alpine:3.20 AS build\n# check=skip=DuplicateStageName\nFROM alpine:3.20 AS build\n");

    [Fact]
    public void A_check_comment_does_not_silence_reserved_stage_names()
        => Lint.Fires("DL3063", "# hello\n# check=skip=ReservedStageName\nFROM alpine:3.20 AS scratch\n");

    [Fact]
    public void The_file_directive_silences_duplicate_stage_names()
        => Lint.Passes("DL3024", "# check=skip=DuplicateStageName\nFROM alpine:3.20 AS build\nFROM alpine:3.20 AS build\n");
}
