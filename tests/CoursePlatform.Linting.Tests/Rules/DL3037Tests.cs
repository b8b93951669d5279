using CoursePlatform.Linting.Tests.Support;
using static CoursePlatform.Linting.Tests.Rules.PackageRuleTestSupport;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3037Tests
{
    [Theory]
    [InlineData("RUN zypper install -y httpd && zypper clean")]
    [InlineData("RUN zypper in -y httpd")]
    [InlineData("RUN zypper install -y httpd=2.4.24 curl")]
    [InlineData("RUN zypper install -y httpd>=2.4.24")]
    [InlineData("FROM opensuse/leap:15.6\nONBUILD RUN zypper install -y httpd")]
    public void Fires_on_an_unpinned_zypper_package(string dockerfile) => Lint.Fires("DL3037", dockerfile);

    [Theory]
    [InlineData("RUN zypper install -y httpd=2.4.24 && zypper clean")]
    [InlineData("RUN zypper install -y 'httpd>=2.4'")]
    [InlineData("RUN zypper install -y 'httpd>2.4'")]
    [InlineData("RUN zypper install -y 'httpd<=2.4'")]
    [InlineData("RUN zypper install -y 'httpd<3'")]
    [InlineData("RUN zypper install -y httpd\\>=2.4.24")]
    [InlineData("RUN zypper install -y /tmp/httpd.rpm")]
    [InlineData("RUN zypper remove -y httpd")]
    [InlineData("RUN zypper refresh")]
    public void Passes_on_pinned_packages(string dockerfile) => Lint.Passes("DL3037", dockerfile);

    [Fact]
    public void Reports_once_per_run_on_the_first_unpinned_package()
    {
        Assert.Equal(["curl"], Underlined("DL3037", "RUN zypper in -y httpd=2 curl vim && zypper in -y git"));
    }
}
