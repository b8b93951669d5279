using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3063Tests
{
    [Theory]
    [InlineData("FROM alpine:3.20 AS scratch")]
    [InlineData("FROM alpine:3.20 AS context")]
    [InlineData("FROM alpine:3.20 as scratch")]
    public void Fires_on_reserved_stage_names(string dockerfile) => Lint.Fires("DL3063", dockerfile);

    [Theory]
    [InlineData("FROM scratch")]
    [InlineData("FROM scratch AS a")]
    [InlineData("FROM alpine:3.20 AS scratchy")]
    [InlineData("FROM alpine:3.20 AS build-context")]
    public void Passes_on_other_names_and_on_scratch_as_image(string dockerfile) => Lint.Passes("DL3063", dockerfile);

    [Fact]
    public void Lower_cases_the_name_first_as_buildkit_does()
    {
        // hadolint compares exactly and would not report these; BuildKit's ReservedStageName lower-cases first.
        Lint.Fires("DL3063", "FROM alpine:3.20 AS Scratch");
        Lint.Fires("ReservedStageName", "FROM alpine:3.20 AS CONTEXT");
    }

    [Fact]
    public void Underlines_the_stage_name()
    {
        var finding = Assert.Single(Lint.Of("DL3063", "FROM alpine:3.20 AS context"));
        Assert.Equal((1, 21, 1, 28), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
    }
}
