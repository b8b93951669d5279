using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

namespace CoursePlatform.Web.Benchmarks;

/// <summary>One keystroke's timestamps in the page's clock (milliseconds); <see cref="MarkersAt"/> is null when unknown.</summary>
internal sealed record Sample(double KeyAt, double? MarkersAt, double DoneAt)
{
    public double Latency => DoneAt - KeyAt;

    public double? MarkerRender => MarkersAt is { } markersAt ? DoneAt - markersAt : null;
}

/// <summary>The problem page's Dockerfile editor in headless Chromium, with the timing probe (probe.js) installed.</summary>
internal sealed class EditorPage : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>The Monaco instance of the problem page's Dockerfile tab.</summary>
    private const string EditorSelector = "#problem-editor-dockerfile";

    private static readonly TimeSpan SquiggleTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan KeystrokeTimeout = TimeSpan.FromSeconds(10);

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly IPage _page;
    private readonly TimeSpan _quiet;

    private EditorPage(IPlaywright playwright, IBrowser browser, IPage page, TimeSpan quiet)
    {
        _playwright = playwright;
        _browser = browser;
        _page = page;
        _quiet = quiet;
    }

    public string BrowserVersion => _browser.Version;

    /// <summary>
    /// Opens <paramref name="url"/> and waits for the editor. <paramref name="debounce"/> sizes the quiet period
    /// after which the squiggles count as settled.
    /// </summary>
    public static async Task<EditorPage> OpenAsync(string url, TimeSpan debounce)
    {
        EnsureChromium();
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
                // Loopback only: the Mermaid CDN fails at once and the page falls back to its local copy.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
            ],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        var editor = new EditorPage(playwright, browser, page, debounce + TimeSpan.FromSeconds(1));

        try
        {
            var response = await page.GotoAsync(url);
            if (response is null || !response.Ok)
            {
                throw new BenchException($"{url} answered {response?.Status.ToString(CultureInfo.InvariantCulture) ?? "nothing"}.");
            }
            // The editor's own layers (Monaco adds widgets that are .monaco-editor elements too).
            await page.Locator(EditorSelector + " .monaco-editor .view-overlays").First
                .WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
            await page.EvaluateAsync(ProbeScript(), EditorSelector);
        }
        catch (Exception e) when (e is TimeoutException or PlaywrightException or BenchException)
        {
            await editor.DisposeAsync();
            throw e as BenchException ?? new BenchException($"the Monaco editor {EditorSelector} did not appear on {url}: {e.Message}");
        }
        return editor;
    }

    /// <summary>Replaces the editor's text in one input event and returns the squiggles it settles on (never none).</summary>
    public async Task<string> ReplaceTextAsync(string text)
    {
        await _page.Locator(EditorSelector + " .monaco-editor textarea.inputarea").First.FocusAsync();
        await _page.Keyboard.PressAsync("Control+A");
        await _page.Keyboard.PressAsync("Delete");
        await _page.Keyboard.InsertTextAsync(text);
        var signature = await SettledSignatureAsync(requireSquiggles: true);
        await _page.Keyboard.PressAsync("Control+Home");
        return signature;
    }

    /// <summary>Presses keys without timing them (cursor moves).</summary>
    public async Task PressAsync(string key, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            await _page.Keyboard.PressAsync(key);
        }
    }

    /// <summary>Presses <paramref name="key"/> and returns the squiggles once they have stopped changing.</summary>
    public async Task<string> PressAndSettleAsync(string key)
    {
        await _page.Keyboard.PressAsync(key);
        return await SettledSignatureAsync(requireSquiggles: false);
    }

    /// <summary>Presses <paramref name="key"/> and times it until the squiggle layer shows <paramref name="target"/>.</summary>
    public async Task<Sample> MeasureAsync(string key, string target)
    {
        await _page.EvaluateAsync("target => keystrokeProbe.arm(target)", target);
        await _page.Keyboard.PressAsync(key);
        try
        {
            await _page.WaitForFunctionAsync("() => keystrokeProbe.doneAt !== null", null,
                new() { Timeout = (float)KeystrokeTimeout.TotalMilliseconds });
        }
        catch (TimeoutException)
        {
            throw new BenchException($"the squiggles did not show the new findings within {KeystrokeTimeout.TotalSeconds:0} s of pressing '{key}'.");
        }
        var times = await _page.EvaluateAsync<double[]>(
            "() => [keystrokeProbe.keyAt, keystrokeProbe.markersAt ?? -1, keystrokeProbe.doneAt]");
        return new Sample(times[0], times[1] < 0 ? null : times[1], times[2]);
    }

    /// <summary>Polls the squiggle signature until it has not changed for the quiet period (debounce + 1 s).</summary>
    private async Task<string> SettledSignatureAsync(bool requireSquiggles)
    {
        var total = Stopwatch.StartNew();
        var stable = Stopwatch.StartNew();
        var last = await SignatureAsync();
        while (total.Elapsed < SquiggleTimeout)
        {
            await Task.Delay(100);
            var current = await SignatureAsync();
            if (current != last)
            {
                last = current;
                stable.Restart();
            }
            else if (stable.Elapsed >= _quiet && (!requireSquiggles || current.Length > 0))
            {
                return current;
            }
        }
        throw new BenchException(requireSquiggles
            ? $"the page never showed squiggles: no .squiggly-* element in {EditorSelector} .view-overlays within {SquiggleTimeout.TotalSeconds:0} s of typing a Dockerfile with findings."
            : $"the squiggles did not settle within {SquiggleTimeout.TotalSeconds:0} s.");
    }

    private Task<string> SignatureAsync() => _page.EvaluateAsync<string>("() => keystrokeProbe.signature()");

    private static string ProbeScript()
    {
        using var stream = typeof(EditorPage).Assembly.GetManifestResourceStream("probe.js")
            ?? throw new InvalidOperationException("probe.js is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Installs Debian's Chromium when it is missing (the machines are root), as the browser tests do.</summary>
    private static void EnsureChromium()
    {
        if (File.Exists(ChromiumPath))
        {
            return;
        }
        Console.WriteLine($"{ChromiumPath} is missing: installing Debian's chromium with apt-get");
        Shell.Run("apt-get", "update", "-qq");
        var (exitCode, output) = Shell.Run("apt-get", "install", "-y", "-qq", "chromium");
        if (exitCode != 0 || !File.Exists(ChromiumPath))
        {
            throw new BenchException($"Chromium is not at {ChromiumPath} and `apt-get install -y chromium` failed:\n{output}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
