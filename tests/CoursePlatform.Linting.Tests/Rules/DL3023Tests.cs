using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3023Tests
{
    [Theory]
    [InlineData("FROM node:20 AS build\nCOPY --from=build /a /b")]
    [InlineData("FROM node:20 AS base\nFROM node:20 AS build\nRUN x\nCOPY --from=build /a /b")]
    public void Fires_when_copying_from_the_current_stage(string dockerfile) => Lint.Fires("DL3023", dockerfile);

    [Theory]
    [InlineData("FROM node:20 AS build\nFROM node:20 AS app\nCOPY --from=build /a /b")]
    [InlineData("FROM node:20 AS build\nCOPY --from=Build /a /b")]
    [InlineData("FROM node:20\nCOPY --from=node /a /b")]
    [InlineData("COPY --from=build /a /b\nFROM node:20 AS build")]
    [InlineData("FROM node:20 AS build\nONBUILD COPY --from=build /a /b")]
    public void Passes_for_other_stages_and_different_case(string dockerfile) => Lint.Passes("DL3023", dockerfile);
}
