using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3065Tests
{
    [Theory]
    [InlineData("FROM --platform=$TARGETPLATFORM alpine:3.20")]
    [InlineData("FROM --platform=${TARGETPLATFORM} alpine:3.20 AS a")]
    public void Fires_on_target_platform(string dockerfile) => Lint.Fires("DL3065", dockerfile);

    [Theory]
    [InlineData("FROM --platform=\"$TARGETPLATFORM\" alpine:3.20")]
    [InlineData("FROM --platform=${TARGETPLATFORM:-linux/amd64} alpine:3.20")]
    [InlineData("FROM --platform=${TARGETPLATFORM-linux/amd64} alpine:3.20")]
    public void Fires_where_buildkit_evaluates_to_the_target_platform(string dockerfile) =>
        // hadolint only matches the two literal spellings; BuildKit's RedundantTargetPlatform evaluates the value.
        Lint.Fires("RedundantTargetPlatform", dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20")]
    [InlineData("FROM --platform=$FOO alpine:3.20")]
    [InlineData("FROM --platform=linux/arm64 alpine:3.20")]
    [InlineData("FROM --platform=$BUILDPLATFORM alpine:3.20")]
    [InlineData("FROM --platform=$TARGETOS/$TARGETARCH alpine:3.20")]
    [InlineData("FROM --platform=${TARGETPLATFORM:+linux/amd64} alpine:3.20")]
    [InlineData("FROM --platform=${TARGETPLATFORM:-$BUILDPLATFORM} alpine:3.20")]
    [InlineData("FROM --platform=$TARGETPLATFORMX alpine:3.20")]
    [InlineData("FROM alpine:3.20\nONBUILD FROM --platform=$TARGETPLATFORM alpine:3.20")]
    public void Passes_on_other_platforms(string dockerfile) => Lint.Passes("DL3065", dockerfile);

    [Fact]
    public void Underlines_the_platform_flag()
    {
        var finding = Assert.Single(Lint.Of("DL3065", "FROM --platform=$TARGETPLATFORM alpine:3.20"));
        Assert.Equal((1, 6, 1, 32), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
    }
}
