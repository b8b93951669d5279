namespace CoursePlatform.Cli;

/// <summary>What the CLI reads from and writes to; tests pass their own readers, writers and environment.</summary>
public sealed record CliConsole(
    TextReader In,
    TextWriter Out,
    TextWriter Error,
    Func<string, string?> GetVariable,
    string CurrentDirectory,
    string? HomeDirectory,
    bool OutputIsTerminal)
{
    public static CliConsole FromProcess() => new(
        Console.In,
        Console.Out,
        Console.Error,
        Environment.GetEnvironmentVariable,
        Directory.GetCurrentDirectory(),
        Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } home ? home : null,
        !Console.IsOutputRedirected);

    /// <summary>A console over strings, with no environment variables unless given, for in-process tests.</summary>
    public static CliConsole ForTest(string stdin, StringWriter stdout, StringWriter stderr, string currentDirectory, IReadOnlyDictionary<string, string>? environment = null)
        => new(new StringReader(stdin), stdout, stderr, name => environment is not null && environment.TryGetValue(name, out var value) ? value : null,
            currentDirectory, null, false);
}
