using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3059Tests
{
    [Theory]
    [InlineData("FROM debian\nRUN apt-get update\nRUN apt-get install -y curl")]
    [InlineData("FROM debian\nRUN /foo.sh\n# a comment\nRUN /bar.sh")]
    [InlineData("FROM debian\nRUN --mount=type=cache,target=/x a\nRUN --mount=type=cache,target=/x b")]
    [InlineData("FROM debian\nRUN --network=none --mount=type=cache,target=/x a\nRUN --mount=type=cache,target=/x --network=none b")]
    [InlineData("FROM debian\nRUN a > /log 2>&1\nRUN b")]
    [InlineData("FROM debian\nRUN --mount=type=cache,target=/x,id=c a\nRUN --mount=id=c,target=/x,type=cache b")]
    [InlineData("FROM debian\nRUN --mount=target=/src a\nRUN --mount=type=bind,target=/src b")]
    [InlineData("FROM debian\nRUN [\"/a.sh\"]\nRUN /b.sh")]
    [InlineData("FROM debian\nRUN (cd /x)\nRUN b")]
    [InlineData("FROM debian\nRUN A=1\nRUN b")]
    public void Fires_on_consecutive_single_command_runs_with_the_same_flags(string dockerfile) => Lint.Fires("DL3059", dockerfile);

    [Theory]
    [InlineData("FROM debian\nRUN a && b\nRUN c")]
    [InlineData("FROM debian\nRUN a\nRUN b | c")]
    [InlineData("FROM debian\nRUN a\nRUN b; c")]
    [InlineData("FROM debian\nRUN a\nRUN echo $(date)")]
    [InlineData("FROM debian\nRUN a\nRUN if true; then b; fi")]
    [InlineData("FROM debian\nRUN a\nENV X=1\nRUN b")]
    [InlineData("FROM debian\nRUN a\nFROM debian\nRUN b")]
    [InlineData("FROM debian\nRUN --mount=type=secret,id=foo /foo.sh\nRUN --mount=type=secret,id=bar /bar.sh")]
    [InlineData("FROM debian\nRUN a\nRUN --network=none b")]
    [InlineData("FROM debian\nRUN --mount=type=cache,target=/x a\nRUN --mount=type=cache,target=/y b")]
    [InlineData("FROM debian\nRUN a\nONBUILD RUN b")]
    [InlineData("FROM debian\nRUN a")]
    public void Passes_when_chained_separated_or_flagged_differently(string dockerfile) => Lint.Passes("DL3059", dockerfile);

    [Fact]
    public void A_chained_run_does_not_pair_but_the_next_two_singles_do()
        => Assert.Equal([4], Lint.Fires("DL3059", "FROM debian\nRUN foo && bar\nRUN foo\nRUN bar"));

    [Fact]
    public void Every_further_single_command_run_in_a_row_fires_again()
        => Assert.Equal([3, 4], Lint.Fires("DL3059", "FROM debian\nRUN a\nRUN b\nRUN c"));
}
