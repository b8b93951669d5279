using CoursePlatform.Linting.Configuration;
using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3050Tests
{
    private static readonly LintOptions Strict = new()
    {
        StrictLabels = true,
        LabelSchema = new Dictionary<string, LabelType> { ["maintainer"] = LabelType.Text, ["version"] = LabelType.Semver },
    };

    private static readonly LintOptions StrictWithoutSchema = new() { StrictLabels = true };

    private static readonly LintOptions SchemaOnly = new() { LabelSchema = Strict.LabelSchema };

    [Theory]
    [InlineData("FROM alpine:3.20\nLABEL other=x")]
    [InlineData("FROM alpine:3.20\nLABEL maintainer=x other=y")]
    [InlineData("FROM alpine:3.20\nLABEL Maintainer=x")]
    public void Fires_on_labels_outside_the_schema(string dockerfile) => Lint.Fires("DL3050", dockerfile, Strict);

    [Theory]
    [InlineData("FROM alpine:3.20\nLABEL maintainer=x")]
    [InlineData("FROM alpine:3.20\nLABEL maintainer=x version=1.0.0")]
    [InlineData("FROM alpine:3.20")]
    [InlineData("FROM alpine:3.20\nONBUILD LABEL other=x")]
    public void Passes_on_schema_labels(string dockerfile) => Lint.Passes("DL3050", dockerfile, Strict);

    [Fact]
    public void Fires_on_every_label_when_the_schema_is_empty() =>
        Assert.Equal([2, 3], Lint.Fires("DL3050", "FROM alpine:3.20\nLABEL a=1\nLABEL b=2", StrictWithoutSchema));

    [Fact]
    public void Is_inactive_without_strict_labels() => Lint.Passes("DL3050", "FROM alpine:3.20\nLABEL other=x", SchemaOnly);

    [Fact]
    public void Reports_once_per_instruction_on_the_first_extra_key()
    {
        var finding = Assert.Single(Lint.Of("DL3050", "FROM alpine:3.20\nLABEL maintainer=x a=1 b=2", Strict));
        Assert.Equal((2, 20, 2, 21), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
    }
}
