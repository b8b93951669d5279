using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3002Tests
{
    [Theory]
    [InlineData("FROM debian:bookworm\nUSER root", 2)]
    [InlineData("FROM debian:bookworm\nUSER 0", 2)]
    [InlineData("FROM debian:bookworm\nUSER root:root", 2)]
    [InlineData("FROM debian:bookworm\nUSER 0:0", 2)]
    [InlineData("FROM debian:bookworm\nUSER app\nUSER root", 3)]
    [InlineData("FROM debian:bookworm AS a\nUSER root\nFROM debian:bookworm\nUSER foo", 2)]
    [InlineData("FROM debian:bookworm\nUSER foo\nFROM debian:bookworm\nUSER root\nRUN true", 4)]
    [InlineData("# hadolint ignore=DL3001,DL3002\nFROM ubuntu:24.04\nUSER root", 3)]
    [InlineData("FROM ubuntu:24.04\n# hadolint ignore=crazy,DL3002\nUSER root", 3)]
    public void Fires_on_the_last_root_user_of_a_stage(string dockerfile, int line) => Assert.Equal([line], Lint.Fires("DL3002", dockerfile));

    [Theory]
    [InlineData("FROM debian:bookworm")]
    [InlineData("FROM debian:bookworm\nUSER root\nUSER app")]
    [InlineData("FROM debian:bookworm\nUSER app")]
    [InlineData("FROM debian:bookworm\nUSER 1000:0")]
    [InlineData("FROM debian:bookworm\nUSER rooty")]
    [InlineData("FROM debian:bookworm\nONBUILD USER root")]
    public void Passes_when_each_stage_ends_as_non_root(string dockerfile) => Lint.Passes("DL3002", dockerfile);

    [Fact]
    public void Reports_each_stage_that_ends_as_root() =>
        Assert.Equal([2, 4], Lint.Fires("DL3002", "FROM a:1 AS a\nUSER root\nFROM b:1\nUSER 0"));
}
