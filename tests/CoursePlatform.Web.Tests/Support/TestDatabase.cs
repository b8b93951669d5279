using CoursePlatform.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoursePlatform.Web.Tests.Support;

/// <summary>A migrated SQLite database in a temporary file, for tests that use the data layer without the app.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cp-db-" + Guid.NewGuid().ToString("N"));

    public TestDatabase()
    {
        Directory.CreateDirectory(_directory);
        // Identity reads its schema version from the application's services, as the app configures it.
        var identity = new ServiceCollection()
            .Configure<IdentityOptions>(o => o.Stores.SchemaVersion = IdentitySchemaVersions.Version3)
            .BuildServiceProvider();
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlite("Data Source=" + Path.Combine(_directory, "app.db"))
            .UseApplicationServiceProvider(identity)
            .Options;
        Factory = new Contexts(options);
        using var db = Factory.CreateDbContext();
        db.Database.Migrate();
    }

    public IDbContextFactory<AppDbContext> Factory { get; }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, true);
        }
        catch (IOException)
        {
        }
    }

    private sealed class Contexts(DbContextOptions<AppDbContext> options) : IDbContextFactory<AppDbContext>
    {
        public AppDbContext CreateDbContext() => new(options);
    }
}
