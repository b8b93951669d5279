using CoursePlatform.Linting.Semantics;

namespace CoursePlatform.Linting.Tests.Semantics;

public class PlatformSpecifierTests
{
    [Theory]
    [InlineData("linux/amd64", "linux", "amd64")]
    [InlineData("linux/x86_64", "linux", "amd64")]
    [InlineData("Linux/AArch64", "linux", "arm64")]
    [InlineData("linux/arm/v7", "linux", "arm")]
    [InlineData("linux/armhf", "linux", "arm")]
    [InlineData("windows", "windows", "amd64")]
    [InlineData("arm64", "linux", "arm64")]
    [InlineData("macos/arm64", "darwin", "arm64")]
    [InlineData("windows(10.0.17763)/amd64", "windows", "amd64")]
    public void Parses_and_normalises(string text, string os, string architecture)
    {
        var platform = PlatformSpecifier.TryParse(text);
        Assert.NotNull(platform);
        Assert.Equal((os, architecture), (platform.OS, platform.Architecture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("linux/")]
    [InlineData("linux/*")]
    [InlineData("nonsense")]
    [InlineData("a/b/c/d")]
    [InlineData("linux/amd 64")]
    public void Rejects_what_the_builder_rejects(string text) => Assert.Null(PlatformSpecifier.TryParse(text));
}
