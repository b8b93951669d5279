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
}
