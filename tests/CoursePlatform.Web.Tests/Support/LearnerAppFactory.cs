using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CoursePlatform.Web.Tests.Support;

/// <summary>
/// The real app over the repository's content (its real problems) and a temporary SQLite file, with a small
/// submission burst so the rate limit is reachable, and one instructor address in configuration.
/// </summary>
public sealed class LearnerAppFactory : WebApplicationFactory<Program>
{
    public const int Burst = 5;
    public const string InstructorEmail = "teacher@example.com";
    public const string DashboardInstructorEmail = "dean@example.com";

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "cp-learner-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Content:Watch", "false");
        builder.UseSetting("Content:RootPath", RepositoryContent.Root);
        builder.UseSetting("ConnectionStrings:CoursePlatform", "Data Source=" + Path.Combine(DataDirectory, "app.db"));
        builder.UseSetting("Submissions:Burst", Burst.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Submissions:PerMinute", "1");
        builder.UseSetting("Accounts:Instructors:0", InstructorEmail);
        builder.UseSetting("Accounts:Instructors:1", DashboardInstructorEmail);
    }

    /// <summary>A browser of its own: its own cookies, following redirects.</summary>
    public LearnerClient NewLearner() => new(CreateClient());

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, true);
        }
        catch (IOException)
        {
        }
    }
}
