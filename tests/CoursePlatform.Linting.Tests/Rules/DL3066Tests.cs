using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3066Tests
{
    [Theory]
    [InlineData("FROM node:20\nUSER node")]
    [InlineData("FROM node:20\nUSER root")]
    [InlineData("FROM node:20\nUSER app:1000")]
    [InlineData("FROM node:20\nUSER $APP_USER")]
    [InlineData("FROM node:20\nUSER ${APP_USER}\nARG APP_USER=1000")]
    [InlineData("FROM node:20\nUSER 10a")]
    [InlineData("FROM node:20\nARG UID=1000\nUSER {UID}")]
    [InlineData("FROM node:20\nARG UID=1000\nUSER $U")]
    public void Fires_on_non_numeric_users(string dockerfile) => Lint.Fires("DL3066", dockerfile);

    [Theory]
    [InlineData("FROM node:20\nUSER 1000")]
    [InlineData("FROM node:20\nUSER 1000:1000")]
    [InlineData("FROM node:20\nUSER 1234:abc")]
    [InlineData("FROM node:20\nARG UID=1000\nUSER ${UID}")]
    [InlineData("FROM node:20\nARG UID=1000\nUSER $UID:$UID")]
    [InlineData("ARG UID=1000\nFROM node:20\nUSER $UID")]
    [InlineData("FROM node:20 AS a\nARG UID=1000\nFROM node:20\nUSER ${UID}")]
    [InlineData("FROM node:20\nONBUILD USER node")]
    [InlineData("FROM node:20\nARG GID UID\nUSER app:${UID}")]
    [InlineData("FROM node:20\nARG U\nUSER $UID")]
    public void Passes_on_numeric_ids_and_earlier_args(string dockerfile) => Lint.Passes("DL3066", dockerfile);

    [Fact]
    public void Fires_alongside_DL3002_for_root()
    {
        const string dockerfile = "FROM node:20\nUSER root";
        Lint.Fires("DL3066", dockerfile);
        Lint.Fires("DL3002", dockerfile);
    }
}
