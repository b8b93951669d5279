using CoursePlatform.Linting.Configuration;
using CoursePlatform.Linting.Rules;
using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3057Tests
{
    private static readonly LintOptions Enabled = new()
    {
        Overrides = new Dictionary<string, Severity> { ["DL3057"] = Severity.Info },
    };

    [Theory]
    [InlineData("FROM scratch", new[] { 1 })]
    [InlineData("FROM scratch AS base\nHEALTHCHECK CMD /bin/bla\nFROM scratch", new[] { 3 })]
    [InlineData("FROM nginx:1 AS a\nFROM a AS b\nHEALTHCHECK NONE\nFROM a AS c", new[] { 4 })]
    [InlineData("FROM nginx:1\nHEALTHCHECK CMD x\nFROM nginx:1", new[] { 3 })]
    [InlineData("FROM nginx:1 AS base\nHEALTHCHECK CMD x\nFROM BASE", new[] { 3 })]
    [InlineData("FROM nginx:1\nONBUILD HEALTHCHECK CMD x", new[] { 1 })]
    [InlineData("HEALTHCHECK CMD x\nFROM nginx:1", new[] { 2 })]
    public void Fires_on_stages_without_healthcheck(string dockerfile, int[] lines) =>
        Assert.Equal(lines, Lint.Fires("DL3057", dockerfile, Enabled));

    [Theory]
    [InlineData("FROM scratch\nHEALTHCHECK CMD /bin/bla")]
    [InlineData("FROM scratch\nHEALTHCHECK NONE")]
    [InlineData("FROM scratch AS base\nHEALTHCHECK CMD /bin/bla\nFROM base")]
    [InlineData("FROM scratch AS base\nHEALTHCHECK CMD /bin/bla\nFROM base AS mid\nFROM mid")]
    [InlineData("FROM nginx:1 AS a\nFROM a AS b\nHEALTHCHECK CMD x")]
    [InlineData("FROM nginx:1 AS a\nFROM a AS b\nFROM b AS c\nHEALTHCHECK CMD x")]
    public void Passes_when_the_stage_chain_has_one(string dockerfile) => Lint.Passes("DL3057", dockerfile, Enabled);

    [Fact]
    public void Is_off_by_default() => Lint.Passes("DL3057", "FROM scratch");

    [Fact]
    public void Underlines_the_image()
    {
        var finding = Assert.Single(Lint.Of("DL3057", "FROM nginx:1.27 AS web", Enabled));
        Assert.Equal((1, 6, 1, 16), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
    }
}
