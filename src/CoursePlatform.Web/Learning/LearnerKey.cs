using System.Security.Claims;

namespace CoursePlatform.Web.Learning;

/// <summary>
/// Whose progress a row is: <c>u:&lt;account id&gt;</c> for an account, <c>g:&lt;guest id&gt;</c> for a guest (the id lives
/// in the protected guest cookie). Built only from an authenticated principal, never from anything the browser sends in clear.
/// </summary>
public readonly record struct LearnerKey
{
    private const string AccountPrefix = "u:";
    private const string GuestPrefix = "g:";

    private LearnerKey(string value) => Value = value;

    public string Value { get; }

    public bool IsGuest => Value.StartsWith(GuestPrefix, StringComparison.Ordinal);

    public static LearnerKey ForAccount(string userId) => new(AccountPrefix + userId);

    public static LearnerKey ForGuest(string guestId) => new(GuestPrefix + guestId);

    /// <summary>The learner a principal stands for: an account, a guest, or nobody (null).</summary>
    public static LearnerKey? From(ClaimsPrincipal? user)
    {
        if (user?.Identity is not { IsAuthenticated: true } identity)
        {
            return null;
        }
        if (identity.AuthenticationType == GuestAuthentication.Scheme)
        {
            return user.FindFirst(GuestAuthentication.GuestIdClaim)?.Value is { Length: > 0 } guestId ? ForGuest(guestId) : null;
        }
        return user.FindFirst(ClaimTypes.NameIdentifier)?.Value is { Length: > 0 } userId ? ForAccount(userId) : null;
    }

    public override string ToString() => Value;
}
