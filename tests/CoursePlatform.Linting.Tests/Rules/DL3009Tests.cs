using CoursePlatform.Linting.Tests.Support;
using static CoursePlatform.Linting.Tests.Rules.PackageRuleTestSupport;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3009Tests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get update && apt-get install -y python")]
    [InlineData("FROM debian:12\nRUN apt update && apt install -y python")]
    [InlineData("FROM debian:12\nRUN aptitude update")]
    [InlineData("FROM debian:12\nRUN apt-get update && rm -r /var/lib/apt/lists")]
    [InlineData("FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt apt-get update")]
    [InlineData("FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt apt-get update")]
    [InlineData("FROM debian:12\nRUN --mount=type=bind,target=/var/lib/apt/lists apt-get update")]
    [InlineData("FROM ubuntu as foo\nRUN apt-get update && apt-get install python\nFROM foo\nRUN echo hey!")]
    [InlineData("FROM ubuntu:24.04\nRUN apt-get update\nFROM ubuntu:24.04")]
    [InlineData("RUN apt-get update")]
    [InlineData("FROM foo\nFROM ubuntu:24.04 AS foo\nRUN apt-get update\nFROM alpine:3.20")]
    [InlineData("FROM ubuntu:24.04 AS a\nRUN true\nFROM ubuntu:24.04 AS b\nRUN apt-get update\nFROM b")]
    [InlineData("FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt rm -f /etc/apt/apt.conf.d/docker-clean && apt-get update && apt-get install python")]
    [InlineData("FROM debian:12\nRUN rm -f /etc/apt/apt.conf.d/docker-clean\nRUN --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install python")]
    [InlineData("FROM debian:12\nRUN echo 'Binary::apt::APT::Keep-Downloaded-Packages \"true\";' > /etc/apt/apt.conf.d/keep-cache && apt-get update")]
    public void Fires_when_the_lists_stay_in_a_shipped_stage(string dockerfile) => Lint.Fires("DL3009", dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get update && apt-get install -y python && rm -rf /var/lib/apt/lists/*")]
    [InlineData("FROM debian:12\nRUN apt-get update && apt-get install -y python && rm /var/lib/apt/lists/*")]
    [InlineData("FROM debian:12\nRUN apt-get update && rm -rf /tmp/build")]
    [InlineData("FROM debian:12\nRUN apt-get install -y python")]
    [InlineData("FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update")]
    [InlineData("FROM debian:12\nRUN --mount=type=tmpfs,target=/var/lib/apt/lists apt-get update")]
    [InlineData("FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt --mount=type=cache,target=/var/cache/apt apt-get update")]
    [InlineData("FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists,sharing=locked apt-get update")]
    [InlineData("FROM debian:12\nRUN rm -f /etc/apt/apt.conf.d/docker-clean")]
    [InlineData("FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt --mount=type=cache,target=/var/cache/apt rm -f /etc/apt/apt.conf.d/docker-clean && apt-get update && apt-get install python")]
    [InlineData("FROM debian:12\nRUN rm -f /etc/apt/apt.conf.d/docker-clean\nRUN --mount=type=cache,target=/var/cache/apt --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install foo")]
    [InlineData("FROM ubuntu as foo\nRUN apt-get update && apt-get install python\nFROM scratch\nRUN echo hey!")]
    [InlineData("FROM debian:12 AS Build\nRUN apt-get update\nFROM build\nRUN echo hey!")]
    [InlineData("FROM ubuntu:24.04 AS a\nRUN apt-get update\nFROM ubuntu:24.04 AS b\nRUN apt-get update\nFROM alpine:3.20")]
    public void Passes_when_cleaned_cached_or_not_shipped(string dockerfile) => Lint.Passes("DL3009", dockerfile);

    [Fact]
    public void Fires_for_an_onbuild_trigger_even_in_a_stage_that_is_never_reused()
    {
        Assert.Equal([2], Lint.Fires("DL3009", "FROM ubuntu as foo\nONBUILD RUN apt-get update && apt-get install python\nFROM scratch\nRUN echo hey!"));
    }

    [Fact]
    public void Underlines_the_update_command()
    {
        Assert.Equal(["apt-get update"], Underlined("DL3009", "FROM debian:12\nRUN apt-get update && apt-get install -y python"));
    }
}
