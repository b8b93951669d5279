using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3038Tests
{
    [Theory]
    [InlineData("RUN dnf install httpd-2.24.2 && dnf clean all")]
    [InlineData("RUN microdnf install httpd-2.24.2")]
    [InlineData("RUN dnf groupinstall 'Development Tools'")]
    [InlineData("RUN dnf localinstall /tmp/pkg.rpm")]
    [InlineData("FROM fedora:40\nONBUILD RUN dnf install httpd-2.24.2")]
    public void Fires_without_assume_yes(string dockerfile) => Lint.Fires("DL3038", dockerfile);

    [Theory]
    [InlineData("RUN dnf install -y httpd-2.24.2 && dnf clean all")]
    [InlineData("RUN dnf -y install httpd-2.24.2")]
    [InlineData("RUN microdnf install --assumeyes httpd-2.24.2")]
    [InlineData("RUN notdnf install httpd-2.24.2")]
    [InlineData("RUN dnf upgrade")]
    [InlineData("RUN yum install httpd-2.24.2")]
    public void Passes_with_assume_yes_or_other_commands(string dockerfile) => Lint.Passes("DL3038", dockerfile);
}
