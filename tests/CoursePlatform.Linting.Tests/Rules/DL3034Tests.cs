using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3034Tests
{
    [Theory]
    [InlineData("RUN zypper install httpd=2.4.24 && zypper clean")]
    [InlineData("RUN zypper in httpd=2.4.24")]
    [InlineData("RUN zypper remove httpd")]
    [InlineData("RUN zypper rm httpd")]
    [InlineData("RUN zypper source-install httpd")]
    [InlineData("RUN zypper si httpd")]
    [InlineData("RUN zypper patch")]
    [InlineData("FROM opensuse/leap:15.6\nONBUILD RUN zypper install httpd=2.4.24")]
    public void Fires_without_a_non_interactive_switch(string dockerfile) => Lint.Fires("DL3034", dockerfile);

    [Theory]
    [InlineData("RUN zypper install -y httpd=2.4.24 && zypper clean")]
    [InlineData("RUN zypper -n install httpd=2.4.24")]
    [InlineData("RUN zypper --non-interactive install httpd=2.4.24")]
    [InlineData("RUN zypper install --no-confirm httpd=2.4.24")]
    [InlineData("RUN zypper in httpd=2.4.24 -y")]
    [InlineData("RUN zypper refresh")]
    [InlineData("RUN zypper update")]
    public void Passes_with_a_switch_anywhere_or_other_subcommands(string dockerfile) => Lint.Passes("DL3034", dockerfile);
}
