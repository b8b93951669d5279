using System.Globalization;
using System.Text.RegularExpressions;
using CoursePlatform.Web.Benchmarks;
using Microsoft.Playwright;

// Keystroke to squiggles on the problem page: how long after a key press the editor's squiggles show the findings
// of the new text. The published app runs as its own process (Production), headless Chromium types into Monaco.

const string PagePath = "/problems/go-scratch";
const double GoalMilliseconds = 150;

// The go-scratch starter. The measured keystrokes delete and retype the '/' of `WORKDIR /src` (line 2): a relative
// WORKDIR makes DL3000 (WorkdirRelativePath) fire, an absolute one silences it, so every keystroke changes the findings.
const string Dockerfile = "FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /server .\nCMD /server\n";
const int CharactersUpToSlash = 9; // "WORKDIR /"
var pause = TimeSpan.FromMilliseconds(150); // between keystrokes, once the squiggles are right

Options options;
try
{
    options = Options.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine("error: " + e.Message);
    Console.Error.WriteLine(Options.Usage);
    return 2;
}
if (options.Help)
{
    Console.WriteLine(Options.Usage);
    return 0;
}

Console.WriteLine($"load average at start: {LoadAverage()} ({Environment.ProcessorCount} cores)");
PublishedApp? app = null;
Console.CancelKeyPress += (_, _) => app?.Stop();
try
{
    var repository = RepositoryRoot();
    var debounce = options.DebounceMilliseconds ?? ConfiguredDebounce(repository);

    var appDirectory = options.AppDirectory;
    if (appDirectory is null)
    {
        Console.WriteLine("publishing src/CoursePlatform.Web (Release)...");
        appDirectory = PublishedApp.Publish(repository);
    }
    app = await PublishedApp.StartAsync(appDirectory, Path.Combine(repository, "content"));
    Console.WriteLine($"app: {appDirectory}, own process, Production environment, {app.BaseUrl}");

    await using var editor = await EditorPage.OpenAsync(app.BaseUrl + PagePath, TimeSpan.FromMilliseconds(debounce));
    Console.WriteLine($"browser: headless Chromium {editor.BrowserVersion}, {app.BaseUrl}{PagePath}");

    // Learn what the squiggle layer looks like for each of the two texts, and check the keystroke changes it.
    var withSlash = await editor.ReplaceTextAsync(Dockerfile);
    await editor.PressAsync("ArrowDown");
    await editor.PressAsync("ArrowRight", CharactersUpToSlash);
    var withoutSlash = await editor.PressAndSettleAsync("Backspace");
    if (withoutSlash == withSlash)
    {
        throw new BenchException("deleting the '/' of `WORKDIR /src` did not change the squiggles, so there is nothing to time.");
    }
    if (await editor.PressAndSettleAsync("/") != withSlash)
    {
        throw new BenchException("the same text settled on different squiggles the second time.");
    }

    Console.WriteLine($"typing {options.Warmup} warm-up and {options.Keystrokes} measured keystrokes ('/' of WORKDIR /src, deleted and retyped)...");
    var samples = new List<Sample>(options.Keystrokes);
    for (var i = 0; i < options.Warmup + options.Keystrokes; i++)
    {
        var delete = i % 2 == 0;
        var sample = await editor.MeasureAsync(delete ? "Backspace" : "/", delete ? withoutSlash : withSlash);
        if (i >= options.Warmup)
        {
            samples.Add(sample);
        }
        await Task.Delay(pause);
    }

    Report(samples, debounce);
    Console.WriteLine($"load average at end: {LoadAverage()}");
    return 0;
}
catch (BenchException e)
{
    Console.Error.WriteLine("error: " + e.Message);
    return 1;
}
catch (PlaywrightException e)
{
    Console.Error.WriteLine("error: the browser failed: " + e.Message);
    return 1;
}
finally
{
    if (app is not null)
    {
        await app.DisposeAsync();
    }
}

static void Report(List<Sample> samples, int debounce)
{
    var full = samples.Select(s => s.Latency).ToList();
    var system = full.Select(latency => latency - debounce).ToList();
    var render = samples.Select(s => s.MarkerRender).OfType<double>().ToList();

    Console.WriteLine();
    Console.WriteLine($"{$"keystroke -> squiggles, {samples.Count} keystrokes (ms)",-52}{"p50",8} {"p95",8} {"p99",8} {"max",8}");
    Console.WriteLine(Row($"full latency (includes the {debounce} ms debounce)", full));
    Console.WriteLine(Row($"system work (full minus the {debounce} ms debounce)", system));
    if (render.Count == samples.Count)
    {
        Console.WriteLine(Row("  of which: findings reach Monaco -> squiggles drawn", render));
    }
    Console.WriteLine();
    Console.WriteLine($"The debounce is a deliberate wait; the goal is about the system's own work (server lint, SignalR, marker render).");
    var p95 = Percentile(system, 0.95);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"goal: system work p95 under {GoalMilliseconds:0} ms on loopback: {(p95 < GoalMilliseconds ? "met" : "NOT met")} (p95 {p95:0.0} ms)"));
}

static string Row(string label, List<double> values) => string.Create(CultureInfo.InvariantCulture,
    $"{label,-52}{Percentile(values, 0.50),8:0.0} {Percentile(values, 0.95),8:0.0} {Percentile(values, 0.99),8:0.0} {values.Max(),8:0.0}");

// Nearest rank: the smallest value with at least p of the values at or below it.
static double Percentile(List<double> values, double p)
{
    var sorted = values.Order().ToList();
    return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}

static string LoadAverage()
{
    try
    {
        return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
    }
    catch (IOException)
    {
        return "unknown";
    }
}

static string RepositoryRoot()
{
    foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CoursePlatform.sln")))
            {
                return directory.FullName;
            }
        }
    }
    throw new BenchException("CoursePlatform.sln was not found above the bench or the current folder.");
}

// The debounce the server really waits: the constant in the editor component, so the two never drift apart.
static int ConfiguredDebounce(string repository)
{
    var file = Path.Combine(repository, "src", "CoursePlatform.Web", "Components", "Problems", "DockerfileEditor.razor");
    var match = File.Exists(file) ? Regex.Match(File.ReadAllText(file), @"DebounceMilliseconds\s*=\s*(\d+)") : Match.Empty;
    return match.Success
        ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
        : throw new BenchException($"DebounceMilliseconds was not found in {file}; pass --debounce-ms.");
}

internal sealed class BenchException(string message) : Exception(message);
