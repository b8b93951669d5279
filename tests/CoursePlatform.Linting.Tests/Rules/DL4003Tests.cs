using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL4003Tests
{
    [Theory]
    [InlineData("FROM node:20\nCMD [\"a\"]\nCMD [\"b\"]", new[] { 3 })]
    [InlineData("FROM node:20\nCMD a\nRUN x\nCMD b\nCMD c", new[] { 4, 5 })]
    [InlineData("CMD a\nCMD b\nFROM node:20", new[] { 2 })]
    public void Fires_on_later_cmds_of_a_stage(string dockerfile, int[] lines) => Assert.Equal(lines, Lint.Fires("DL4003", dockerfile));

    [Theory]
    [InlineData("FROM node:20\nCMD [\"a\"]")]
    [InlineData("FROM node:20\nCMD [\"a\"]\nFROM node:20\nCMD [\"b\"]")]
    [InlineData("FROM node:20 AS a\nCMD [\"a\"]\nFROM a\nCMD [\"b\"]")]
    [InlineData("FROM node:20\nCMD [\"a\"]\nENTRYPOINT [\"b\"]\nHEALTHCHECK CMD [\"c\"]")]
    [InlineData("FROM node:20\nCMD [\"a\"]\nONBUILD CMD [\"b\"]")]
    public void Passes_with_one_cmd_per_stage(string dockerfile) => Lint.Passes("DL4003", dockerfile);
}
