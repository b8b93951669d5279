using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3000Tests
{
    [Theory]
    [InlineData("FROM alpine:3.20\nWORKDIR app")]
    [InlineData("FROM alpine:3.20\nWORKDIR ./app")]
    [InlineData("FROM alpine:3.20\nWORKDIR 'relative/dir'")]
    [InlineData("FROM alpine:3.20\nWORKDIR \"relative/dir\"")]
    [InlineData("FROM alpine:3.20\nWORKDIR a")]
    [InlineData("FROM alpine:3.20\nWORKDIR ../x")]
    public void Fires_on_relative_paths(string dockerfile) => Lint.Fires("DL3000", dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20\nWORKDIR /app")]
    [InlineData("FROM alpine:3.20\nWORKDIR \"/app\"")]
    [InlineData("FROM alpine:3.20\nWORKDIR ${dir}")]
    [InlineData("FROM alpine:3.20\nWORKDIR $HOME/app")]
    [InlineData("FROM alpine:3.20\nWORKDIR \"$X/y\"")]
    [InlineData("FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nWORKDIR C:\\app")]
    [InlineData("FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nWORKDIR 'C:\\'")]
    [InlineData("FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nWORKDIR c:/app")]
    [InlineData("FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nWORKDIR c:")]
    [InlineData("FROM alpine:3.20\nONBUILD WORKDIR app")]
    public void Passes_on_absolute_windows_and_variable_paths(string dockerfile) => Lint.Passes("DL3000", dockerfile);

    [Fact]
    public void Reports_every_relative_workdir_unlike_buildkit()
    {
        // BuildKit's WorkdirRelativePath only checks the first WORKDIR of a stage chain; this rule follows hadolint.
        Assert.Equal([3], Lint.Fires("DL3000", "FROM alpine:3.20\nWORKDIR /app\nWORKDIR sub"));
        Assert.Equal([2], Lint.Fires("WorkdirRelativePath", "FROM alpine:3.20 AS a\nWORKDIR rel\nFROM a\nWORKDIR /abs"));
    }
}
