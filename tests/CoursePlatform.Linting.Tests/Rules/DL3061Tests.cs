using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3061Tests
{
    [Theory]
    [InlineData("LABEL a=b\nFROM alpine:3.20", new[] { 1 })]
    [InlineData("RUN true\nENV A=1\nFROM alpine:3.20", new[] { 1, 2 })]
    [InlineData("ARG V=1\nWORKDIR /app\nFROM alpine:$V", new[] { 2 })]
    [InlineData("MAINTAINER me\nFROM alpine:3.20", new[] { 1 })]
    [InlineData("RUN true", new[] { 1 })]
    public void Fires_on_each_instruction_before_the_first_from(string dockerfile, int[] lines) =>
        Assert.Equal(lines, Lint.Fires("DL3061", dockerfile));

    [Theory]
    [InlineData("FROM alpine:3.20\nRUN true")]
    [InlineData("ARG V=1\nARG W\nFROM alpine:$V")]
    [InlineData("# syntax=docker/dockerfile:1\n# comment\nFROM alpine:3.20")]
    [InlineData("FROM alpine:3.20\nLABEL a=b\nFROM alpine:3.20\nRUN true")]
    public void Passes_when_only_args_and_comments_come_first(string dockerfile) => Lint.Passes("DL3061", dockerfile);
}
