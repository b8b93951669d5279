using CoursePlatform.Linting.Tests.Support;
using static CoursePlatform.Linting.Tests.Rules.PackageRuleTestSupport;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3032Tests
{
    [Theory]
    [InlineData("RUN yum install -y httpd-2.24.2")]
    [InlineData("RUN yum clean all && yum install -y httpd-2.24.2")]
    [InlineData("RUN yum clean all && yum install -y httpd-2.24.2 && yum clean all")]
    [InlineData("RUN --mount=type=cache,target=/var/cache/yum yum install -y httpd-2.24.2")]
    [InlineData("FROM centos:7\nONBUILD RUN yum install -y httpd-2.24.2")]
    public void Fires_without_a_clean_after_the_first_install(string dockerfile) => Lint.Fires("DL3032", dockerfile);

    [Theory]
    [InlineData("RUN yum install -y httpd-2.24.2 && yum clean all")]
    [InlineData("RUN yum install -y httpd-2.24.2 && yum clean metadata")]
    [InlineData("RUN yum install -y httpd-2.24.2 && rm -rf /var/cache/yum/*")]
    [InlineData("RUN yum install -y httpd-2.24.2 && rm /var/cache/yum/*")]
    [InlineData("RUN yum install -y httpd-2.24.2 && rm -rf /tmp/build")]
    [InlineData("RUN yum update -y")]
    [InlineData("RUN yum groupinstall -y 'Development Tools'")]
    public void Passes_with_any_clean_up_after_the_install(string dockerfile) => Lint.Passes("DL3032", dockerfile);

    [Fact]
    public void Underlines_the_first_install()
    {
        Assert.Equal(["yum install -y a-1"], Underlined("DL3032", "RUN yum install -y a-1 && yum install -y b-1"));
    }
}
