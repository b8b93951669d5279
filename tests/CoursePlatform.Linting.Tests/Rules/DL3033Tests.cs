using CoursePlatform.Linting.Tests.Support;
using static CoursePlatform.Linting.Tests.Rules.PackageRuleTestSupport;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3033Tests
{
    [Theory]
    [InlineData("RUN yum install -y tomcat && yum clean all")]
    [InlineData("RUN yum install -y rpm-sign")]
    [InlineData("RUN yum install -y tomcat-latest")]
    [InlineData("RUN yum install -y tomcat-9.2* ")]
    [InlineData("RUN yum install -y tomcat-9.2 httpd")]
    [InlineData("RUN yum module install -y tomcat")]
    [InlineData("RUN yum install -y git-core-${version}")]
    [InlineData("FROM fedora:fc42 AS build\nENV version=2.51.0-2.fc42\nFROM fedora:fc42\nRUN yum -y install git-core-${version}")]
    [InlineData("FROM fedora:fc42\nENV other=1\nRUN yum -y install git-core-${version}")]
    [InlineData("FROM centos:7\nONBUILD RUN yum install -y tomcat")]
    public void Fires_on_an_unpinned_yum_package_or_module(string dockerfile) => Lint.Fires("DL3033", dockerfile);

    [Theory]
    [InlineData("RUN yum install -y tomcat-9.2 && yum clean all")]
    [InlineData("RUN yum install -y openssl-1:1.1.1k")]
    [InlineData("RUN yum install -y rpm-sign-4.16.1.3")]
    [InlineData("RUN yum install -y gcc-c++-1.1.1")]
    [InlineData("RUN yum install -y java-11-openjdk")]
    [InlineData("RUN yum install -y /tmp/tomcat.rpm")]
    [InlineData("RUN yum module install -y tomcat:9")]
    [InlineData("RUN notyum install tomcat")]
    [InlineData("RUN yum groupinstall -y tomcat")]
    [InlineData("RUN yum remove -y tomcat")]
    [InlineData("FROM fedora:fc42 AS build\nENV version=2.51.0-2.fc42\nFROM build\nRUN yum -y install git-core-${version}")]
    [InlineData("FROM fedora:fc42 AS build\nARG version=2.51.0-2.fc42\nFROM fedora:fc42\nRUN yum -y install git-core-${version}")]
    [InlineData("ARG version=2.51.0-2.fc42\nFROM fedora:fc42\nRUN yum -y install git-core-$version")]
    [InlineData("FROM fedora:fc42\nENV version=2.51.0-2.fc42\nRUN yum -y install git-core-$version")]
    [InlineData("FROM fedora:fc42 AS a\nENV version=2.51.0\nFROM a AS b\nFROM b\nRUN yum -y install git-core-${version}")]
    public void Passes_on_pinned_packages_streams_and_known_variables(string dockerfile) => Lint.Passes("DL3033", dockerfile);

    [Fact]
    public void Reports_once_per_run_on_the_first_unpinned_package()
    {
        Assert.Equal(["httpd"], Underlined("DL3033", "RUN yum install -y tomcat-9 httpd vim && yum install -y git"));
    }

    [Fact]
    public void An_onbuild_env_trigger_defines_the_variable_for_an_onbuild_run()
    {
        Lint.Passes("DL3033", "FROM centos:7\nONBUILD ENV v=1.0\nONBUILD RUN yum install -y tomcat-${v}");
    }

    [Fact]
    public void A_plain_env_does_not_reach_an_onbuild_run()
    {
        Lint.Fires("DL3033", "FROM centos:7\nENV v=1.0\nONBUILD RUN yum install -y tomcat-${v}");
    }
}
