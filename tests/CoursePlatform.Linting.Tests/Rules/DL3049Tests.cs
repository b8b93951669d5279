using CoursePlatform.Linting.Configuration;
using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3049Tests
{
    private static readonly LintOptions Schema = new()
    {
        LabelSchema = new Dictionary<string, LabelType> { ["maintainer"] = LabelType.Text },
    };

    [Theory]
    [InlineData("FROM alpine:3.20", new[] { 1 })]
    [InlineData("FROM alpine:3.20\nLABEL other=x", new[] { 1 })]
    [InlineData("FROM alpine:3.20\nLABEL Maintainer=x", new[] { 1 })]
    [InlineData("FROM alpine:3.20 AS a\nLABEL maintainer=x\nFROM alpine:3.20", new[] { 3 })]
    [InlineData("FROM alpine:3.20 AS a\nRUN true\nFROM alpine:3.20 AS b\nLABEL maintainer=x\nFROM a", new[] { 1, 5 })]
    [InlineData("FROM alpine:3.20\nONBUILD LABEL maintainer=x", new[] { 1 })]
    [InlineData("LABEL maintainer=x\nFROM alpine:3.20", new[] { 2 })]
    public void Fires_on_each_stage_missing_a_required_label(string dockerfile, int[] lines) =>
        Assert.Equal(lines, Lint.Fires("DL3049", dockerfile, Schema));

    [Theory]
    [InlineData("FROM alpine:3.20\nLABEL maintainer=x")]
    [InlineData("FROM alpine:3.20\nLABEL a=b maintainer=\"Jane\"")]
    [InlineData("FROM alpine:3.20 AS base\nLABEL maintainer=x\nFROM base")]
    [InlineData("FROM alpine:3.20 AS base\nLABEL maintainer=x\nFROM base AS mid\nFROM mid")]
    [InlineData("FROM golang:1.22 AS build\nRUN go build\nFROM alpine:3.20\nLABEL maintainer=x\nCOPY --from=build /out /out")]
    [InlineData("FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=build /out /out\nLABEL maintainer=x")]
    [InlineData("FROM alpine:3.20 AS a\nFROM a\nLABEL maintainer=x")]
    public void Passes_when_every_shipped_stage_has_the_label(string dockerfile) => Lint.Passes("DL3049", dockerfile, Schema);

    [Fact]
    public void Is_inactive_without_a_schema() => Lint.Passes("DL3049", "FROM alpine:3.20");

    [Fact]
    public void Names_the_label_and_underlines_the_image()
    {
        var finding = Assert.Single(Lint.Of("DL3049", "FROM alpine:3.20 AS x", Schema));
        Assert.Equal("Label `maintainer` is missing.", finding.Message);
        Assert.Equal((1, 6, 1, 17), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
    }

    [Fact]
    public void Reports_each_missing_label()
    {
        var options = new LintOptions
        {
            LabelSchema = new Dictionary<string, LabelType> { ["a"] = LabelType.Text, ["b"] = LabelType.Url },
        };
        var messages = Lint.Of("DL3049", "FROM alpine:3.20\nLABEL c=1", options).Select(f => f.Message).Order();
        Assert.Equal(["Label `a` is missing.", "Label `b` is missing."], messages);
    }
}
