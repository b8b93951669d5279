using CoursePlatform.Web.Data;
using CoursePlatform.Web.Learning;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace CoursePlatform.Web.Accounts;

/// <summary>The e-mail addresses that are instructors (<c>Accounts:Instructors</c> in configuration).</summary>
public sealed record InstructorOptions(IReadOnlyList<string> Emails)
{
    public bool IsInstructor(string? email) =>
        email is not null && Emails.Any(e => string.Equals(e.Trim(), email.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary>The outcome of signing up or in: success, or the messages to show next to the form.</summary>
public sealed record AccountResult(bool Succeeded, IReadOnlyList<string> Errors)
{
    public static AccountResult Success { get; } = new(true, []);

    public static AccountResult Failed(params string[] errors) => new(false, errors);
}

/// <summary>
/// Sign up, sign in and sign out, during a request (static server rendering, where cookies can still be written).
/// Whatever the visitor did as a guest moves into the account they sign up for or into, and the guest cookie goes.
/// </summary>
public sealed class AccountService(
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    RoleManager<IdentityRole> roles,
    LearnerProgress progress,
    InstructorOptions instructors,
    TimeProvider clock,
    ILogger<AccountService> logger)
{
    public async Task<AccountResult> SignUpAsync(HttpContext http, string email, string password)
    {
        email = email.Trim();
        var user = new AppUser { UserName = email, Email = email, CreatedAt = clock.GetUtcNow() };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return AccountResult.Failed([.. created.Errors.Select(e => e.Description)]);
        }
        await users.AddToRoleAsync(user, Roles.Student);
        if (instructors.IsInstructor(email))
        {
            await users.AddToRoleAsync(user, Roles.Instructor);
        }
        logger.LogInformation("Account {UserId} created", user.Id);
        await AdoptGuestAsync(http, user);
        await signIn.SignInAsync(user, isPersistent: true);
        return AccountResult.Success;
    }

    public async Task<AccountResult> SignInAsync(HttpContext http, string email, string password, bool remember)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            return AccountResult.Failed("The e-mail address or the password is not right.");
        }
        var result = await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return AccountResult.Failed("Too many wrong passwords: this account is locked for a few minutes.");
        }
        if (!result.Succeeded)
        {
            return AccountResult.Failed("The e-mail address or the password is not right.");
        }
        await AdoptGuestAsync(http, user);
        return AccountResult.Success;
    }

    public async Task SignOutAsync() => await signIn.SignOutAsync();

    /// <summary>Creates the roles and gives the Instructor role to the configured addresses that have accounts.</summary>
    public async Task EnsureRolesAndInstructorsAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
        foreach (var email in instructors.Emails)
        {
            if (await users.FindByEmailAsync(email.Trim()) is { } user && !await users.IsInRoleAsync(user, Roles.Instructor))
            {
                await users.AddToRoleAsync(user, Roles.Instructor);
                logger.LogInformation("Account {UserId} made instructor from configuration", user.Id);
            }
        }
    }

    /// <summary>Moves the request's guest progress (if any) to the account and removes the guest cookie.</summary>
    private async Task AdoptGuestAsync(HttpContext http, AppUser user)
    {
        var guest = await http.AuthenticateAsync(GuestAuthentication.Scheme);
        if (guest.Succeeded && LearnerKey.From(guest.Principal) is { IsGuest: true } guestKey)
        {
            await progress.MergeAsync(guestKey, LearnerKey.ForAccount(user.Id));
            await http.SignOutAsync(GuestAuthentication.Scheme);
            logger.LogInformation("Guest progress moved to account {UserId}", user.Id);
        }
    }
}
