using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CoursePlatform.Linting;

namespace CoursePlatform.Cli;

/// <summary>
/// <c>bench &lt;dir&gt; [--passes N] [--series SECONDS]</c>: lints every file of a folder from memory on one thread, after a
/// warm-up of a few seconds, and prints throughput, latency percentiles and allocations; the last line is one JSON
/// object. <c>--series</c> then goes on linting for that many seconds and adds the throughput of each half-second, which
/// shows whether the machine's speed changed while the process itself did the same work throughout.
/// </summary>
internal static class BenchCommand
{
    public static int Run(string[] args, CliConsole console)
    {
        string? directory = null;
        var passes = 5;
        var seriesSeconds = 0;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--passes" && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var n) && n > 0)
            {
                passes = n;
                i++;
            }
            else if (args[i].StartsWith("--passes=", StringComparison.Ordinal) && int.TryParse(args[i][9..], CultureInfo.InvariantCulture, out n) && n > 0)
            {
                passes = n;
            }
            else if (args[i] is "--series" && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out n) && n is > 0 and <= MaxSeriesSeconds)
            {
                seriesSeconds = n;
                i++;
            }
            else if (args[i] is "--series")
            {
                console.Error.WriteLine($"courseplatform: bench: --series takes a number of seconds from 1 to {MaxSeriesSeconds}");
                return 2;
            }
            else if (directory is null && !args[i].StartsWith('-'))
            {
                directory = args[i];
            }
            else
            {
                console.Error.WriteLine($"courseplatform: bench: unexpected argument '{args[i]}'; usage: {Usage}");
                return 2;
            }
        }
        if (directory is null)
        {
            console.Error.WriteLine($"courseplatform: bench: usage: {Usage}");
            return 2;
        }
        var full = Path.GetFullPath(directory, console.CurrentDirectory);
        if (!Directory.Exists(full))
        {
            console.Error.WriteLine($"courseplatform: cannot read '{directory}': no such directory");
            return 1;
        }
        var paths = Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var texts = paths.Select(File.ReadAllText).ToArray();
        if (texts.Length == 0)
        {
            console.Error.WriteLine($"courseplatform: bench: no files in '{directory}'");
            return 1;
        }
        var result = Measure(texts, passes, TimeSpan.FromSeconds(seriesSeconds));
        console.Out.WriteLine($"{result.Files} files, {result.Bytes} bytes, {passes} passes on one thread after {WarmUp.TotalSeconds:F0} s of warm-up");
        console.Out.WriteLine($"{result.FilesPerSecond:F0} files/s, {result.MegabytesPerSecond:F1} MB/s, p50 {result.P50Micros:F1} µs, p99 {result.P99Micros:F1} µs, {result.AllocatedBytesPerFile:F0} bytes allocated per file");
        foreach (var (index, micros) in result.Slowest)
        {
            console.Out.WriteLine($"slowest: {Path.GetRelativePath(full, paths[index])} {micros:F0} µs (fastest of {passes} passes)");
        }
        if (result.Series.Count > 0)
        {
            var sorted = result.Series.Order().ToArray();
            console.Out.WriteLine(
                $"series, files/s per half-second over {seriesSeconds} s: min {sorted[0]:F0}, median {sorted[sorted.Length / 2]:F0}, max {sorted[^1]:F0}");
            console.Out.WriteLine(string.Join(' ', result.Series.Select(rate => rate.ToString("F0", CultureInfo.InvariantCulture))));
        }
        console.Out.WriteLine(result.ToJson());
        return 0;
    }

    private const string Usage = "courseplatform bench <dir> [--passes N] [--series SECONDS]";

    private const int MaxSeriesSeconds = 3600;

    internal sealed record BenchResult(
        int Files, long Bytes, int Passes, double FilesPerSecond, double MegabytesPerSecond, double P50Micros, double P99Micros,
        double AllocatedBytesPerFile, int Findings, IReadOnlyList<(int Index, double Micros)> Slowest, IReadOnlyList<double> Series)
    {
        public string ToJson()
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream))
            {
                json.WriteStartObject();
                json.WriteNumber("files", Files);
                json.WriteNumber("bytes", Bytes);
                json.WriteNumber("passes", Passes);
                json.WriteNumber("filesPerSecond", Math.Round(FilesPerSecond, 1));
                json.WriteNumber("megabytesPerSecond", Math.Round(MegabytesPerSecond, 2));
                json.WriteNumber("p50Micros", Math.Round(P50Micros, 2));
                json.WriteNumber("p99Micros", Math.Round(P99Micros, 2));
                json.WriteNumber("allocatedBytesPerFile", Math.Round(AllocatedBytesPerFile));
                json.WriteNumber("findings", Findings);
                json.WriteString("engineVersion", Linter.EngineVersion);
                if (Series.Count > 0)
                {
                    json.WriteStartArray("seriesFilesPerSecond");
                    foreach (var rate in Series)
                    {
                        json.WriteNumberValue(Math.Round(rate));
                    }
                    json.WriteEndArray();
                }
                json.WriteEndObject();
            }
            return System.Text.Encoding.UTF8.GetString(stream.ToArray());
        }
    }

    /// <summary>How long to lint before measuring.</summary>
    internal static TimeSpan WarmUp { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>The window of each figure of <c>--series</c>.</summary>
    private static readonly TimeSpan SeriesWindow = TimeSpan.FromMilliseconds(500);

    internal static BenchResult Measure(string[] texts, int passes, TimeSpan series = default)
    {
        var linter = Linter.Default;
        var findings = 0;
        foreach (var text in texts)
        {
            findings += linter.Lint(text).Findings.Count;
        }
        // "Warm" means steady state: tiered compilation promotes hot methods to optimised code only after they
        // have run a while, so keep linting until the JIT has had WarmUp to finish before measuring.
        var warmUpStarted = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(warmUpStarted) < WarmUp)
        {
            foreach (var text in texts)
            {
                linter.Lint(text);
            }
        }
        var samples = new long[texts.Length * passes];
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var started = Stopwatch.GetTimestamp();
        var sample = 0;
        var fastest = new long[texts.Length];
        Array.Fill(fastest, long.MaxValue);
        for (var pass = 0; pass < passes; pass++)
        {
            for (var i = 0; i < texts.Length; i++)
            {
                var before = Stopwatch.GetTimestamp();
                linter.Lint(texts[i]);
                var ticks = Stopwatch.GetTimestamp() - before;
                samples[sample++] = ticks;
                fastest[i] = Math.Min(fastest[i], ticks);
            }
        }
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Array.Sort(samples);
        var bytes = texts.Sum(t => (long)System.Text.Encoding.UTF8.GetByteCount(t));
        double Micros(double quantile) => samples[Math.Min(samples.Length - 1, (int)(quantile * samples.Length))] * 1_000_000.0 / Stopwatch.Frequency;
        return new BenchResult(
            texts.Length, bytes, passes,
            samples.Length / elapsed,
            bytes * passes / elapsed / 1_000_000.0,
            Micros(0.50), Micros(0.99),
            (double)allocated / samples.Length,
            findings,
            [.. fastest.Select((ticks, index) => (index, ticks * 1_000_000.0 / Stopwatch.Frequency)).OrderByDescending(p => p.Item2).Take(3)],
            Series(linter, texts, series));
    }

    // The same work as the passes, cut into half-second windows: whole files only, each window's rate from its own
    // clock, so a change of speed between windows is the machine's, not a different mix of files.
    private static double[] Series(Linter linter, string[] texts, TimeSpan duration)
    {
        var rates = new List<double>();
        var started = Stopwatch.GetTimestamp();
        var next = 0;
        while (Stopwatch.GetElapsedTime(started) < duration)
        {
            var windowStarted = Stopwatch.GetTimestamp();
            var files = 0;
            TimeSpan window;
            do
            {
                linter.Lint(texts[next]);
                next = next + 1 == texts.Length ? 0 : next + 1;
                files++;
                window = Stopwatch.GetElapsedTime(windowStarted);
            }
            while (window < SeriesWindow);
            rates.Add(files / window.TotalSeconds);
        }
        return [.. rates];
    }
}
