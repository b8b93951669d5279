using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3047Tests
{
    [Theory]
    [InlineData("RUN wget https://example.com/file")]
    [InlineData("RUN wget -O /tmp/file https://example.com/file")]
    [InlineData("RUN wget --no-check-certificate https://example.com/file")]
    [InlineData("RUN cd /tmp && wget https://example.com/file")]
    [InlineData("ONBUILD RUN wget https://example.com/file")]
    public void Fires_on_wget_with_its_progress_output(string run) => Lint.Fires("DL3047", "FROM debian\n" + run);

    [Theory]
    [InlineData("RUN wget --progress=dot:giga https://example.com/file")]
    [InlineData("RUN wget -q https://example.com/file")]
    [InlineData("RUN wget --quiet https://example.com/file")]
    [InlineData("RUN wget -qO- https://example.com/file")]
    [InlineData("RUN wget -nv https://example.com/file")]
    [InlineData("RUN wget --no-verbose https://example.com/file")]
    [InlineData("RUN wget -o /tmp/log https://example.com/file")]
    [InlineData("RUN wget --output-file=/tmp/log https://example.com/file")]
    [InlineData("RUN wget -a /tmp/log https://example.com/file")]
    [InlineData("RUN wget --append-output /tmp/log https://example.com/file")]
    [InlineData("RUN curl -fsSLO https://example.com/file")]
    public void Passes_with_a_progress_or_quiet_option(string run) => Lint.Passes("DL3047", "FROM debian\n" + run);

    [Fact]
    public void Is_info_by_default() => Assert.Equal(CoursePlatform.Linting.Rules.Severity.Info, Assert.Single(Lint.Of("DL3047", "FROM debian\nRUN wget x")).Severity);
}
