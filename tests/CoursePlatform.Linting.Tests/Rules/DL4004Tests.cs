using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL4004Tests
{
    [Theory]
    [InlineData("FROM node:20\nENTRYPOINT [\"a\"]\nENTRYPOINT [\"b\"]", new[] { 3 })]
    [InlineData("FROM node:20\nENTRYPOINT a\nRUN x\nENTRYPOINT b\nENTRYPOINT c", new[] { 4, 5 })]
    [InlineData("ENTRYPOINT a\nENTRYPOINT b\nFROM node:20", new[] { 2 })]
    public void Fires_on_later_entrypoints_of_a_stage(string dockerfile, int[] lines) => Assert.Equal(lines, Lint.Fires("DL4004", dockerfile));

    [Theory]
    [InlineData("FROM node:20\nENTRYPOINT [\"a\"]")]
    [InlineData("FROM node:20\nENTRYPOINT [\"a\"]\nFROM node:20\nENTRYPOINT [\"b\"]")]
    [InlineData("FROM node:20 AS a\nENTRYPOINT [\"a\"]\nFROM a\nENTRYPOINT [\"b\"]")]
    [InlineData("FROM node:20\nENTRYPOINT [\"a\"]\nCMD [\"b\"]")]
    [InlineData("FROM node:20\nENTRYPOINT [\"a\"]\nONBUILD ENTRYPOINT [\"b\"]")]
    public void Passes_with_one_entrypoint_per_stage(string dockerfile) => Lint.Passes("DL4004", dockerfile);
}
