using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoursePlatform.E2E;

/// <summary>
/// The real app on a real loopback port (Kestrel through WebApplicationFactory) and Debian's Chromium driven by
/// Playwright. Every page gets a browser context that cannot reach anything but loopback, like the course machines.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly AppFactory _factory = new();
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;

    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        EnsureChromium();
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A page in a fresh context (fresh storage) whose requests off loopback are aborted and recorded.</summary>
    public async Task<SitePage> NewPageAsync(ColorScheme colorScheme = ColorScheme.Light, int width = 1280)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ColorScheme = colorScheme,
            ViewportSize = new ViewportSize { Width = width, Height = 800 },
        });
        var page = new SitePage(context, await context.NewPageAsync());
        await context.RouteAsync("**/*", async route =>
        {
            var host = new Uri(route.Request.Url).Host;
            if (host is "127.0.0.1" or "localhost" or "[::1]")
            {
                await route.ContinueAsync();
            }
            else
            {
                page.Blocked.Add(route.Request.Url);
                await route.AbortAsync("internetdisconnected");
            }
        });
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        await _factory.DisposeAsync();
    }

    /// <summary>The test setup installs Debian's Chromium when it is missing (the machines are root).</summary>
    private static void EnsureChromium()
    {
        if (File.Exists(ChromiumPath))
        {
            return;
        }
        Run("apt-get", "update -qq");
        Run("apt-get", "install -y -qq chromium");
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is not at {ChromiumPath} and could not be installed with apt-get.");
        }
    }

    private static void Run(string file, string arguments)
    {
        var start = new ProcessStartInfo(file, arguments) { UseShellExecute = false };
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(start)!;
        process.WaitForExit();
    }

    private sealed class AppFactory : WebApplicationFactory<Program>
    {
        private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "cp-e2e-" + Guid.NewGuid().ToString("N"));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Content:Watch", "false");
            builder.UseSetting("ConnectionStrings:CoursePlatform", "Data Source=" + Path.Combine(_dataDirectory, "app.db"));
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "site";
}

/// <summary>A page plus what it logged: console errors, uncaught exceptions and blocked off-machine requests.</summary>
public sealed class SitePage : IAsyncDisposable
{
    public SitePage(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            // The only expected failure: the CDN request this fixture cuts off (Mermaid then loads locally).
            if (message.Type == "error" && !Blocked.Exists(url => message.Location.StartsWith(url, StringComparison.Ordinal)))
            {
                Errors.Add($"console: {message.Text} at {message.Location}");
            }
        };
        page.PageError += (_, error) => Errors.Add("page error: " + error);
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public List<string> Errors { get; } = [];

    public List<string> Blocked { get; } = [];

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();
}
