using CoursePlatform.Cli.Configuration;
using CoursePlatform.Cli.ShellCheck;
using CoursePlatform.Linting;
using CoursePlatform.Linting.Configuration;
using CoursePlatform.Linting.Formatting;
using CoursePlatform.Linting.Parsing;
using CoursePlatform.Linting.Rules;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Cli;

/// <summary>
/// <c>lint</c>: settings from environment &lt; config file &lt; command line, every file parsed, ShellCheck run once
/// over all RUN scripts, findings printed in one format, and hadolint's exit code.
/// </summary>
internal static class LintCommand
{
    public static int Run(string[] args, CliConsole console)
    {
        var arguments = LintArguments.Parse(args, out var error);
        if (arguments is null)
        {
            console.Error.WriteLine($"courseplatform: {error}");
            console.Error.WriteLine("run 'courseplatform --help' for usage");
            return 1;
        }
        if (arguments.Files.Count == 0)
        {
            console.Error.WriteLine("courseplatform: please provide a Dockerfile (or - for standard input)");
            return 1;
        }

        var settings = LoadSettings(arguments, console);
        var formatName = settings.Formats.Count > 0 ? settings.Formats[^1] : "tty";
        var color = settings.NoColor != true && console.OutputIsTerminal && console.GetVariable("NO_COLOR") is null;
        var formatter = ReportFormatter.Create(formatName, color);
        if (formatter is null)
        {
            console.Error.WriteLine($"courseplatform: unknown format '{formatName}' (expected {string.Join(", ", ReportFormatter.Names)})");
            return 1;
        }

        var options = settings.ToLintOptions();
        string? explicitDockerIgnore = null;
        if (arguments.DockerIgnorePath is { } dockerIgnorePath && !TryRead(dockerIgnorePath, console, out explicitDockerIgnore))
        {
            return 1;
        }

        var inputs = new List<(string Path, DockerfileDocument Document, LintOptions Options)>();
        var unreadable = false;
        foreach (var path in arguments.Files)
        {
            string? text;
            if (path == "-")
            {
                text = console.In.ReadToEnd();
            }
            else if (!TryRead(path, console, out text))
            {
                unreadable = true;
                continue;
            }
            var dockerIgnore = explicitDockerIgnore ?? (path == "-" ? null : DockerIgnoreBeside(path, console));
            var fileOptions = dockerIgnore is null ? options : options with { DockerIgnore = dockerIgnore };
            inputs.Add((path, DockerfileParser.Parse(text!), fileOptions));
        }

        IReadOnlyList<IReadOnlyList<ExternalFinding>>? external = null;
        if (!arguments.NoShellCheck && ShellCheckRunner.Locate(console.GetVariable("PATH")) is { } shellcheck)
        {
            external = ShellCheckRunner.Run(shellcheck, [.. inputs.Select(i => i.Document)], console.Error);
        }

        var reports = new List<FileReport>(inputs.Count);
        var threshold = settings.FailureThreshold ?? LintArguments.DefaultThreshold;
        var failed = false;
        for (var i = 0; i < inputs.Count; i++)
        {
            var (path, document, fileOptions) = inputs[i];
            var result = Linter.Default.Lint(document, fileOptions, external?[i]);
            reports.Add(new FileReport(path, result.Findings));
            failed |= result.HasParseErrors || result.Findings.Any(f => f.Code == ParseDiagnostic.Code || f.Severity <= threshold);
        }
        formatter.Write(console.Out, reports);

        if (unreadable)
        {
            return 1;
        }
        return settings.NoFail == true ? 0 : failed ? 1 : 0;
    }

    private static HadolintConfig LoadSettings(LintArguments arguments, CliConsole console)
    {
        var environment = HadolintConfig.FromEnvironment(console.GetVariable);
        var configPath = arguments.ConfigPath is { } given
            ? Path.GetFullPath(given, console.CurrentDirectory)
            : ConfigFile.Discover(console.CurrentDirectory, console.HomeDirectory, console.GetVariable);
        var file = HadolintConfig.Empty;
        if (configPath is not null)
        {
            var loaded = ConfigFile.Load(configPath);
            if (loaded.Error is not null)
            {
                console.Error.WriteLine($"courseplatform: {loaded.Error}; continuing without it");
            }
            file = loaded.Config;
        }
        var settings = environment.MergedWith(file).MergedWith(arguments.Settings);
        if (settings.Verbose == true)
        {
            console.Error.WriteLine(configPath is null ? "courseplatform: no config file found" : $"courseplatform: using config file {configPath}");
        }
        return settings;
    }

    private static string? DockerIgnoreBeside(string dockerfile, CliConsole console)
    {
        var full = Path.GetFullPath(dockerfile, console.CurrentDirectory);
        var candidate = Path.Combine(Path.GetDirectoryName(full) ?? console.CurrentDirectory, ".dockerignore");
        return File.Exists(candidate) && TryRead(candidate, console, out var text) ? text : null;
    }

    private static bool TryRead(string path, CliConsole console, out string? text)
    {
        text = null;
        var full = Path.GetFullPath(path, console.CurrentDirectory);
        try
        {
            if (Directory.Exists(full))
            {
                console.Error.WriteLine($"courseplatform: cannot read '{path}': is a directory");
                return false;
            }
            text = File.ReadAllText(full);
            return true;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            console.Error.WriteLine($"courseplatform: cannot read '{path}': no such file");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"courseplatform: cannot read '{path}': {e.Message}");
        }
        return false;
    }
}
