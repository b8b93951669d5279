using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3029Tests
{
    [Theory]
    [InlineData("FROM --platform=linux/amd64 debian:bookworm")]
    [InlineData("FROM --platform=$TARGETOS/$TARGETARCH debian:bookworm")]
    [InlineData("FROM --platform=${FOO} debian:bookworm AS x")]
    public void Fires_on_platforms_without_build_or_target_platform(string dockerfile) => Lint.Fires("DL3029", dockerfile);

    [Theory]
    [InlineData("FROM debian:bookworm")]
    [InlineData("FROM --platform=$BUILDPLATFORM golang:1.22 AS build")]
    [InlineData("FROM --platform=${BUILDPLATFORM} golang:1.22")]
    [InlineData("FROM --platform=\"${BUILDPLATFORM:-}\" golang:1.22")]
    [InlineData("FROM --platform=$TARGETPLATFORM golang:1.22")]
    [InlineData("FROM debian:bookworm\nONBUILD FROM --platform=linux/amd64 debian:bookworm")]
    public void Passes_on_build_and_target_platform(string dockerfile) => Lint.Passes("DL3029", dockerfile);

    [Fact]
    public void Underlines_the_platform_flag()
    {
        var finding = Assert.Single(Lint.Of("DL3029", "FROM --platform=linux/arm64 alpine:3.20"));
        Assert.Equal((1, 6, 1, 28), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
    }
}
