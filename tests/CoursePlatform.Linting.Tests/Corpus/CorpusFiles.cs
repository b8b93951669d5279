namespace CoursePlatform.Linting.Tests.Corpus;

/// <summary>
/// The shared corpus of real-world Dockerfiles: found by walking up from the test output to the folder holding
/// <c>CoursePlatform.sln</c>, then <c>../shared/corpus/dockerfiles</c>. Loaded once.
/// </summary>
internal static class CorpusFiles
{
    private static readonly Lazy<(string Name, string Text)[]> Files = new(Load);

    public static (string Name, string Text)[] All => Files.Value;

    public static string Directory
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "CoursePlatform.sln")))
                {
                    return Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "corpus", "dockerfiles"));
                }
            }
            throw new DirectoryNotFoundException("CoursePlatform.sln not found above " + AppContext.BaseDirectory);
        }
    }

    private static (string, string)[] Load()
    {
        var directory = Directory;
        Assert.True(System.IO.Directory.Exists(directory), $"corpus folder missing: {directory} (shared/ must sit beside the repository)");
        return [.. System.IO.Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal).Select(p => (Path.GetFileName(p), File.ReadAllText(p)))];
    }
}
