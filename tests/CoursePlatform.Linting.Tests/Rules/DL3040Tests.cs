using CoursePlatform.Linting.Tests.Support;
using static CoursePlatform.Linting.Tests.Rules.PackageRuleTestSupport;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3040Tests
{
    [Theory]
    [InlineData("RUN dnf install -y httpd-2.24.2")]
    [InlineData("RUN microdnf install -y httpd-2.24.2")]
    [InlineData("RUN dnf -y upgrade")]
    [InlineData("RUN dnf in -y httpd-2.24.2")]
    [InlineData("RUN dnf up -y")]
    [InlineData("RUN dnf upgrade-minimal -y")]
    [InlineData("RUN dnf up-min -y")]
    [InlineData("RUN dnf reinstall -y httpd-2.24.2")]
    [InlineData("RUN dnf rei -y httpd-2.24.2")]
    [InlineData("RUN dnf clean all && dnf install -y httpd-2.24.2")]
    [InlineData("RUN microdnf clean all && dnf install -y httpd-2.24.2")]
    [InlineData("RUN dnf install -y httpd-2.24.2 && microdnf clean all")]
    [InlineData("RUN dnf install -y a-1 && dnf clean all && microdnf install -y b-1")]
    [InlineData("RUN --mount=type=cache,target=/var/cache/dnf dnf install -y httpd-2.24.2")]
    [InlineData("RUN --mount=type=bind,target=/var/cache/libdnf5 dnf install -y httpd-2.24.2")]
    [InlineData("FROM fedora:40\nONBUILD RUN dnf install -y httpd-2.24.2")]
    public void Fires_without_a_clean_after_the_first_install(string dockerfile) => Lint.Fires("DL3040", dockerfile);

    [Theory]
    [InlineData("RUN dnf install -y httpd-2.24.2 && dnf clean all")]
    [InlineData("RUN dnf install -y httpd-2.24.2 && dnf clean packages")]
    [InlineData("RUN microdnf install -y httpd-2.24.2 && microdnf clean all")]
    [InlineData("RUN dnf install -y httpd-2.24.2 && rm -rf /var/cache/yum/*")]
    [InlineData("RUN dnf install -y httpd-2.24.2 && rm /var/cache/libdnf5*")]
    [InlineData("RUN --mount=type=cache,target=/var/cache/libdnf5 dnf install -y httpd-2.24.2")]
    [InlineData("RUN --mount=type=tmpfs,target=/root/.cache/libdnf5 dnf install -y httpd-2.24.2")]
    [InlineData("RUN dnf install -y a-1 && microdnf install -y b-1 && dnf clean all && microdnf clean all")]
    [InlineData("RUN notdnf install httpd")]
    [InlineData("RUN dnf makecache")]
    public void Passes_with_a_clean_for_each_tool_or_a_cache_mount(string dockerfile) => Lint.Passes("DL3040", dockerfile);

    [Fact]
    public void Reports_once_per_run_on_the_first_install()
    {
        Assert.Equal(["dnf install -y a-1"], Underlined("DL3040", "RUN dnf install -y a-1 && microdnf install -y b-1"));
    }
}
