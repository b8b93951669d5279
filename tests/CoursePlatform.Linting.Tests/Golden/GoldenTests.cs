using CoursePlatform.Linting.Parsing;
using CoursePlatform.Linting.Tests.Parsing;

namespace CoursePlatform.Linting.Tests.Golden;

/// <summary>
/// Parser golden cases: each folder holds a <c>Dockerfile</c> and the <c>expected.txt</c> dump of its tree.
/// Run with <c>UPDATE_GOLDEN=1</c> to rewrite the expected files in the source tree (then review the diff).
/// </summary>
public class GoldenTests
{
    private static string OutputFolder => Path.Combine(AppContext.BaseDirectory, "Golden");

    public static TheoryData<string> Cases()
    {
        var cases = new TheoryData<string>();
        foreach (var directory in Directory.GetDirectories(OutputFolder).Order(StringComparer.Ordinal))
        {
            cases.Add(Path.GetFileName(directory));
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_parse_tree_matches_the_expected_dump(string name)
    {
        // Bytes, so that a BOM stays in the source.
        var source = System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(OutputFolder, name, "Dockerfile")));
        var document = DockerfileParser.Parse(source);
        var actual = SyntaxDump.Render(document);
        Assert.Empty(SyntaxWalker.SpanViolations(document));

        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(SourceFolder(), name, "expected.txt"), actual);
            return;
        }
        var expectedPath = Path.Combine(OutputFolder, name, "expected.txt");
        Assert.True(File.Exists(expectedPath), $"{name}: no expected.txt; run the tests with UPDATE_GOLDEN=1 and review it");
        var expected = File.ReadAllText(expectedPath);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void There_are_golden_cases()
    {
        Assert.True(Cases().Count >= 15);
    }

    private static string SourceFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CoursePlatform.sln")))
        {
            directory = directory.Parent;
        }
        Assert.NotNull(directory);
        return Path.Combine(directory.FullName, "tests", "CoursePlatform.Linting.Tests", "Golden");
    }
}
