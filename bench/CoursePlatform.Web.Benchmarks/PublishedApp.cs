using System.Collections.Concurrent;
using System.Diagnostics;

namespace CoursePlatform.Web.Benchmarks;

/// <summary>
/// The web app as it runs in production: a Release publish of src/CoursePlatform.Web started as its own process
/// (`dotnet CoursePlatform.Web.dll`, Production environment) on a free loopback port, with a throwaway database.
/// </summary>
internal sealed class PublishedApp : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly DirectoryInfo _dataDirectory;
    private readonly ConcurrentQueue<string> _log;

    private PublishedApp(Process process, DirectoryInfo dataDirectory, ConcurrentQueue<string> log)
    {
        _process = process;
        _dataDirectory = dataDirectory;
        _log = log;
    }

    /// <summary>Where the app listens, e.g. http://127.0.0.1:40123.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>Publishes the app (Release) into the bench's output folder; incremental after the first time.</summary>
    public static string Publish(string repositoryRoot)
    {
        var project = Path.Combine(repositoryRoot, "src", "CoursePlatform.Web", "CoursePlatform.Web.csproj");
        var output = Path.Combine(AppContext.BaseDirectory, "web-app");
        var (exitCode, text) = Shell.Run("dotnet", "publish", project, "-c", "Release", "-o", output, "--nologo", "-v", "quiet");
        if (exitCode != 0)
        {
            throw new BenchException($"dotnet publish of {project} failed (exit code {exitCode}):\n{text}");
        }
        return output;
    }

    public static async Task<PublishedApp> StartAsync(string appDirectory, string contentRoot)
    {
        var dll = Path.Combine(appDirectory, "CoursePlatform.Web.dll");
        if (!File.Exists(dll))
        {
            throw new BenchException($"{dll} does not exist: the app folder must be `dotnet publish` output of src/CoursePlatform.Web.");
        }
        var data = Directory.CreateTempSubdirectory("cp-keybench-");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = appDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Content__RootPath"] = contentRoot;
        start.Environment["ConnectionStrings__CoursePlatform"] = "Data Source=" + Path.Combine(data.FullName, "app.db");
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";

        var log = new ConcurrentQueue<string>();
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLine(string? line)
        {
            if (line is null)
            {
                return;
            }
            log.Enqueue(line);
            while (log.Count > 40 && log.TryDequeue(out _))
            {
            }
            const string marker = "Now listening on: ";
            var at = line.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                listening.TrySetResult(line[(at + marker.Length)..].Trim().TrimEnd('/'));
            }
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.Exited += (_, _) => listening.TrySetException(new BenchException("the app exited while starting."));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var app = new PublishedApp(process, data, log);
        try
        {
            app.BaseUrl = await listening.Task.WaitAsync(StartTimeout);
            return app;
        }
        catch (Exception e) when (e is BenchException or TimeoutException)
        {
            app.Stop();
            process.WaitForExit(); // lets the last lines of output arrive
            var tail = app.LogTail();
            await app.DisposeAsync();
            throw new BenchException($"the app did not start listening within {StartTimeout.TotalSeconds:0} s. Its last output:\n{tail}");
        }
    }

    public string LogTail() => string.Join('\n', _log);

    /// <summary>Stops the app. Also safe to call from a Ctrl+C handler.</summary>
    public void Stop()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        _process.Dispose();
        try
        {
            _dataDirectory.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
        return ValueTask.CompletedTask;
    }
}
