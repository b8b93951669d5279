using CoursePlatform.Linting.Configuration;
using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3051Tests
{
    private static readonly LintOptions Schema = new()
    {
        LabelSchema = new Dictionary<string, LabelType> { ["version"] = LabelType.Semver, ["maintainer"] = LabelType.Text },
    };

    [Theory]
    [InlineData("FROM alpine:3.20\nLABEL version=\"\"")]
    [InlineData("FROM alpine:3.20\nLABEL version=")]
    [InlineData("FROM alpine:3.20\nLABEL maintainer='' other=x")]
    public void Fires_on_empty_schema_labels(string dockerfile) => Lint.Fires("DL3051", dockerfile, Schema);

    [Theory]
    [InlineData("FROM alpine:3.20\nLABEL version=1.0.0")]
    [InlineData("FROM alpine:3.20\nLABEL other=\"\"")]
    [InlineData("FROM alpine:3.20\nLABEL Version=\"\"")]
    [InlineData("FROM alpine:3.20\nONBUILD LABEL version=\"\"")]
    public void Passes_on_filled_or_unknown_labels(string dockerfile) => Lint.Passes("DL3051", dockerfile, Schema);

    [Fact]
    public void Is_inactive_without_a_schema() => Lint.Passes("DL3051", "FROM alpine:3.20\nLABEL version=\"\"");

    [Fact]
    public void Names_the_label() =>
        Assert.Equal("label `version` is empty.", Assert.Single(Lint.Of("DL3051", "FROM alpine:3.20\nLABEL version=\"\"", Schema)).Message);
}
