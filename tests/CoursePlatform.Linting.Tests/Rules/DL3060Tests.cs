using CoursePlatform.Linting.Tests.Support;
using static CoursePlatform.Linting.Tests.Rules.PackageRuleTestSupport;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3060Tests
{
    [Theory]
    [InlineData("FROM node:20\nRUN yarn install")]
    [InlineData("FROM node:20\nRUN yarn cache clean && yarn install")]
    [InlineData("FROM node:20\nRUN --mount=type=cache,target=/root/.cache/npm yarn install")]
    [InlineData("FROM node:20 AS deps\nRUN yarn install\nFROM deps\nRUN echo done")]
    [InlineData("FROM node:20 AS deps\nONBUILD RUN yarn install\nFROM nginx:1.27")]
    [InlineData("RUN yarn install")]
    public void Fires_when_the_cache_stays_in_a_shipped_stage(string dockerfile) => Lint.Fires("DL3060", dockerfile);

    [Theory]
    [InlineData("FROM node:20\nRUN yarn install && yarn cache clean")]
    [InlineData("FROM node:20\nRUN yarn install && yarn cache dir")]
    [InlineData("FROM node:20\nRUN yarn install --frozen-lockfile; yarn clean")]
    [InlineData("FROM node:20\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install")]
    [InlineData("FROM node:20\nRUN --mount=type=tmpfs,target=/root/.cache/yarn yarn install")]
    [InlineData("FROM node:20 AS build\nRUN yarn install\nFROM nginx:1.27\nRUN echo done")]
    [InlineData("FROM node:20\nRUN yarn add react")]
    [InlineData("FROM node:20\nRUN yarn")]
    public void Passes_when_cleaned_cached_or_not_shipped(string dockerfile) => Lint.Passes("DL3060", dockerfile);

    [Fact]
    public void Underlines_the_install_command()
    {
        Assert.Equal(["yarn install"], Underlined("DL3060", "FROM node:20\nRUN yarn install && yarn build"));
    }
}
