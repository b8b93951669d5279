using CoursePlatform.Linting.Tests.Support;
using static CoursePlatform.Linting.Tests.Rules.PackageRuleTestSupport;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3015Tests
{
    [Theory]
    [InlineData("RUN apt-get install -y python")]
    [InlineData("RUN apt-get install -y --no-install-suggests python")]
    [InlineData("RUN apt-get install -y -o APT::Install-Recommends=true python")]
    [InlineData("FROM debian:12\nONBUILD RUN apt-get install -y python")]
    public void Fires_without_no_install_recommends(string dockerfile) => Lint.Fires("DL3015", dockerfile);

    [Theory]
    [InlineData("RUN apt-get install -y --no-install-recommends python")]
    [InlineData("RUN apt-get --no-install-recommends install -y python")]
    [InlineData("RUN apt-get install -y -o APT::Install-Recommends=false python")]
    [InlineData("RUN apt-get update")]
    [InlineData("RUN apt install -y python")]
    public void Passes_with_recommends_off_or_without_an_install(string dockerfile) => Lint.Passes("DL3015", dockerfile);

    [Fact]
    public void Reports_once_per_run()
    {
        Assert.Equal(1, Count("DL3015", "RUN apt-get install -y a && apt-get install -y b"));
    }
}
