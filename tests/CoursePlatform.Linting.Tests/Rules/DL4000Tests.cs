using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL4000Tests
{
    [Theory]
    [InlineData("FROM alpine:3.20\nMAINTAINER Jane Doe <jane@example.com>")]
    [InlineData("MAINTAINER Jane\nFROM alpine:3.20")]
    [InlineData("FROM alpine:3.20\nmaintainer Jane")]
    public void Fires_on_maintainer(string dockerfile) => Lint.Fires("DL4000", dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20\nLABEL org.opencontainers.image.authors=\"Jane Doe <jane@example.com>\"")]
    [InlineData("FROM alpine:3.20\nLABEL maintainer=Jane")]
    [InlineData("FROM alpine:3.20\nONBUILD MAINTAINER Jane")]
    public void Passes_on_labels(string dockerfile) => Lint.Passes("DL4000", dockerfile);

    [Fact]
    public void Is_also_reported_as_MaintainerDeprecated()
    {
        var finding = Assert.Single(Lint.Of("MaintainerDeprecated", "FROM alpine:3.20\nMAINTAINER Jane"));
        Assert.Equal(("DL4000", "MaintainerDeprecated", 2), (finding.Code, finding.Alias, finding.Line));
    }
}
