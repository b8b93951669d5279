using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3024Tests
{
    [Theory]
    [InlineData("FROM node:20 AS build\nFROM node:20 AS build", 2)]
    [InlineData("FROM node:20 AS build\nFROM node:20 AS app\nFROM alpine:3 AS build", 3)]
    [InlineData("FROM node:20 AS a\nFROM node:20 AS b\nFROM node:20 AS c\nFROM node:20 AS B", 4)]
    public void Fires_on_a_repeated_stage_name(string dockerfile, int line) => Assert.Equal([line], Lint.Fires("DL3024", dockerfile));

    [Theory]
    [InlineData("FROM node:20 AS build\nFROM node:20 AS app")]
    [InlineData("FROM node:20\nFROM node:20")]
    [InlineData("FROM node:20 AS build\nFROM build")]
    public void Passes_on_unique_names_and_unnamed_stages(string dockerfile) => Lint.Passes("DL3024", dockerfile);

    [Fact]
    public void Compares_names_ignoring_case_as_buildkit_does()
    {
        // hadolint would not report this; BuildKit's DuplicateStageName does, and this rule carries both names.
        Assert.Equal([2], Lint.Fires("DL3024", "FROM node:20 AS Build\nFROM node:20 AS build"));
        Assert.Equal([2], Lint.Fires("DuplicateStageName", "FROM node:20 AS Build\nFROM node:20 AS build"));
    }

    [Fact]
    public void Underlines_the_stage_name()
    {
        var finding = Assert.Single(Lint.Of("DL3024", "FROM a:1 AS x\nFROM b:1 AS x"));
        Assert.Equal((2, 13, 2, 14), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
    }
}
