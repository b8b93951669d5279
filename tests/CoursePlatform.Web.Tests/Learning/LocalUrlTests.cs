using CoursePlatform.Web.Accounts;

namespace CoursePlatform.Web.Tests.Learning;

/// <summary>After signing in, only paths on this site are followed.</summary>
public sealed class LocalUrlTests
{
    [Theory]
    [InlineData("/problems/go-scratch", "/problems/go-scratch")]
    [InlineData("/progress?tab=1", "/progress?tab=1")]
    [InlineData(null, "/progress")]
    [InlineData("", "/progress")]
    [InlineData("https://evil.example/", "/progress")]
    [InlineData("//evil.example/", "/progress")]
    [InlineData("/\\evil.example/", "/progress")]
    [InlineData("javascript:alert(1)", "/progress")]
    public void A_return_url_is_followed_only_when_it_is_a_local_path(string? url, string expected)
    {
        Assert.Equal(expected, LocalUrl.OrDefault(url, "/progress"));
    }
}
