using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3045Tests
{
    [Theory]
    [InlineData("FROM node:20\nCOPY . .")]
    [InlineData("FROM node:20\nCOPY package.json app/")]
    [InlineData("FROM node:20\nCOPY a \"app/\"")]
    [InlineData("FROM node:20 AS a\nWORKDIR /app\nFROM node:20\nCOPY . .")]
    [InlineData("FROM node:20\nWORKDIR /app\nFROM node:20\nCOPY . .")]
    [InlineData("FROM node:20 AS a\nWORKDIR /app\nFROM A\nCOPY . .")]
    [InlineData("WORKDIR /app\nFROM node:20\nCOPY . .")]
    [InlineData("FROM node:20\nCOPY --from=build /out .")]
    [InlineData("FROM node:20 AS a\nWORKDIR /app\nFROM node:20 AS a\nFROM a\nCOPY . .")]
    [InlineData("FROM node:20 AS a\nFROM a\nWORKDIR /app\nFROM a\nCOPY . .")]
    public void Fires_on_relative_destinations_without_workdir(string dockerfile) => Lint.Fires("DL3045", dockerfile);

    [Theory]
    [InlineData("FROM node:20\nWORKDIR /app\nCOPY . .")]
    [InlineData("FROM node:20\nWORKDIR app\nCOPY . .")]
    [InlineData("FROM node:20\nCOPY . /app")]
    [InlineData("FROM node:20\nCOPY . \"/app\"")]
    [InlineData("FROM node:20\nCOPY . c:\\app")]
    [InlineData("FROM node:20\nCOPY . c:/app")]
    [InlineData("FROM node:20\nCOPY . $APP_HOME")]
    [InlineData("FROM node:20 AS a\nWORKDIR /app\nFROM a\nCOPY . .")]
    [InlineData("FROM node:20 AS a\nWORKDIR /app\nFROM a AS b\nFROM b\nCOPY . .")]
    [InlineData("FROM node:20\nADD . .")]
    [InlineData("FROM node:20\nONBUILD COPY foo bar")]
    [InlineData("WORKDIR /app\nCOPY . .")]
    [InlineData("FROM node:20 AS a\nWORKDIR /app\nFROM node:20 AS b\nFROM a\nCOPY . .")]
    [InlineData("FROM node:20 AS a\nFROM node:20 AS a\nWORKDIR /app\nFROM a\nCOPY . .")]
    public void Passes_with_workdir_absolute_or_variable_destinations(string dockerfile) => Lint.Passes("DL3045", dockerfile);

    [Fact]
    public void Underlines_the_destination()
    {
        var finding = Assert.Single(Lint.Of("DL3045", "FROM node:20\nCOPY src app/"));
        Assert.Equal((2, 10, 2, 14), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
    }
}
