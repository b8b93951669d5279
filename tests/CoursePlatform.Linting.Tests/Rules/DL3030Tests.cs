using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3030Tests
{
    [Theory]
    [InlineData("RUN yum install httpd-2.24.2 && yum clean all")]
    [InlineData("RUN yum groupinstall 'Development Tools'")]
    [InlineData("RUN yum localinstall /tmp/pkg.rpm")]
    [InlineData("RUN yum -q install httpd-2.24.2")]
    [InlineData("FROM centos:7\nONBUILD RUN yum install httpd-2.24.2")]
    public void Fires_without_assume_yes(string dockerfile) => Lint.Fires("DL3030", dockerfile);

    [Theory]
    [InlineData("RUN yum install -y httpd-2.24.2 && yum clean all")]
    [InlineData("RUN yum -y install httpd-2.24.2")]
    [InlineData("RUN yum install --assumeyes httpd-2.24.2")]
    [InlineData("RUN yum install httpd-2.24.2 -y")]
    [InlineData("RUN yum remove httpd")]
    [InlineData("RUN yum update")]
    [InlineData("RUN dnf install httpd-2.24.2")]
    public void Passes_with_assume_yes_or_other_subcommands(string dockerfile) => Lint.Passes("DL3030", dockerfile);
}
