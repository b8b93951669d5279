using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3001Tests
{
    [Theory]
    [InlineData("FROM debian\nRUN service nginx start")]
    [InlineData("FROM debian\nRUN apt-get update && ps aux")]
    [InlineData("FROM debian\nRUN echo $(ps -ef)")]
    [InlineData("FROM debian\nRUN if true; then top -b -n 1; fi")]
    [InlineData("FROM debian\nRUN vim /etc/hosts")]
    [InlineData("FROM debian\nRUN ssh host true")]
    [InlineData("FROM debian\nRUN free -m")]
    [InlineData("FROM debian\nRUN kill 1")]
    [InlineData("FROM debian\nRUN mount /dev/sda /mnt")]
    [InlineData("FROM debian\nRUN shutdown -h now")]
    [InlineData("FROM debian\nRUN [\"service\", \"ssh\", \"start\"]")]
    public void Fires_on_commands_that_make_no_sense_in_a_build(string dockerfile) => Lint.Fires("DL3001", dockerfile);

    [Theory]
    [InlineData("FROM debian\nRUN apt-get install -y ssh vim")]
    [InlineData("FROM debian\nRUN ifconfig")]
    [InlineData("FROM debian\nRUN echo ps top")]
    [InlineData("FROM debian\nRUN bash -c 'ps aux'")]
    [InlineData("FROM debian\nRUN /bin/ps")]
    [InlineData("FROM debian\nCMD [\"top\"]")]
    public void Passes_when_the_names_are_only_arguments_or_not_listed(string dockerfile) => Lint.Passes("DL3001", dockerfile);

    [Fact]
    public void Looks_inside_onbuild_triggers() => Lint.Fires("DL3001", "FROM debian\nONBUILD RUN kill 1");

    [Fact]
    public void Underlines_the_command_name()
    {
        var finding = Assert.Single(Lint.Of("DL3001", "FROM debian\nRUN apt-get update && ps aux"));
        Assert.Equal((2, 23, 2, 25), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
    }
}
