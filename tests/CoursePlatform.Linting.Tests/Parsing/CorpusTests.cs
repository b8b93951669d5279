using CoursePlatform.Linting.Parsing;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Tests.Parsing;

/// <summary>The parser over the shared corpus of real-world Dockerfiles (1,400 files).</summary>
public class CorpusTests
{
    private static readonly Lazy<IReadOnlyList<(string Name, string Text)>> Files = new(Load);

    /// <summary>Files that are malformed on purpose (BuildKit's parser test files, a compose error fixture).</summary>
    private static bool MayHaveDiagnostics(string name) =>
        name.StartsWith("moby__buildkit__frontend__dockerfile__parser__testfiles", StringComparison.Ordinal)
        || name == "docker__compose__pkg__e2e__fixtures__wrong-composefile__service1__Dockerfile";

    internal static string CorpusDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CoursePlatform.sln")))
        {
            directory = directory.Parent;
        }
        Assert.True(directory is not null, $"no CoursePlatform.sln above {AppContext.BaseDirectory}");
        var corpus = Path.GetFullPath(Path.Combine(directory!.FullName, "..", "shared", "corpus", "dockerfiles"));
        Assert.True(Directory.Exists(corpus), $"the Dockerfile corpus is missing: expected it at {corpus}");
        return corpus;
    }

    private static IReadOnlyList<(string Name, string Text)> Load() =>
        [.. Directory.GetFiles(CorpusDirectory()).Order(StringComparer.Ordinal)
            .Where(path => !path.EndsWith(".tsv", StringComparison.Ordinal) && !path.EndsWith(".md", StringComparison.Ordinal))
            .Select(path => (Path.GetFileName(path), System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(path))))];

    [Fact]
    public void The_corpus_is_there_and_large()
    {
        Assert.True(Files.Value.Count >= 1000, $"only {Files.Value.Count} corpus files");
    }

    [Fact]
    public void Every_corpus_file_parses_without_exception_and_with_instructions()
    {
        var failures = new List<string>();
        foreach (var (name, text) in Files.Value)
        {
            try
            {
                var document = DockerfileParser.Parse(text);
                if (document.Instructions.Count == 0 && !MayHaveDiagnostics(name))
                {
                    failures.Add($"{name}: no instructions");
                }
            }
            catch (Exception exception)
            {
                failures.Add($"{name}: {exception.GetType().Name} {exception.Message}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Only_the_deliberately_malformed_files_have_parse_diagnostics()
    {
        var unexpected = new List<string>();
        var expectedSomewhere = 0;
        foreach (var (name, text) in Files.Value)
        {
            var document = DockerfileParser.Parse(text);
            if (MayHaveDiagnostics(name))
            {
                expectedSomewhere += document.Diagnostics.Count;
                continue;
            }
            unexpected.AddRange(document.Diagnostics.Select(d => $"{name}:{d.Span} {d.Message}"));
        }
        Assert.True(unexpected.Count == 0, string.Join("\n", unexpected.Take(50)));
        Assert.True(expectedSomewhere > 0, "the malformed test files should produce diagnostics");
    }

    [Fact]
    public void Every_node_of_every_corpus_file_has_a_span_that_gives_back_its_text()
    {
        var problems = new List<string>();
        foreach (var (name, text) in Files.Value)
        {
            var document = DockerfileParser.Parse(text);
            problems.AddRange(SyntaxWalker.SpanViolations(document).Select(p => $"{name}: {p}"));
        }
        Assert.True(problems.Count == 0, $"{problems.Count} problems:\n" + string.Join("\n", problems.Take(40)));
    }

    [Fact]
    public void Every_line_with_content_belongs_to_exactly_one_directive_comment_or_instruction()
    {
        var problems = new List<string>();
        foreach (var (name, text) in Files.Value)
        {
            var document = DockerfileParser.Parse(text);
            problems.AddRange(SyntaxWalker.CoverageViolations(document).Select(p => $"{name}: {p}"));
        }
        Assert.True(problems.Count == 0, $"{problems.Count} problems:\n" + string.Join("\n", problems.Take(40)));
    }

    [Fact]
    public void Every_run_script_maps_its_words_inside_the_instruction()
    {
        var problems = new List<string>();
        foreach (var (name, text) in Files.Value)
        {
            var document = DockerfileParser.Parse(text);
            foreach (var run in SyntaxWalker.AllInstructions(document).OfType<RunInstruction>())
            {
                var script = run.Script;
                foreach (var command in script.Commands)
                {
                    foreach (var word in command.Arguments)
                    {
                        var span = script.SpanOf(word);
                        if (span.Start < run.Span.Start || span.End > run.Span.End)
                        {
                            problems.Add($"{name}: RUN@{run.Line} word '{word.Raw}' maps to {span}, outside {run.Span}");
                        }
                    }
                }
            }
        }
        Assert.True(problems.Count == 0, $"{problems.Count} problems:\n" + string.Join("\n", problems.Take(40)));
    }

    [Fact]
    public void Instructions_are_in_source_order_and_do_not_overlap()
    {
        foreach (var (name, text) in Files.Value)
        {
            var document = DockerfileParser.Parse(text);
            for (var i = 1; i < document.Instructions.Count; i++)
            {
                Assert.True(
                    document.Instructions[i - 1].Span.End <= document.Instructions[i].Span.Start,
                    $"{name}: instruction on line {document.Instructions[i].Line} overlaps the previous one");
            }
        }
    }
}
