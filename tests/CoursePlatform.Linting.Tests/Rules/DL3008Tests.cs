using CoursePlatform.Linting.Tests.Support;
using static CoursePlatform.Linting.Tests.Rules.PackageRuleTestSupport;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3008Tests
{
    [Theory]
    [InlineData("RUN apt-get install python")]
    [InlineData("RUN apt-get update && apt-get install -y python")]
    [InlineData("RUN apt-get install -y python=2.7 curl")]
    [InlineData("RUN apt-get -t bookworm-backports install curl")]
    [InlineData("RUN apt-get install ${PKGS}")]
    [InlineData("RUN apt-get install $PKGS")]
    [InlineData("RUN [\"apt-get\", \"install\", \"python\"]")]
    [InlineData("RUN if true; then apt-get install python; fi")]
    [InlineData("FROM debian:12\nONBUILD RUN apt-get install python")]
    [InlineData("FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y python\nEOF")]
    public void Fires_on_an_unpinned_apt_get_package(string dockerfile) => Lint.Fires("DL3008", dockerfile);

    [Theory]
    [InlineData("RUN apt-get install python=2.7")]
    [InlineData("RUN apt-get install python=2.7.*")]
    [InlineData("RUN apt-get install -y --no-install-recommends python=2.7 curl=7.88.1-10")]
    [InlineData("RUN apt-get install -t bookworm-backports python=2.7")]
    [InlineData("RUN apt-get install --target-release bookworm-backports python=2.7")]
    [InlineData("RUN apt-get install curl/bookworm-backports")]
    [InlineData("RUN apt-get install ./pkg/local")]
    [InlineData("RUN apt-get install package.deb")]
    [InlineData("RUN apt-get install -o Dpkg::Options::=--force-confold python=2.7")]
    [InlineData("RUN apt install python")]
    [InlineData("RUN apt-get update")]
    [InlineData("RUN apt-get remove python")]
    [InlineData("RUN echo apt-get install python")]
    [InlineData("RUN bash -c 'apt-get install python'")]
    [InlineData("FROM debian:12\nRUN cat > /setup.sh <<EOF\napt-get install -y python\nEOF")]
    public void Passes_on_pinned_packages_and_other_commands(string dockerfile) => Lint.Passes("DL3008", dockerfile);

    [Fact]
    public void Reports_once_per_run_on_the_first_unpinned_package()
    {
        const string dockerfile = "RUN apt-get install -y curl=7.88 python wget && apt-get install git";
        Assert.Equal(["python"], Underlined("DL3008", dockerfile));
    }

    [Fact]
    public void Underlines_the_package_inside_a_heredoc_body()
    {
        var finding = Assert.Single(Lint.Of("DL3008", "FROM debian:12\nRUN <<EOF\napt-get install -y python\nEOF"));
        Assert.Equal((3, 20, 3, 26), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
    }

    [Fact]
    public void Reports_each_offending_run()
    {
        Assert.Equal([1, 2], Lint.Fires("DL3008", "RUN apt-get install a\nRUN apt-get install b"));
    }

    [Fact]
    public void Reports_an_onbuild_trigger_once()
    {
        Assert.Equal(1, Count("DL3008", "FROM debian:12\nONBUILD RUN apt-get install python"));
    }
}
