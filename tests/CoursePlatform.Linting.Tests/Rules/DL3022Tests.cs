using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3022Tests
{
    [Theory]
    [InlineData("COPY --from=0 bar .")]
    [InlineData("FROM node:20\nCOPY --from=foo bar .")]
    [InlineData("FROM node:20\nCOPY --from=alpine bar .")]
    [InlineData("FROM node:20\nCOPY --from=1 bar .")]
    [InlineData("FROM node:20\nCOPY --from=build bar .\nFROM node:20 AS build")]
    [InlineData("FROM node:20 AS build\nFROM node:20\nCOPY --from=Build bar .")]
    [InlineData("FROM node:20 AS build\nFROM node:20\nCOPY --from=-1 bar .")]
    [InlineData("FROM node:20 AS a\nCOPY --from=b bar .\nFROM node:20 AS b")]
    public void Fires_on_unknown_stages(string dockerfile) => Lint.Fires("DL3022", dockerfile);

    [Theory]
    [InlineData("FROM scratch\nRUN foo\nFROM node:20\nCOPY --from=0 foo .")]
    [InlineData("FROM node:20\nCOPY --from=0 foo .")]
    [InlineData("FROM node:20\nCOPY --from=haskell:latest bar .")]
    [InlineData("FROM node:20 AS build\nFROM node:20\nCOPY --from=build bar .")]
    [InlineData("FROM node:20 AS build\nCOPY --from=build bar .")]
    [InlineData("FROM node:20\nCOPY bar .")]
    [InlineData("FROM node:20\nONBUILD COPY --from=foo bar .")]
    public void Passes_on_earlier_stages_indexes_and_tagged_images(string dockerfile) => Lint.Passes("DL3022", dockerfile);

    [Fact]
    public void Underlines_the_from_flag()
    {
        var finding = Assert.Single(Lint.Of("DL3022", "FROM node:20\nCOPY --from=foo bar ."));
        Assert.Equal((2, 6, 2, 16), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
    }
}
