namespace CoursePlatform.Web.Accounts;

/// <summary>Return URLs after signing in: only paths on this site are followed (no open redirects).</summary>
public static class LocalUrl
{
    public static string OrDefault(string? url, string fallback)
    {
        if (string.IsNullOrEmpty(url) || url[0] != '/' || url.StartsWith("//", StringComparison.Ordinal) || url.StartsWith("/\\", StringComparison.Ordinal))
        {
            return fallback;
        }
        return url;
    }
}
