using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.BuildKit;

public class StageNameCasingTests
{
    [Theory]
    [InlineData("FROM scratch AS BadStageName")]
    [InlineData("FROM alpine AS Build")]
    [InlineData("FROM alpine as BUILD")]
    [InlineData("FROM --platform=$BUILDPLATFORM golang AS Builder")]
    public void Fires_on_stage_names_with_upper_case(string dockerfile) => Lint.Fires("StageNameCasing", dockerfile);

    [Theory]
    [InlineData("FROM scratch AS base")]
    [InlineData("FROM scratch")]
    [InlineData("FROM Alpine")]
    [InlineData("FROM alpine AS build-1.x_y")]
    public void Passes_on_lower_case_or_missing_stage_names(string dockerfile) => Lint.Passes("StageNameCasing", dockerfile);

    [Fact]
    public void Underlines_the_stage_name_with_the_builder_message()
    {
        var reported = Assert.Single(BuildKitCheck.Report("StageNameCasing", "FROM scratch AS BadStageName\nMAINTAINER me@example.org\nBADCMD\n"));
        Assert.Equal(new Reported("BadStageName", "Stage name 'BadStageName' should be lowercase", 1), reported);
    }
}

public class FromAsCasingTests
{
    [Theory]
    [InlineData("FROM scratch as base")]
    [InlineData("from scratch AS base")]
    [InlineData("FROM scratch As base")]
    [InlineData("from scratch aS base")]
    public void Fires_when_as_does_not_match_from(string dockerfile) => Lint.Fires("FromAsCasing", dockerfile);

    [Theory]
    [InlineData("FROM scratch AS base")]
    [InlineData("from scratch as base")]
    [InlineData("From scratch as base")]
    [InlineData("frOM scratch AS base")]
    [InlineData("FROM scratch")]
    public void Passes_on_matching_or_mixed_case_from(string dockerfile) => Lint.Passes("FromAsCasing", dockerfile);

    [Fact]
    public void Names_the_as_word_first_and_underlines_it()
    {
        var reported = Assert.Single(BuildKitCheck.Report("FromAsCasing", "from scratch AS base"));
        Assert.Equal(new Reported("AS", "'AS' and 'from' keywords' casing do not match", 1), reported);
    }
}

public class ConsistentInstructionCasingTests
{
    [Theory]
    [InlineData("from scratch\nCOPY Dockerfile /foo\nCOPY Dockerfile /bar\nCOPY Dockerfile /baz", 1)]
    [InlineData("From scratch as base\nFROM scratch AS base2", 1)]
    [InlineData("frOM scratch as base\nfrom scratch as base2", 1)]
    [InlineData("FROM alpine\nrun echo hi\nCOPY a b", 2)]
    [InlineData("FROM alpine\nRun echo hi", 2)]
    [InlineData("from alpine\nrun a\nCOPY a b", 3)]
    public void Fires_on_keywords_off_the_majority(string dockerfile, int line)
        => Assert.Contains(line, Lint.Fires("ConsistentInstructionCasing", dockerfile));

    [Theory]
    [InlineData("FROM alpine\nRUN echo\nCOPY a b")]
    [InlineData("from alpine\nrun echo\ncopy a b")]
    [InlineData("arg VERSION=1\nFROM alpine:$VERSION\nRUN echo")]
    [InlineData("FROM alpine\nONBUILD run echo")]
    [InlineData("arg A\narg B\nFROM alpine\nRUN echo")]
    [InlineData("FROM alpine\nCOPY <<EOF /x\nrun this is text\nEOF")]
    public void Passes_on_consistent_keywords(string dockerfile) => Lint.Passes("ConsistentInstructionCasing", dockerfile);

    [Fact]
    public void Breaks_a_tie_towards_upper_case()
    {
        var reported = Assert.Single(BuildKitCheck.Report("ConsistentInstructionCasing", "from alpine\nRUN echo"));
        Assert.Equal(new Reported("from", "Command 'from' should match the case of the command majority (uppercase)", 1), reported);
    }

    [Fact]
    public void Reports_the_majority_as_lowercase_when_lower_wins()
    {
        var reported = Assert.Single(BuildKitCheck.Report("ConsistentInstructionCasing", "frOM scratch as base\nfrom scratch as base2"));
        Assert.Equal(new Reported("frOM", "Command 'frOM' should match the case of the command majority (lowercase)", 1), reported);
    }

    [Fact]
    public void Reports_every_off_case_keyword()
        => Assert.Equal([2, 3], Lint.Fires("ConsistentInstructionCasing", "FROM alpine\nrun a\nCopy a b\nRUN b\nENV x=1"));
}
