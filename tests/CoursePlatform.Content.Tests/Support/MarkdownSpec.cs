namespace CoursePlatform.Content.Tests.Support;

/// <summary>
/// Reads the Markdown feature specs in Specs/: each "## name" section holds a ~~~~~~ markdown fence (the input)
/// followed by a ~~~~~~ html fence (the expected output).
/// </summary>
public static class MarkdownSpec
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Specs");

    public sealed record Example(string File, string Name, string Markdown, string Html);

    public static IEnumerable<Example> ReadAll()
    {
        foreach (var path in System.IO.Directory.GetFiles(Directory, "*.md").Order(StringComparer.Ordinal))
        {
            foreach (var example in Read(path))
            {
                yield return example;
            }
        }
    }

    public static IEnumerable<Example> Read(string path)
    {
        var lines = File.ReadAllText(path).Replace("\r\n", "\n").Split('\n');
        string? name = null;
        var fences = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("## ", StringComparison.Ordinal))
            {
                name = lines[i][3..].Trim();
                fences.Clear();
            }
            else if (lines[i].StartsWith("~~~~~~ ", StringComparison.Ordinal))
            {
                var body = new List<string>();
                for (i++; i < lines.Length && lines[i] != "~~~~~~"; i++)
                {
                    body.Add(lines[i]);
                }
                fences.Add(string.Join('\n', body));
                if (fences.Count == 2 && name is not null)
                {
                    yield return new Example(Path.GetFileNameWithoutExtension(path), name, fences[0] + "\n", fences[1]);
                    fences.Clear();
                }
            }
        }
    }
}
