using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3021Tests
{
    [Theory]
    [InlineData("FROM node:20\nCOPY package.json package-lock.json /app")]
    [InlineData("FROM node:20\nCOPY a b c \"/app\"")]
    [InlineData("FROM node:20\nCOPY [\"a\", \"b\", \"/app\"]")]
    [InlineData("FROM node:20\nCOPY --from=build a b /app")]
    public void Fires_when_several_sources_go_to_a_path_without_slash(string dockerfile) => Lint.Fires("DL3021", dockerfile);

    [Theory]
    [InlineData("FROM node:20\nCOPY package.json package-lock.json /app/")]
    [InlineData("FROM node:20\nCOPY a b \"/app/\"")]
    [InlineData("FROM node:20\nCOPY [\"a\", \"b\", \"/app/\"]")]
    [InlineData("FROM node:20\nCOPY a b")]
    [InlineData("FROM node:20\nCOPY a /app")]
    [InlineData("FROM node:20\nADD a.tgz b.tgz /app")]
    [InlineData("FROM node:20\nONBUILD COPY a b /app")]
    public void Passes_with_one_source_a_trailing_slash_or_add(string dockerfile) => Lint.Passes("DL3021", dockerfile);

    [Fact]
    public void Underlines_the_destination()
    {
        var finding = Assert.Single(Lint.Of("DL3021", "FROM node:20\nCOPY a b /app"));
        Assert.Equal((2, 10, 2, 14), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
    }
}
