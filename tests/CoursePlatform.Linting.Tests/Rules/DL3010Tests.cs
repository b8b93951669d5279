using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3010Tests
{
    [Theory]
    [InlineData("FROM debian\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt")]
    [InlineData("FROM debian\nCOPY a.tar /x/\nRUN tar --extract -f /x/a.tar")]
    [InlineData("FROM debian\nCOPY a.tar /x/\nRUN tar --get -f /x/a.tar")]
    [InlineData("FROM debian\nCOPY dist/app.tgz /opt/\nRUN tar -C /opt -xf /opt/app.tgz")]
    [InlineData("FROM debian\nCOPY pkg.xz /\nRUN unxz /pkg.xz")]
    [InlineData("FROM debian\nCOPY data.gz /\nRUN gunzip data.gz")]
    [InlineData("FROM debian\nCOPY data.bz2 /\nRUN bunzip2 /data.bz2")]
    [InlineData("FROM debian\nCOPY data.gz /\nRUN zcat /data.gz > /data")]
    [InlineData("FROM debian\nCOPY foo /tmp/foo.tar\nRUN tar -xf /tmp/foo.tar")]
    [InlineData("FROM debian\nCOPY \"app.tar.gz\" /tmp/\nRUN tar -xf \"/tmp/app.tar.gz\"")]
    [InlineData("FROM debian\nCOPY dist\\app.tar.gz /tmp/\nRUN tar -xf /tmp/app.tar.gz")]
    [InlineData("FROM debian\nCOPY a.tar /\nRUN tar --exclude=docs -f /a.tar")]
    [InlineData("FROM debian\nCOPY a.tar.gz /\nRUN echo hi\nRUN mkdir x && tar -xf /a.tar.gz -C x")]
    [InlineData("FROM debian AS one\nRUN true\nFROM debian\nCOPY a.tgz /\nRUN tar -xf a.tgz")]
    public void Fires_when_a_copied_archive_is_extracted_later_in_the_stage(string dockerfile) => Lint.Fires("DL3010", dockerfile);

    [Theory]
    [InlineData("FROM debian\nCOPY app.tar.gz /tmp/")]
    [InlineData("FROM debian\nCOPY --from=build /app.tar.gz /tmp/\nRUN tar -xf /tmp/app.tar.gz")]
    [InlineData("FROM debian\nCOPY app.zip /tmp/\nRUN unzip /tmp/app.zip")]
    [InlineData("FROM debian\nCOPY app.tar.gz /tmp/\nFROM debian\nRUN tar -xf /tmp/app.tar.gz")]
    [InlineData("FROM debian\nCOPY a.tar.gz /tmp/\nRUN tar -xf /tmp/other.tar.gz")]
    [InlineData("FROM debian\nCOPY a.tar.gz /tmp/\nRUN tar -tf /tmp/a.tar.gz")]
    [InlineData("FROM debian\nCOPY a.tar.gz /tmp/\nRUN tar xf /tmp/a.tar.gz")]
    [InlineData("FROM debian\nRUN tar -xf a.tar.gz\nCOPY a.tar.gz /")]
    [InlineData("FROM debian\nCOPY a.tar.gz /tmp/b.tar.gz\nRUN tar -xf /tmp/a.tar.gz")]
    [InlineData("FROM debian\nCOPY src /tmp/\nRUN tar -xf /tmp/src")]
    [InlineData("FROM debian\nADD a.tar.gz /tmp/\nRUN tar -xf /tmp/a.tar.gz")]
    [InlineData("FROM debian\nCOPY a.tar.gz /tmp/\nONBUILD RUN tar -xf /tmp/a.tar.gz")]
    public void Passes_without_a_later_extraction_of_a_copied_archive(string dockerfile) => Lint.Passes("DL3010", dockerfile);

    [Fact]
    public void Underlines_the_archive_in_the_copy()
    {
        var finding = Assert.Single(Lint.Of("DL3010", "FROM debian\nCOPY readme.md app.tar.gz /tmp/\nRUN tar -xf /tmp/app.tar.gz"));
        Assert.Equal((2, 16, 2, 26), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
    }

    [Fact]
    public void Reports_each_extracted_archive_once()
        => Assert.Equal([2, 2], Lint.Fires("DL3010", "FROM debian\nCOPY a.tgz b.tgz /x/\nRUN tar -xf /x/a.tgz && tar -xf /x/b.tgz\nRUN tar -xf /x/a.tgz"));

    [Fact]
    public void Reports_in_earlier_stages_too_unlike_hadolint()
        => Assert.Equal([2], Lint.Fires("DL3010", "FROM debian AS build\nCOPY a.tgz /\nRUN tar -xzf /a.tgz\nFROM debian\nRUN true"));
}
