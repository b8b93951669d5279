using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;

namespace CoursePlatform.Web.Learning;

/// <summary>
/// Newcomers practise without an account: the first visit to a page that keeps progress gives them a guest id in a
/// protected cookie (a cookie authentication scheme of its own). Signed-in users never get one, and pages that keep
/// nothing (lessons, rules) never set it, so they stay cacheable.
/// </summary>
public static class GuestAuthentication
{
    public const string Scheme = "Guest";
    public const string CookieName = ".CoursePlatform.Guest";
    public const string GuestIdClaim = "courseplatform:guest";

    /// <summary>Paths whose pages or endpoints keep progress and so need a learner, guest or account.</summary>
    private static readonly string[] IssuingPaths = ["/problems", "/progress", "/api"];

    /// <summary>Paths that use a guest cookie already there but never issue one (the circuit's hub, account forms).</summary>
    private static readonly string[] ReadingPaths = ["/_blazor", "/account"];

    public static ClaimsPrincipal NewGuest() => new(new ClaimsIdentity(
        [new Claim(GuestIdClaim, Guid.NewGuid().ToString("N"))], Scheme));

    /// <summary>
    /// After the account cookie has been read: a request without an account on a progress-keeping path runs as its guest,
    /// who is created (and the cookie set) on first need.
    /// </summary>
    public static IApplicationBuilder UseGuestLearners(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            var path = context.Request.Path;
            var issues = Matches(path, IssuingPaths);
            if (issues || Matches(path, ReadingPaths))
            {
                var guest = await context.AuthenticateAsync(Scheme);
                if (guest.Succeeded)
                {
                    context.User = guest.Principal;
                }
                else if (issues)
                {
                    var principal = NewGuest();
                    await context.SignInAsync(Scheme, principal, new AuthenticationProperties { IsPersistent = true });
                    context.User = principal;
                }
            }
        }
        await next(context);
    });

    private static bool Matches(PathString path, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
