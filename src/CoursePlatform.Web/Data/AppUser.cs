using Microsoft.AspNetCore.Identity;

namespace CoursePlatform.Web.Data;

/// <summary>An account. Its progress rows use the learner key <c>u:&lt;Id&gt;</c>.</summary>
public sealed class AppUser : IdentityUser
{
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>The two roles of platform.md section 7.</summary>
public static class Roles
{
    public const string Student = "Student";
    public const string Instructor = "Instructor";

    public static readonly IReadOnlyList<string> All = [Student, Instructor];
}
