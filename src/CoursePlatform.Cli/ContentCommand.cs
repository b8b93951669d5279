using CoursePlatform.Content.Problems;

namespace CoursePlatform.Cli;

/// <summary><c>content validate [DIR]</c>: runs the content checks and prints each error as <c>file:line: message</c>.</summary>
internal static class ContentCommand
{
    public const string Usage = "usage: courseplatform content validate [DIR]";

    public static int Run(string[] args, CliConsole console)
    {
        if (args.Length == 0 || args[0] != "validate" || args.Length > 2)
        {
            console.Error.WriteLine(Usage);
            return 2;
        }
        var root = ResolveContentRoot(args.Length == 2 ? args[1] : null, console);
        if (root is null)
        {
            return 2;
        }
        var errors = ContentValidator.Validate(root);
        foreach (var error in errors)
        {
            console.Out.WriteLine(error.ToString());
        }
        if (errors.Count > 0)
        {
            console.Error.WriteLine($"{errors.Count} content error(s) in {root}");
            return 1;
        }
        var problems = ContentValidator.LoadProblems(root).Problems.Count;
        console.Out.WriteLine($"content OK: {root} ({problems} problem(s))");
        return 0;
    }

    /// <summary>The given folder, or the repository's <c>content/</c> found by walking up from the current directory.</summary>
    public static string? ResolveContentRoot(string? given, CliConsole console)
    {
        if (given is not null)
        {
            var full = Path.GetFullPath(Path.Combine(console.CurrentDirectory, given));
            if (Directory.Exists(full))
            {
                return full;
            }
            console.Error.WriteLine($"courseplatform: content folder '{given}' not found");
            return null;
        }
        for (var dir = new DirectoryInfo(console.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "content");
            if (File.Exists(Path.Combine(candidate, "course.yaml")) || Directory.Exists(Path.Combine(candidate, "problems")))
            {
                return candidate;
            }
        }
        console.Error.WriteLine("courseplatform: no content/ folder found above the current directory; pass --content DIR");
        return null;
    }
}
