using CoursePlatform.Linting.Tests.Support;
using static CoursePlatform.Linting.Tests.Rules.PackageRuleTestSupport;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3035Tests
{
    [Theory]
    [InlineData("RUN zypper dist-upgrade")]
    [InlineData("RUN zypper -n dup")]
    [InlineData("RUN zypper refresh && zypper dup -y")]
    [InlineData("FROM opensuse/leap:15.6\nONBUILD RUN zypper dist-upgrade")]
    public void Fires_on_a_distribution_upgrade(string dockerfile) => Lint.Fires("DL3035", dockerfile);

    [Theory]
    [InlineData("RUN zypper update")]
    [InlineData("RUN zypper -n up")]
    [InlineData("RUN echo zypper dist-upgrade")]
    public void Passes_on_ordinary_updates(string dockerfile) => Lint.Passes("DL3035", dockerfile);

    [Fact]
    public void Underlines_the_zypper_command()
    {
        Assert.Equal(["zypper dup -y"], Underlined("DL3035", "RUN zypper refresh && zypper dup -y"));
    }
}
