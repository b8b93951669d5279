namespace CoursePlatform.Linting.Benchmarks;

/// <summary>The shared corpus of real-world Dockerfiles, found beside the repository (<c>../shared/corpus/dockerfiles</c>).</summary>
internal static class Corpus
{
    public static string[] Load()
    {
        var directory = Locate() ?? throw new DirectoryNotFoundException(
            "corpus not found: expected shared/corpus/dockerfiles beside the repository, or set COURSEPLATFORM_CORPUS");
        return [.. Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal).Select(File.ReadAllText)];
    }

    private static string? Locate()
    {
        if (Environment.GetEnvironmentVariable("COURSEPLATFORM_CORPUS") is { Length: > 0 } configured)
        {
            return configured;
        }
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "CoursePlatform.sln")))
                {
                    var corpus = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "corpus", "dockerfiles"));
                    return Directory.Exists(corpus) ? corpus : null;
                }
            }
        }
        return null;
    }
}
