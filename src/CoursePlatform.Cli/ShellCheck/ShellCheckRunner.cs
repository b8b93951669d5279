using System.Diagnostics;
using System.Text.Json;
using CoursePlatform.Linting;
using CoursePlatform.Linting.Rules;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Cli.ShellCheck;

/// <summary>
/// Runs the <c>shellcheck</c> executable over the RUN scripts of many Dockerfiles at once (one process per few
/// hundred scripts) and turns its <c>json1</c> output into SC findings placed on the RUN's first line.
/// Unlike hadolint, which keeps only one ShellCheck finding per RUN (a side effect of its finding set ordering only by
/// line), every distinct finding (code and message) is kept.
/// </summary>
public static class ShellCheckRunner
{
    /// <summary>Codes hadolint always excludes: SC2187 (ash), SC1090 and SC1091 (sourced files).</summary>
    public const string Excluded = "SC2187,SC1090,SC1091";

    private const int BatchSize = 100;

    /// <summary>The shellcheck executable on PATH, or null.</summary>
    public static string? Locate(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }
        foreach (var directory in path.Split(Path.PathSeparator))
        {
            if (directory.Length == 0)
            {
                continue;
            }
            var candidate = Path.Combine(directory, OperatingSystem.IsWindows() ? "shellcheck.exe" : "shellcheck");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    /// <summary>ShellCheck findings for each document (same order); empty lists when ShellCheck cannot run.</summary>
    public static IReadOnlyList<IReadOnlyList<ExternalFinding>> Run(string executable, IReadOnlyList<DockerfileDocument> documents, TextWriter log)
    {
        var results = new List<ExternalFinding>[documents.Count];
        var all = new List<(int Document, ShellCheckScript Script)>();
        for (var i = 0; i < documents.Count; i++)
        {
            results[i] = [];
            foreach (var script in ShellCheckScripts.Extract(documents[i]))
            {
                all.Add((i, script));
            }
        }
        if (all.Count == 0)
        {
            return results;
        }
        var directory = Path.Combine(Path.GetTempPath(), "courseplatform-sc-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var batches = new List<(Dictionary<string, int> Files, string? Output)>();
            for (var start = 0; start < all.Count; start += BatchSize)
            {
                var count = Math.Min(BatchSize, all.Count - start);
                var files = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var k = 0; k < count; k++)
                {
                    var file = Path.Combine(directory, $"run{start + k}.sh");
                    File.WriteAllText(file, all[start + k].Script.Text);
                    files[file] = start + k;
                }
                batches.Add((files, null));
            }
            // ShellCheck is single-threaded and far slower than the engine: run one process per core.
            var outputs = new string?[batches.Count];
            Parallel.For(0, batches.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, b =>
            {
                outputs[b] = Invoke(executable, [.. batches[b].Files.Keys], log, out var output) ? output : null;
            });
            for (var b = 0; b < batches.Count; b++)
            {
                if (outputs[b] is not { } output)
                {
                    continue;
                }
                foreach (var (file, code, level, message) in ParseJson1(output))
                {
                    if (batches[b].Files.TryGetValue(file, out var index))
                    {
                        var (documentIndex, script) = all[index];
                        var finding = new ExternalFinding(code, level, message, FirstLine(documents[documentIndex], script.Run), script.Run);
                        if (!results[documentIndex].Exists(f => f.Instruction == script.Run && f.Code == code && f.Message == message))
                        {
                            results[documentIndex].Add(finding);
                        }
                    }
                }
            }
        }
        finally
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
        return results;
    }

    /// <summary>Reads ShellCheck's <c>--format=json1</c> output: file, <c>SC</c> code, severity and message per comment.</summary>
    public static List<(string File, string Code, Severity Level, string Message)> ParseJson1(string output)
    {
        var comments = new List<(string, string, Severity, string)>();
        if (string.IsNullOrWhiteSpace(output))
        {
            return comments;
        }
        using var json = JsonDocument.Parse(output);
        if (!json.RootElement.TryGetProperty("comments", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return comments;
        }
        foreach (var comment in list.EnumerateArray())
        {
            var file = comment.TryGetProperty("file", out var f) ? f.GetString() ?? "" : "";
            var code = comment.TryGetProperty("code", out var c) && c.TryGetInt32(out var number) ? $"SC{number}" : "SC0000";
            var level = comment.TryGetProperty("level", out var l) ? l.GetString() : null;
            var message = comment.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
            comments.Add((file, code, level switch
            {
                "error" => Severity.Error,
                "warning" => Severity.Warning,
                "info" => Severity.Info,
                _ => Severity.Style,
            }, message));
        }
        return comments;
    }

    private static bool Invoke(string executable, List<string> files, TextWriter log, out string output)
    {
        output = "";
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--format=json1");
        start.ArgumentList.Add("--severity=style");
        start.ArgumentList.Add("--exclude=" + Excluded);
        start.ArgumentList.Add("--");
        foreach (var file in files)
        {
            start.ArgumentList.Add(file);
        }
        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return false;
            }
            var errors = process.StandardError.ReadToEndAsync();
            output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            // 0 = clean, 1 = findings; anything else is a ShellCheck failure (bad options, unreadable files).
            if (process.ExitCode is not (0 or 1))
            {
                lock (log)
                {
                    log.WriteLine($"courseplatform: shellcheck failed (exit {process.ExitCode}): {errors.Result.Trim()}");
                }
                return false;
            }
            return true;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException)
        {
            lock (log)
            {
                log.WriteLine($"courseplatform: could not run shellcheck: {e.Message}");
            }
            return false;
        }
    }

    private static SourceSpan FirstLine(DockerfileDocument document, Instruction run)
    {
        var start = run.Span.Start;
        var line = run.Span.StartLine;
        var end = line < document.Lines.LineCount ? document.Lines.LineStart(line + 1) - 1 : document.Source.Length;
        while (end > start && (document.Source[end - 1] == '\r' || document.Source[end - 1] == '\n'))
        {
            end--;
        }
        end = Math.Clamp(end, start, run.Span.End);
        return document.Lines.Span(start, end);
    }
}
