using System.Diagnostics;
using CoursePlatform.Linting.Parsing;
using CoursePlatform.Linting.Syntax;
using CsCheck;

namespace CoursePlatform.Linting.Tests.Corpus;

public class CorpusTests
{
    // BuildKit's own parser test files are deliberately broken, and this compose fixture is not a Dockerfile.
    private static bool MayHaveParseErrors(string name)
        => name.StartsWith("moby__buildkit__frontend__dockerfile__parser__testfiles", StringComparison.Ordinal) ||
           name == "docker__compose__pkg__e2e__fixtures__wrong-composefile__service1__Dockerfile";

    [Fact]
    public void The_corpus_is_there()
    {
        Assert.True(CorpusFiles.All.Length >= 1000, $"only {CorpusFiles.All.Length} files in {CorpusFiles.Directory}");
    }

    [Fact]
    public void Every_corpus_file_lints_without_an_exception()
    {
        var failures = new List<string>();
        foreach (var (name, text) in CorpusFiles.All)
        {
            try
            {
                Linter.Default.Lint(text);
            }
            catch (Exception e)
            {
                failures.Add($"{name}: {e.GetType().Name}: {e.Message}");
            }
        }
        Assert.Empty(failures);
    }

    [Fact]
    public void No_corpus_file_has_a_parse_error_except_the_deliberately_broken_ones()
    {
        var unexpected = new List<string>();
        foreach (var (name, text) in CorpusFiles.All)
        {
            if (MayHaveParseErrors(name))
            {
                continue;
            }
            foreach (var finding in Linter.Default.Lint(text).Findings)
            {
                if (finding.Code == ParseDiagnostic.Code)
                {
                    unexpected.Add($"{name}:{finding.Line}: {finding.Message}");
                }
            }
        }
        Assert.Empty(unexpected);
    }

    [Fact]
    public void Random_mutations_of_corpus_files_never_throw_and_lint_within_50_ms()
    {
        var files = CorpusFiles.All;
        var mutation = Gen.Select(Gen.Int[0, 12], Gen.Int[0, int.MaxValue], Gen.Int[1, 60]);
        var generator = Gen.Select(Gen.Int[0, files.Length - 1], mutation.Array[1, 6]);
        generator.Sample((index, mutations) =>
        {
            var text = files[index].Text;
            foreach (var (kind, position, length) in mutations)
            {
                text = Mutate(text, kind, position, length);
            }
            var elapsed = TimeLint(text);
            for (var retry = 0; retry < 3 && elapsed > 50; retry++)
            {
                // A busy machine (or a GC) can stall a run; a genuinely slow input is slow every time.
                elapsed = Math.Min(elapsed, TimeLint(text));
            }
            Assert.True(elapsed <= 50, $"{files[index].Name} mutated took {elapsed} ms");
        }, iter: 3000, threads: 1);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\\")]
    [InlineData("RUN <<EOF")]
    [InlineData("FROM\nRUN [\n")]
    [InlineData("# escape=`\nFROM a `\n")]
    [InlineData("ONBUILD\nONBUILD ONBUILD RUN x\n")]
    [InlineData("FROM a\r\nRUN echo \\\r\n\r\n  $\r\n")]
    [InlineData("COPY <<\"EOF <<'X' --from= --chown=$ [\"a\", ")]
    [InlineData("ENV =\nLABEL \"\nARG =${\nEXPOSE --\nHEALTHCHECK CMD\n")]
    public void Degenerate_inputs_lint_without_an_exception(string text)
    {
        Linter.Default.Lint(text);
    }

    [Fact]
    public void Many_threads_linting_at_once_get_the_same_findings_as_one_thread()
    {
        var files = CorpusFiles.All.Where((_, i) => i % 3 == 0).Select(f => f.Text).ToArray();
        var expected = files.Select(Render).ToArray();
        var documents = files.Select(DockerfileParser.Parse).ToArray();
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
        {
            for (var k = 0; k < files.Length; k++)
            {
                var i = (k * 7 + t * 31) % files.Length;
                // Half the threads share pre-parsed documents, so lazily computed parts are raced on too.
                var findings = t % 2 == 0 ? Linter.Default.Lint(files[i]).Findings : Linter.Default.Lint(documents[i]).Findings;
                if (Render(findings) != expected[i])
                {
                    failures.Add($"thread {t}, file {i}");
                }
            }
        })).ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }
        foreach (var thread in threads)
        {
            thread.Join();
        }
        Assert.Empty(failures);
    }

    private static string Render(string text) => Render(Linter.Default.Lint(text).Findings);

    private static string Render(IReadOnlyList<global::CoursePlatform.Linting.Rules.Finding> findings)
        => string.Join("\n", findings.Select(f => $"{f.Span} {f.Code} {f.Severity} {f.Message}"));

    private static long TimeLint(string text)
    {
        var watch = Stopwatch.StartNew();
        Linter.Default.Lint(text);
        return watch.ElapsedMilliseconds;
    }

    private static readonly string[] Insertions = ["\\", "\"", "<<EOF", "[", "$", "#", "--", "\r\n", "\n", "${", "'", "\\\n\n"];

    private static string Mutate(string text, int kind, int position, int length)
    {
        if (text.Length == 0)
        {
            return Insertions[kind % Insertions.Length];
        }
        var at = position % (text.Length + 1);
        var end = Math.Min(text.Length, at + length);
        return kind switch
        {
            0 => text.Remove(at, end - at),
            1 => text.Insert(at, text[at..end]),
            2 => text[..at],
            3 => text.Replace("\n", "\r\n", StringComparison.Ordinal),
            _ => text.Insert(at, Insertions[(kind - 4 + length) % Insertions.Length]),
        };
    }
}
