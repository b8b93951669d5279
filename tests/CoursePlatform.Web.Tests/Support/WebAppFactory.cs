using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CoursePlatform.Web.Tests.Support;

/// <summary>The real app over a temporary content folder and a temporary SQLite file.</summary>
public sealed class WebAppFactory : WebApplicationFactory<Program>
{
    public TestContent Content { get; } = new();

    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), "cp-web-" + Guid.NewGuid().ToString("N"), "app.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Content:Watch", "false");
        builder.UseSetting("Content:RootPath", Content.Root);
        builder.UseSetting("ConnectionStrings:CoursePlatform", "Data Source=" + DatabasePath);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Content.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path.GetDirectoryName(DatabasePath)!, true);
        }
        catch (IOException)
        {
        }
    }
}
