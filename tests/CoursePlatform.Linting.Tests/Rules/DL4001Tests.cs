using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL4001Tests
{
    [Theory]
    [InlineData("FROM debian\nRUN wget -q https://x/a\nRUN curl -fsSLO https://x/b")]
    [InlineData("FROM debian\nRUN curl -fsSL https://x/a | wget -qi -")]
    [InlineData("FROM debian\nRUN apt-get install -y curl wget && curl -o a https://x && wget -q https://y")]
    [InlineData("FROM debian\nONBUILD RUN wget -q https://x/a\nONBUILD RUN curl -fsSLO https://x/b")]
    public void Fires_once_both_tools_are_used_in_a_stage(string dockerfile) => Lint.Fires("DL4001", dockerfile);

    [Theory]
    [InlineData("FROM debian\nRUN wget -q https://x/a\nRUN wget -q https://x/b")]
    [InlineData("FROM debian\nRUN wget -q https://x/a\nFROM debian\nRUN curl -fsSLO https://x/b")]
    [InlineData("FROM debian\nRUN echo curl wget")]
    [InlineData("FROM debian\nRUN apt-get install -y curl wget")]
    public void Passes_with_one_tool_per_stage(string dockerfile) => Lint.Passes("DL4001", dockerfile);

    [Fact]
    public void Reports_every_run_using_either_tool_after_both_were_seen()
        => Assert.Equal([3, 5], Lint.Fires("DL4001", "FROM debian\nRUN wget a\nRUN curl b\nRUN echo c\nRUN wget d"));
}
