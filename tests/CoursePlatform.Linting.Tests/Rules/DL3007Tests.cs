using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3007Tests
{
    [Theory]
    [InlineData("FROM debian:latest")]
    [InlineData("FROM debian:latest AS builder")]
    [InlineData("FROM --platform=$BUILDPLATFORM registry.example.com/team/app:latest")]
    public void Fires_on_the_latest_tag(string dockerfile) => Lint.Fires("DL3007", dockerfile);

    [Theory]
    [InlineData("FROM debian:bookworm")]
    [InlineData("FROM debian:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    [InlineData("FROM debian")]
    [InlineData("FROM debian:Latest")]
    public void Passes_on_other_tags_and_digests(string dockerfile) => Lint.Passes("DL3007", dockerfile);

    [Fact]
    public void Underlines_the_image_word()
    {
        var finding = Assert.Single(Lint.Of("DL3007", "FROM alpine:latest AS base"));
        Assert.Equal((1, 6, 1, 19), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
    }
}
