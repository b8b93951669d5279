using CoursePlatform.Linting.Tests.Support;
using static CoursePlatform.Linting.Tests.Rules.PackageRuleTestSupport;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3041Tests
{
    [Theory]
    [InlineData("RUN dnf install -y tomcat && dnf clean all")]
    [InlineData("RUN dnf install -y rpm-sign")]
    [InlineData("RUN microdnf install -y tomcat")]
    [InlineData("RUN dnf module install -y tomcat")]
    [InlineData("RUN microdnf module install -y tomcat")]
    [InlineData("RUN dnf install -y tomcat-${version}")]
    [InlineData("FROM fedora:40 AS build\nENV version=9.0.1\nFROM fedora:40\nRUN dnf install -y tomcat-${version}")]
    [InlineData("FROM fedora:40\nONBUILD RUN dnf install -y tomcat")]
    public void Fires_on_an_unpinned_dnf_package_or_module(string dockerfile) => Lint.Fires("DL3041", dockerfile);

    [Theory]
    [InlineData("RUN dnf install -y tomcat-9.0.1 && dnf clean all")]
    [InlineData("RUN dnf install -y gcc-c++-1.1.1")]
    [InlineData("RUN dnf install -y rpm-sign-4.16.1.3")]
    [InlineData("RUN dnf install --assumeyes jq-1.6 openssl-1:1.1.1k findutils-1:4.6.0 bc-1.07.1")]
    [InlineData("RUN dnf install -y /tmp/tomcat.rpm")]
    [InlineData("RUN dnf -y group install \"Development Tools\"")]
    [InlineData("RUN dnf module install -y tomcat:9")]
    [InlineData("RUN notdnf install tomcat")]
    [InlineData("RUN notdnf module install tomcat")]
    [InlineData("RUN dnf remove -y tomcat")]
    [InlineData("FROM fedora:40\nENV V=9.0.1\nRUN dnf install -y tomcat-${V}")]
    [InlineData("ARG V=9.0.1\nFROM fedora:40\nRUN dnf install -y tomcat-$V")]
    [InlineData("FROM fedora:40 AS build\nENV V=9.0.1\nFROM build\nRUN microdnf install -y tomcat-${V}")]
    public void Passes_on_pinned_packages_groups_and_known_variables(string dockerfile) => Lint.Passes("DL3041", dockerfile);

    [Fact]
    public void Reports_once_per_run_on_the_first_unpinned_package()
    {
        Assert.Equal(["httpd"], Underlined("DL3041", "RUN dnf install -y tomcat-9 httpd vim && microdnf install -y git"));
    }
}
