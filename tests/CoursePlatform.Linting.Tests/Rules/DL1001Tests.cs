using CoursePlatform.Linting.Configuration;
using CoursePlatform.Linting.Rules;
using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL1001Tests
{
    private static readonly LintOptions Enabled = new()
    {
        Overrides = new Dictionary<string, Severity> { ["DL1001"] = Severity.Info },
    };

    [Theory]
    [InlineData("FROM debian:bookworm\n# hadolint ignore=DL3008\nRUN apt-get install -y curl")]
    [InlineData("FROM debian:bookworm\n#hadolint ignore=DL3008,SC2086\nRUN true")]
    [InlineData("FROM debian:bookworm\n# hadolint ignore = DL3008 , DL3015\nRUN true")]
    [InlineData("FROM debian:bookworm\n# hadolint ignore=DL3002  # we need root here\nUSER root")]
    [InlineData("# hadolint ignore=DL3006\nFROM debian")]
    public void Fires_on_valid_inline_ignore_pragmas(string dockerfile) => Lint.Fires("DL1001", dockerfile, Enabled);

    [Theory]
    [InlineData("FROM debian:bookworm\n# hadolint global ignore=DL3008\nRUN true")]
    [InlineData("FROM debian:bookworm\n# hadolint stage ignore=DL3008\nRUN true")]
    [InlineData("FROM debian:bookworm\n# hadolint shell=powershell\nRUN true")]
    [InlineData("FROM debian:bookworm\n# hadolint ignore=crazy,DL3002\nUSER root")]
    [InlineData("FROM debian:bookworm\n# hadolint ignore=DL3006 because\nRUN true")]
    [InlineData("FROM debian:bookworm\n# hadolintignore=DL3006\nRUN true")]
    [InlineData("FROM debian:bookworm\n# just a comment about hadolint\nRUN true")]
    public void Passes_on_other_comments_and_invalid_pragmas(string dockerfile) => Lint.Passes("DL1001", dockerfile, Enabled);

    [Fact]
    public void Is_off_by_default() => Lint.Passes("DL1001", "FROM debian:bookworm\n# hadolint ignore=DL3008\nRUN true");

    [Fact]
    public void Underlines_the_comment()
    {
        var finding = Assert.Single(Lint.Of("DL1001", "FROM debian:bookworm\n# hadolint ignore=DL3008\nRUN true", Enabled));
        Assert.Equal((2, 1, 2, 25), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
    }
}
