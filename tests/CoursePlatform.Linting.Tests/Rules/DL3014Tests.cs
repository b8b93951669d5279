using CoursePlatform.Linting.Tests.Support;
using static CoursePlatform.Linting.Tests.Rules.PackageRuleTestSupport;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3014Tests
{
    [Theory]
    [InlineData("RUN apt-get install python")]
    [InlineData("RUN apt-get install -q python")]
    [InlineData("RUN apt-get install --quiet python")]
    [InlineData("RUN DEBIAN_FRONTEND=noninteractive apt-get install python")]
    [InlineData("RUN apt-get update -y && apt-get install python")]
    [InlineData("RUN [\"apt-get\", \"install\", \"python\"]")]
    [InlineData("FROM debian:12\nONBUILD RUN apt-get install python")]
    public void Fires_without_assume_yes(string dockerfile) => Lint.Fires("DL3014", dockerfile);

    [Theory]
    [InlineData("RUN apt-get install -y python")]
    [InlineData("RUN apt-get -y install python")]
    [InlineData("RUN apt-get install python -y")]
    [InlineData("RUN apt-get install --yes python")]
    [InlineData("RUN apt-get install --assume-yes python")]
    [InlineData("RUN apt-get install -yq python")]
    [InlineData("RUN apt-get install -qq python")]
    [InlineData("RUN apt-get install -q -q python")]
    [InlineData("RUN apt-get install --quiet --quiet python")]
    [InlineData("RUN apt-get install --qq python")]
    [InlineData("RUN apt-get install -q=2 python")]
    [InlineData("RUN apt-get update")]
    [InlineData("RUN apt install python")]
    public void Passes_with_assume_yes_or_without_an_install(string dockerfile) => Lint.Passes("DL3014", dockerfile);

    [Fact]
    public void Underlines_the_install_command()
    {
        Assert.Equal(["apt-get install python"], Underlined("DL3014", "RUN apt-get update && apt-get install python"));
    }
}
