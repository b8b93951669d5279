using System.Globalization;

namespace CoursePlatform.Web.Benchmarks;

internal sealed record Options(int Keystrokes, int Warmup, string? AppDirectory, int? DebounceMilliseconds, bool Help)
{
    public const string Usage = """
        usage: dotnet run -c Release --project bench/CoursePlatform.Web.Benchmarks -- [options]

          --keystrokes N    keystrokes measured (default 200)
          --warmup N        keystrokes typed first and not counted (default 20)
          --app DIR         an existing `dotnet publish` folder of src/CoursePlatform.Web
                            (default: publish it now, Release, into the bench's output folder)
          --debounce-ms N   the editor's debounce (default: DebounceMilliseconds in DockerfileEditor.razor)
        """;

    public static Options Parse(IReadOnlyList<string> args)
    {
        var options = new Options(Keystrokes: 200, Warmup: 20, AppDirectory: null, DebounceMilliseconds: null, Help: false);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "-h" or "--help")
            {
                options = options with { Help = true };
                continue;
            }
            if (i + 1 >= args.Count)
            {
                throw new ArgumentException(name.StartsWith("--", StringComparison.Ordinal) ? $"{name} needs a value." : $"unknown argument '{name}'.");
            }
            var value = args[++i];
            options = name switch
            {
                "--keystrokes" => options with { Keystrokes = Number(name, value, minimum: 2) },
                "--warmup" => options with { Warmup = Number(name, value, minimum: 0) },
                "--app" => options with { AppDirectory = Path.GetFullPath(value) },
                "--debounce-ms" => options with { DebounceMilliseconds = Number(name, value, minimum: 0) },
                _ => throw new ArgumentException($"unknown option '{name}'."),
            };
        }
        return options;
    }

    private static int Number(string name, string value, int minimum) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= minimum
            ? number
            : throw new ArgumentException($"{name} wants a whole number of at least {minimum}, not '{value}'.");
}
