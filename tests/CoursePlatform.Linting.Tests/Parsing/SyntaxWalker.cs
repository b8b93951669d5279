using System.Text;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Tests.Parsing;

/// <summary>Visits every token of a parsed document and checks that its span, cut out of the source, is its text.</summary>
internal static class SyntaxWalker
{
    /// <summary>Every token below an instruction (keyword, flags, arguments, words, pairs), the trigger included.</summary>
    public static IEnumerable<(string Label, Token Token)> Tokens(Instruction instruction)
    {
        yield return ("keyword", instruction.Keyword);
        yield return ("arguments", instruction.Arguments);
        foreach (var flag in instruction.Flags)
        {
            yield return ("flag", flag);
            yield return ("flag name", flag.Name);
            if (flag.Value is not null)
            {
                yield return ("flag value", flag.Value);
            }
        }
        foreach (var heredoc in instruction.Heredocs)
        {
            yield return ("heredoc marker", heredoc.Marker);
        }
        IEnumerable<Token?> words = instruction switch
        {
            FromInstruction from => [from.Image, from.AsKeyword, from.StageName],
            RunInstruction run => [run.Command.Text, .. run.Command.ExecArguments],
            CmdInstruction cmd => [cmd.Command.Text, .. cmd.Command.ExecArguments],
            EntrypointInstruction entrypoint => [entrypoint.Command.Text, .. entrypoint.Command.ExecArguments],
            ShellInstruction shell => shell.ShellArguments,
            FileTransferInstruction transfer => [.. transfer.Sources, transfer.Destination],
            KeyValueInstruction keyValue => keyValue.Pairs.SelectMany(p => new Token?[] { p.Key, p.Value }),
            ArgInstruction arg => arg.Declarations.SelectMany(d => new Token?[] { d.Name, d.DefaultValue }),
            ExposeInstruction expose => expose.Ports,
            HealthcheckInstruction healthcheck =>
                [healthcheck.Type, healthcheck.Command?.Text, .. healthcheck.Command?.ExecArguments ?? []],
            VolumeInstruction volume => volume.Paths,
            SingleArgumentInstruction single => [single.Argument],
            _ => [],
        };
        foreach (var word in words)
        {
            if (word is not null)
            {
                yield return ("word", word);
            }
        }
    }

    /// <summary>Instructions and ONBUILD triggers.</summary>
    public static IEnumerable<Instruction> AllInstructions(DockerfileDocument document)
    {
        foreach (var instruction in document.Instructions)
        {
            yield return instruction;
            if (instruction is OnbuildInstruction { Trigger: { } trigger })
            {
                yield return trigger;
            }
        }
    }

    /// <summary>Returns a description of every node whose span does not give back its text (empty when all agree).</summary>
    public static List<string> SpanViolations(DockerfileDocument document)
    {
        var problems = new List<string>();
        var escape = document.EscapeChar;

        void Check(string label, Token token)
        {
            var span = token.Span;
            if (span.Start < 0 || span.End > document.Source.Length || span.Start > span.End)
            {
                problems.Add($"{label} {span} is outside the source");
                return;
            }
            if (document.Lines.Span(span.Start, span.End) != span)
            {
                problems.Add($"{label} {span} has lines/columns that do not match its offsets");
            }
            var slice = document.Slice(span);
            var unfolded = Unfold(slice, escape, wholeLines: token is Instruction);
            if (unfolded != token.Text && StripFinalContinuation(unfolded, escape) != token.Text)
            {
                problems.Add($"{label} {span}: text [{token.Text}] but source gives [{unfolded}]");
            }
        }

        foreach (var directive in document.Directives)
        {
            Check("directive", directive);
            Check("directive value", directive.Value);
        }
        foreach (var comment in document.Comments)
        {
            Check("comment", comment);
        }
        foreach (var instruction in AllInstructions(document))
        {
            CheckInstruction(document, instruction, problems, Check);
            foreach (var (label, token) in Tokens(instruction))
            {
                Check($"{instruction.Keyword.Text} {label}", token);
            }
            foreach (var heredoc in instruction.Heredocs)
            {
                if (document.Slice(heredoc.Body.Span) != heredoc.Body.Text)
                {
                    problems.Add($"heredoc body {heredoc.Body.Span} does not match");
                }
                if (heredoc.Terminator is { } terminator && document.Slice(terminator.Span) != terminator.Text)
                {
                    problems.Add($"heredoc terminator {terminator.Span} does not match");
                }
            }
        }
        return problems;
    }

    private static void CheckInstruction(
        DockerfileDocument document, Instruction instruction, List<string> problems, Action<string, Token> check)
    {
        if (instruction.Heredocs.Count == 0)
        {
            check("instruction", instruction);
            return;
        }
        // The logical line is unfolded; the heredoc part (from the first body on) is verbatim.
        var bodyStart = instruction.Heredocs[0].Body.Span.Start;
        var span = instruction.Span;
        var verbatim = document.Source[bodyStart..span.End];
        if (!instruction.Text.EndsWith(verbatim, StringComparison.Ordinal))
        {
            problems.Add($"instruction {span}: heredoc part differs from the source");
            return;
        }
        var head = document.Source[span.Start..bodyStart].TrimEnd('\n').TrimEnd('\r');
        var textHead = instruction.Text[..^verbatim.Length].TrimEnd('\n').TrimEnd('\r');
        var unfolded = Unfold(head, document.EscapeChar, wholeLines: true);
        if (unfolded != textHead && StripFinalContinuation(unfolded, document.EscapeChar) != textHead)
        {
            problems.Add($"instruction {span}: logical line [{textHead}] but source gives [{Unfold(head, document.EscapeChar, wholeLines: true)}]");
        }
    }

    /// <summary>
    /// Removes what continuation drops from a multi-line slice: on every line but the last, the escape token and
    /// the blanks after it; whole blank or comment lines after the first. The last line of a token is a fragment,
    /// so it is only dropped for spans that end on whole lines (instructions).
    /// </summary>
    public static string Unfold(string slice, char escape, bool wholeLines)
    {
        if (!slice.Contains('\n'))
        {
            return slice;
        }
        var lines = slice.Split('\n');
        var sb = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.TrimStart();
            if (i > 0 && (trimmed.Length == 0 || trimmed[0] == '#') && (wholeLines || i < lines.Length - 1))
            {
                continue;
            }
            if (i == lines.Length - 1)
            {
                sb.Append(line);
                continue;
            }
            line = line.TrimEnd('\r').TrimEnd(' ', '\t');
            if (line.Length > 0 && line[^1] == escape)
            {
                line = line[..^1];
            }
            sb.Append(line);
        }
        return sb.ToString();
    }

    /// <summary>A continuation at the end of the file ends the instruction: its escape token is dropped too.</summary>
    private static string StripFinalContinuation(string text, char escape)
    {
        var trimmed = text.TrimEnd(' ', '\t');
        return trimmed.Length > 0 && trimmed[^1] == escape ? trimmed[..^1] : text;
    }

    /// <summary>Lines with content that no directive, comment or instruction covers, or that two of them cover.</summary>
    public static List<string> CoverageViolations(DockerfileDocument document)
    {
        var owner = new string?[document.Lines.LineCount + 1];
        var problems = new List<string>();

        void Claim(string label, SourceSpan span)
        {
            for (var line = span.StartLine; line <= span.EndLine; line++)
            {
                if (owner[line] is { } other)
                {
                    problems.Add($"line {line} claimed by {other} and {label}");
                }
                owner[line] = label;
            }
        }

        foreach (var directive in document.Directives)
        {
            Claim("directive", directive.Span);
        }
        foreach (var comment in document.Comments)
        {
            Claim("comment", comment.Span);
        }
        foreach (var instruction in document.Instructions)
        {
            Claim($"{instruction.Keyword.Text}@{instruction.Line}", instruction.Span);
        }
        for (var line = 1; line <= document.Lines.LineCount; line++)
        {
            var start = document.Lines.LineStart(line);
            var end = line < document.Lines.LineCount ? document.Lines.LineStart(line + 1) : document.Source.Length;
            var text = document.Source[start..end].Trim().Trim('\uFEFF');
            if (text.Length > 0 && owner[line] is null && !IsDuplicateDirective(document, line))
            {
                problems.Add($"line {line} [{text}] belongs to nothing");
            }
        }
        return problems;
    }

    private static bool IsDuplicateDirective(DockerfileDocument document, int line) =>
        document.Diagnostics.Any(d => d.Span.StartLine == line && d.Message.StartsWith("only one ", StringComparison.Ordinal));
}
