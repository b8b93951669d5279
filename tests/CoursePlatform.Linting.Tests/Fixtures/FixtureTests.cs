using System.Text;
using CoursePlatform.Linting.Rules;

namespace CoursePlatform.Linting.Tests.Fixtures;

/// <summary>
/// Annotated Dockerfiles: a <c># expect: CODE[,CODE]</c> comment marks the next non-comment line as one that must be
/// reported with exactly these codes. An optional first line <c># codes: A B C</c> limits the check to those codes
/// (so a fixture about suppressions is not disturbed by unrelated rules); without it every finding counts.
/// The rendered findings are also compared with the committed <c>&lt;name&gt;.expected</c> file
/// (set <c>UPDATE_FIXTURES=1</c> to rewrite those files after a deliberate change).
/// </summary>
public class FixtureTests
{
    private static string Directory => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static TheoryData<string> Names()
        => [.. System.IO.Directory.EnumerateFiles(Directory, "*.Dockerfile").Select(p => Path.GetFileNameWithoutExtension(p)!).Order()];

    [Fact]
    public void There_are_fixtures()
    {
        Assert.True(Names().Count >= 3);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_annotated_line_is_reported_with_exactly_its_codes_and_nothing_else(string name)
    {
        var text = File.ReadAllText(Path.Combine(Directory, name + ".Dockerfile"));
        var (codes, expected) = ReadAnnotations(text);
        var actual = new SortedDictionary<int, SortedSet<string>>();
        foreach (var finding in Findings(text, codes))
        {
            if (!actual.TryGetValue(finding.Line, out var set))
            {
                actual[finding.Line] = set = new SortedSet<string>(StringComparer.Ordinal);
            }
            set.Add(finding.Code);
        }
        Assert.True(expected.Count > 0 || codes is null, $"{name}: a fixture limited to some codes should expect at least one");
        Assert.Equal(Show(expected), Show(actual));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_rendered_findings_match_the_expected_output_file(string name)
    {
        var text = File.ReadAllText(Path.Combine(Directory, name + ".Dockerfile"));
        var (codes, _) = ReadAnnotations(text);
        var rendered = Render(Findings(text, codes));
        var expectedPath = Path.Combine(Directory, name + ".expected");
        if (Environment.GetEnvironmentVariable("UPDATE_FIXTURES") == "1")
        {
            File.WriteAllText(Path.Combine(SourceDirectory(), name + ".expected"), rendered);
            return;
        }
        Assert.True(File.Exists(expectedPath), $"missing {name}.expected (run the tests once with UPDATE_FIXTURES=1)");
        Assert.Equal(File.ReadAllText(expectedPath).ReplaceLineEndings("\n"), rendered);
    }

    private static IReadOnlyList<Finding> Findings(string text, IReadOnlySet<string>? codes)
        => [.. Linter.Default.Lint(text).Findings.Where(f => codes is null || codes.Contains(f.Code) || f.Alias is not null && codes.Contains(f.Alias))];

    private static string Render(IEnumerable<Finding> findings)
    {
        var builder = new StringBuilder();
        foreach (var f in findings)
        {
            builder.Append($"{f.Span} {f.Code} {Linting.Formatting.ReportFormatter.LevelName(f.Severity)}: {f.Message}\n");
        }
        return builder.ToString();
    }

    private static (IReadOnlySet<string>? Codes, SortedDictionary<int, SortedSet<string>> Expected) ReadAnnotations(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        HashSet<string>? codes = null;
        if (lines[0].StartsWith("# codes:", StringComparison.Ordinal))
        {
            codes = [.. lines[0]["# codes:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)];
        }
        var expected = new SortedDictionary<int, SortedSet<string>>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (!line.StartsWith("# expect:", StringComparison.Ordinal))
            {
                continue;
            }
            var target = i + 1;
            while (target < lines.Length && lines[target].TrimStart().StartsWith('#'))
            {
                target++;
            }
            if (!expected.TryGetValue(target + 1, out var set))
            {
                expected[target + 1] = set = new SortedSet<string>(StringComparer.Ordinal);
            }
            foreach (var code in line["# expect:".Length..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                set.Add(code);
            }
        }
        return (codes, expected);
    }

    private static string Show(SortedDictionary<int, SortedSet<string>> byLine)
        => string.Join("\n", byLine.Select(pair => $"line {pair.Key}: {string.Join(",", pair.Value)}"));

    private static string SourceDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CoursePlatform.sln")))
            {
                return Path.Combine(directory.FullName, "tests", "CoursePlatform.Linting.Tests", "Fixtures");
            }
        }
        throw new DirectoryNotFoundException("CoursePlatform.sln not found above the test output");
    }
}
