using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3004Tests
{
    [Theory]
    [InlineData("FROM debian\nRUN sudo apt-get update")]
    [InlineData("FROM debian\nRUN apt-get update && sudo apt-get install -y x")]
    [InlineData("FROM debian\nRUN x=$(sudo id -u)")]
    [InlineData("FROM debian\nONBUILD RUN sudo make install")]
    public void Fires_on_sudo_as_a_command(string dockerfile) => Lint.Fires("DL3004", dockerfile);

    [Theory]
    [InlineData("FROM debian\nRUN apt-get install -y sudo")]
    [InlineData("FROM debian\nRUN /usr/bin/sudo make")]
    [InlineData("FROM debian\nRUN echo sudo")]
    [InlineData("FROM debian\nUSER root\nRUN make")]
    public void Passes_when_sudo_is_not_a_command(string dockerfile) => Lint.Passes("DL3004", dockerfile);

    [Fact]
    public void Is_an_error_by_default() => Assert.Equal(CoursePlatform.Linting.Rules.Severity.Error, Assert.Single(Lint.Of("DL3004", "FROM debian\nRUN sudo x")).Severity);

    [Theory]
    [InlineData("FROM debian\nRUN <<EOF\napt-get update\nsudo make install\nEOF", 4)]
    [InlineData("FROM debian\nRUN apt-get update \\\n && sudo make install", 3)]
    [InlineData("FROM debian\nRUN [\"sudo\", \"make\"]", 2)]
    public void Reports_on_the_line_of_the_sudo_word(string dockerfile, int line) => Assert.Equal([line], Lint.Fires("DL3004", dockerfile));

    [Fact]
    public void Underlines_sudo_inside_a_heredoc_script()
    {
        var finding = Assert.Single(Lint.Of("DL3004", "FROM debian\nRUN <<EOF\n  sudo make install\nEOF"));
        Assert.Equal((3, 3, 3, 7), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
    }
}
