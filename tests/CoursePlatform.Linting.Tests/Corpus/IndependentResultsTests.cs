using CoursePlatform.Linting.Parsing;
using CoursePlatform.Linting.Shell;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Tests.Corpus;

/// <summary>
/// The parser and the linter reuse per-thread working buffers and build texts, words and shell models on first
/// read. A document must never depend on what the thread parsed after it, nor on other threads linting alongside:
/// every corpus file's tree, shell models and findings, read late or produced concurrently, equal those of a fresh
/// run on its own.
/// </summary>
public class IndependentResultsTests
{
    [Fact]
    public void A_document_read_after_other_files_were_parsed_equals_a_fresh_parse()
    {
        var files = CorpusFiles.All;
        // Parse everything first and read nothing, so every lazy text and script is made after later parses.
        var kept = files.Select(file => DockerfileParser.Parse(file.Text)).ToArray();
        var differences = new List<string>();
        for (var i = 0; i < files.Length; i++)
        {
            var late = Describe(Linter.Default.Lint(kept[i]));
            if (late != Describe(Linter.Default.Lint(files[i].Text)))
            {
                differences.Add(files[i].Name);
            }
        }
        Assert.Empty(differences);
    }

    [Fact]
    public void Linting_on_many_threads_at_once_gives_what_one_thread_gives()
    {
        var files = CorpusFiles.All;
        var expected = files.Select(file => Describe(Linter.Default.Lint(file.Text))).ToArray();
        var results = new LintResult[files.Length];
        Parallel.For(0, files.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => results[i] = Linter.Default.Lint(files[i].Text));
        // Read the lazily built parts on several threads too.
        var actual = new string[files.Length];
        Parallel.For(0, files.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i] = Describe(results[i]));
        var differences = Enumerable.Range(0, files.Length).Where(i => actual[i] != expected[i]).Select(i => files[i].Name).ToList();
        Assert.Empty(differences);
    }

    private static string Describe(LintResult result)
    {
        var text = new System.Text.StringBuilder(SyntaxDump.Render(result.Document));
        foreach (var instruction in result.Document.Instructions)
        {
            var run = instruction as RunInstruction ?? (instruction as OnbuildInstruction)?.Trigger as RunInstruction;
            if (run is not null)
            {
                Describe(text, run.Script);
            }
        }
        foreach (var finding in result.Findings)
        {
            text.Append(finding.Code).Append(' ').Append(finding.Span).Append(' ').Append(finding.Message).Append('\n');
        }
        return text.ToString();
    }

    private static void Describe(System.Text.StringBuilder text, ShellScript script)
    {
        text.Append("script ").Append(script.Text).Append(script.HasPipe ? " pipe" : "").Append(script.IsSingleCommand ? " single" : "").Append('\n');
        foreach (var command in script.Commands)
        {
            text.Append("  ").Append(command.Name).Append(' ').Append(command.Start).Append('-').Append(command.End)
                .Append(' ').Append(script.SpanOf(command)).Append('\n');
            foreach (var word in command.Arguments)
            {
                text.Append("    ").Append(word.Value).Append(" | ").Append(word.Raw).Append(' ').Append(script.SpanOf(word)).Append('\n');
            }
            foreach (var assignment in command.Assignments)
            {
                text.Append("    ").Append(assignment.Name).Append('=').Append(assignment.Value).Append('\n');
            }
        }
    }
}
