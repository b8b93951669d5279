using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.BuildKit;

/// <summary>How the BuildKit checks meet the <c># check=</c> directive and per-instruction check comments.</summary>
public class CheckDirectiveTests
{
    [Theory]
    [InlineData("FromAsCasing")]
    [InlineData("ConsistentInstructionCasing")]
    public void Skip_all_silences_every_check(string code)
        => Lint.Passes(code, "#check=skip=all;error=true\nFROM scratch as base\ncopy Dockerfile .");

    [Fact]
    public void Skipping_one_check_leaves_the_others()
    {
        const string dockerfile = "#check=skip=ConsistentInstructionCasing;error=true\nFROM scratch as base\ncopy Dockerfile .";
        Lint.Passes("ConsistentInstructionCasing", dockerfile);
        Lint.Fires("FromAsCasing", dockerfile);
    }

    [Fact]
    public void The_experimental_check_runs_only_when_enabled()
    {
        Lint.Passes("InvalidDefinitionDescription", "# a non-descriptive comment\nFROM scratch AS base");
        Lint.Fires("InvalidDefinitionDescription", "# check=experimental=InvalidDefinitionDescription\n# a non-descriptive comment\nFROM scratch AS base");
    }

    [Fact]
    public void An_instruction_comment_silences_a_dispatch_check()
        => Lint.Passes("UndefinedVar", "FROM alpine\n# check=skip=UndefinedVar\nCOPY $foo .");

    [Theory]
    [InlineData("ConsistentInstructionCasing", "FROM alpine\nRUN a\nCOPY a b\n# check=skip=ConsistentInstructionCasing\nrun b")]
    [InlineData("NoEmptyContinuation", "FROM alpine\n# check=skip=NoEmptyContinuation\nRUN a \\\n\n  b")]
    [InlineData("InvalidDefaultArgInFrom", "ARG V\n# check=skip=InvalidDefaultArgInFrom\nFROM busybox:$V")]
    public void An_instruction_comment_cannot_silence_a_whole_file_check(string code, string dockerfile)
        => Lint.Fires(code, dockerfile);
}
