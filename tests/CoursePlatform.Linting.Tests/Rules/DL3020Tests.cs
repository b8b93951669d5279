using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3020Tests
{
    [Theory]
    [InlineData("FROM alpine:3.20\nADD requirements.txt /app/")]
    [InlineData("FROM alpine:3.20\nADD . /app")]
    [InlineData("FROM alpine:3.20\nADD bundle.zip /app/")]
    [InlineData("FROM alpine:3.20\nADD app.tar.gz conf/ /app/")]
    [InlineData("FROM alpine:3.20\nADD \"file.txt\" /app/")]
    [InlineData("FROM alpine:3.20\nADD [\"file.txt\", \"/app/\"]")]
    [InlineData("FROM alpine:3.20\nADD ftp://example.com/file /app/")]
    public void Fires_on_plain_files_and_folders(string dockerfile) => Lint.Fires("DL3020", dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20\nADD app.tar.gz /app/")]
    [InlineData("FROM alpine:3.20\nADD app.tgz app.tar.xz app.tar.bz2 /app/")]
    [InlineData("FROM alpine:3.20\nADD \"app.tar\" /app/")]
    [InlineData("FROM alpine:3.20\nADD [\"app.tar.gz\", \"/app/\"]")]
    [InlineData("FROM alpine:3.20\nADD https://example.com/tool /usr/local/bin/tool")]
    [InlineData("FROM alpine:3.20\nADD http://example.com/tool /usr/local/bin/tool")]
    [InlineData("FROM alpine:3.20\nADD https://github.com/moby/buildkit.git#v0.14.0 /src")]
    [InlineData("FROM alpine:3.20\nCOPY file.txt /app/")]
    [InlineData("FROM alpine:3.20\nONBUILD ADD file.txt /app/")]
    public void Passes_on_archives_urls_and_copy(string dockerfile) => Lint.Passes("DL3020", dockerfile);

    [Fact]
    public void Underlines_the_first_offending_source()
    {
        var finding = Assert.Single(Lint.Of("DL3020", "FROM alpine:3.20\nADD a.tgz b.txt c.txt /app/"));
        Assert.Equal((2, 11, 2, 16), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
    }
}
