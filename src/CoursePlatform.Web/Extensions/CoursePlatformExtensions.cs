using CoursePlatform.Content.Course;
using CoursePlatform.Content.Markdown;
using CoursePlatform.Web.Accounts;
using CoursePlatform.Web.Data;
using CoursePlatform.Web.Instructors;
using CoursePlatform.Web.Learning;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using CoursePlatform.Web.Problems;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CoursePlatform.Web.Extensions;

/// <summary>All of the app's wiring, so Program.cs reads like a table of contents.</summary>
public static class CoursePlatformExtensions
{
    /// <summary>Output cache policy of content pages: one entry per content version.</summary>
    public const string ContentCachePolicy = "content";

    public const string ContentCacheTag = "content";

    public static void AddCoursePlatform(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddHttpContextAccessor();
        services.AddScoped<AntiforgeryStateProvider, LazyAntiforgeryStateProvider>();

        var contentRoot = ContentLocation.Resolve(builder.Configuration, builder.Environment);
        var watch = builder.Configuration.GetValue("Content:Watch", builder.Environment.IsDevelopment());
        services.AddSingleton(CourseMarkdown.Default);
        services.AddSingleton(sp => new ContentStore(contentRoot, sp.GetRequiredService<CourseMarkdown>(), watch));
        services.AddSingleton(sp => new RuleDocs(sp.GetRequiredService<CourseMarkdown>()));
        services.AddSingleton<ProblemStore>();
        services.AddHostedService<ContentReloadWatcher>();

        services.AddOutputCache(options =>
        {
            options.AddPolicy(ContentCachePolicy, policy => policy
                .Expire(TimeSpan.FromHours(12))
                .Tag(ContentCacheTag)
                .VaryByValue(context => new KeyValuePair<string, string>(
                    "content", context.RequestServices.GetRequiredService<ContentStore>().Current.Version)));
        });

        var connectionString = SqliteConnectionString(builder.Configuration, builder.Environment);
        services.AddDbContextFactory<AppDbContext>(options => options.UseSqlite(connectionString));

        // The account and guest cookies are encrypted with these keys: keep them with the data, so a restart
        // (or a new container over the same volume) does not sign everyone out and orphan every guest's progress.
        services.AddDataProtection()
            .SetApplicationName("CoursePlatform")
            .PersistKeysToFileSystem(new DirectoryInfo(KeysDirectory(builder.Configuration, builder.Environment, connectionString)));

        builder.AddAccounts();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(builder.Configuration.GetSection("Submissions").Get<SubmissionOptions>() ?? new SubmissionOptions());
        services.AddSingleton<SubmissionRateLimiter>();
        services.AddSingleton<LearnerProgress>();
        services.AddSingleton<ClassReport>();
    }

    /// <summary>
    /// ASP.NET Core Identity (accounts, the Student and Instructor roles) with its cookie, and the guest cookie that
    /// lets newcomers practise before they sign up.
    /// </summary>
    private static void AddAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddCascadingAuthenticationState();
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.AddAuthentication().AddCookie(GuestAuthentication.Scheme, options =>
        {
            options.Cookie.Name = GuestAuthentication.CookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromDays(365);
            options.SlidingExpiration = true;
        });
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/signin";
            options.LogoutPath = "/account/signout";
            options.AccessDeniedPath = "/account/denied";
            options.ExpireTimeSpan = TimeSpan.FromDays(30);
            options.SlidingExpiration = true;
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.Instructor, policy => policy.RequireRole(Roles.Instructor));
        services.AddIdentityCore<AppUser>(options =>
            {
                options.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 8;
                options.Lockout.MaxFailedAccessAttempts = 10;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.AddSingleton(new InstructorOptions(builder.Configuration.GetSection("Accounts:Instructors").Get<string[]>() ?? []));
        services.AddScoped<AccountService>();
    }

    /// <summary>Creates the data folder and applies the committed migrations.</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
        }
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AccountService>().EnsureRolesAndInstructorsAsync();
    }

    /// <summary><c>DataProtection:KeysPath</c>, defaulting to <c>keys/</c> beside the SQLite file.</summary>
    internal static string KeysDirectory(IConfiguration configuration, IHostEnvironment environment, string sqliteConnectionString)
    {
        if (configuration["DataProtection:KeysPath"] is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured, environment.ContentRootPath);
        }
        var dataSource = new SqliteConnectionStringBuilder(sqliteConnectionString).DataSource;
        var dataDirectory = dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal)
            ? Path.Combine(environment.ContentRootPath, "data")
            : Path.GetDirectoryName(dataSource)!;
        return Path.Combine(dataDirectory, "keys");
    }

    /// <summary>
    /// <c>ConnectionStrings:CoursePlatform</c>, defaulting to <c>data/courseplatform.db</c>; a relative file
    /// is placed under the app's content root and its folder is created.
    /// </summary>
    internal static string SqliteConnectionString(IConfiguration configuration, IHostEnvironment environment)
    {
        var connection = new SqliteConnectionStringBuilder(
            configuration.GetConnectionString("CoursePlatform") ?? "Data Source=data/courseplatform.db");
        if (connection.DataSource != ":memory:" && !connection.DataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            var path = Path.GetFullPath(connection.DataSource, environment.ContentRootPath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            connection.DataSource = path;
        }
        return connection.ToString();
    }
}

/// <summary>Logs content errors and drops cached pages whenever the content is reloaded.</summary>
internal sealed class ContentReloadWatcher(ContentStore store, IOutputCacheStore cache, ILogger<ContentReloadWatcher> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        Report(store.Current);
        store.Reloaded += OnReloaded;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        store.Reloaded -= OnReloaded;
        return Task.CompletedTask;
    }

    private void OnReloaded(ContentSnapshot snapshot)
    {
        Report(snapshot);
        _ = cache.EvictByTagAsync(CoursePlatformExtensions.ContentCacheTag, CancellationToken.None).AsTask();
    }

    private void Report(ContentSnapshot snapshot)
    {
        logger.LogInformation("Content {Version} from {Root}: {Lessons} lessons, {Errors} errors",
            snapshot.Version, store.RootPath, snapshot.Course.Lessons.Count, snapshot.Errors.Count);
        foreach (var error in snapshot.Errors)
        {
            logger.LogWarning("Content error {Error}", error.ToString());
        }
    }
}

/// <summary>Where content/ is: <c>Content:RootPath</c>, else the nearest folder above the app holding content/course.yaml.</summary>
internal static class ContentLocation
{
    public static string Resolve(IConfiguration configuration, IHostEnvironment environment)
    {
        if (configuration["Content:RootPath"] is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured, environment.ContentRootPath);
        }
        foreach (var start in new[] { environment.ContentRootPath, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "content");
                if (File.Exists(Path.Combine(candidate, CourseLoader.CourseFile)))
                {
                    return candidate;
                }
            }
        }
        return Path.Combine(environment.ContentRootPath, "content");
    }
}
