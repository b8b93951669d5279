using CoursePlatform.Linting.Shell;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Parsing;

/// <summary>RUN: mounts, network, security, and the script hadolint sees.</summary>
internal sealed partial class DocumentReader
{
    private RunInstruction BuildRun(in Building context)
    {
        var (line, head) = (context.Line, context.Head);
        // Rules read a RUN's script, seldom its command: a shell-form command is made by the instruction on first
        // read (the script is parsed from the arguments token, which the command would share).
        var command = ReadExecCommand(line, head.ArgsStart, head.ArgsEnd, context.Arguments);
        List<RunMount>? mounts = null;
        foreach (var flag in context.Flags)
        {
            if (flag.Value is not { } value)
            {
                continue;
            }
            switch (flag.NameText)
            {
                case "mount":
                    (mounts ??= []).Add(ParseMount(flag, value));
                    break;
                case "network" when value.Value is not ("default" or "none" or "host"):
                    Error($"invalid network mode \"{value.Value}\"", value.Span);
                    break;
                case "security" when value.Value is not ("sandbox" or "insecure"):
                    Error($"security \"{value.Value}\" is not valid", value.Span);
                    break;
            }
        }
        return new RunInstruction(
            context.Parts, command, mounts ?? (IReadOnlyList<RunMount>)[], ScriptSource(line, head, command, context.Heredocs));
    }

    /// <summary>Where the script as hadolint sees it comes from; it is parsed on first use.</summary>
    private RunScriptSource? ScriptSource(LogicalLine line, InstructionHead head, CommandLine? command, IReadOnlyList<Heredoc> heredocs)
    {
        if (command is not null)
        {
            return new ExecScript(command.ExecArguments, _lines);
        }
        var argsStart = head.ArgsStart;
        if (heredocs.Count > 0 && head.Markers.Count > 0)
        {
            var before = Words.TrimEnd(line.Text, argsStart, head.Markers[0].Start);
            if (before == argsStart)
            {
                // The command is only the heredoc: its body is the script (trimmed, as hadolint does).
                var body = heredocs[0].Body;
                var start = body.Span.Start;
                var end = body.Span.End;
                while (start < end && char.IsWhiteSpace(_src[start]))
                {
                    start++;
                }
                while (end > start && char.IsWhiteSpace(_src[end - 1]))
                {
                    end--;
                }
                return new HeredocScript(_src, start, end - start, _lines);
            }
            return new TextBeforeHeredocScript(line.Slice(argsStart, before), line.Mapping, argsStart);
        }
        // The shell-form arguments: the instruction parses them itself.
        return null;
    }

    /// <summary>The text before the first heredoc marker (starting where the arguments start).</summary>
    private sealed class TextBeforeHeredocScript(string text, LineMap map, int start) : RunScriptSource
    {
        public override ShellScript Parse() => ShellParser.Parse(text, Map);

        private SourceSpan Map(int a, int b) => map.Map(start + a, start + b);
    }

    /// <summary>A heredoc body alone: the trimmed body text at <c>origin</c> in the source.</summary>
    private sealed class HeredocScript(string source, int origin, int length, LineIndex lines) : RunScriptSource
    {
        public override ShellScript Parse() => ShellParser.Parse(source.Substring(origin, length), Map);

        private SourceSpan Map(int a, int b) =>
            lines.Span(origin + Math.Clamp(a, 0, length), origin + Math.Clamp(Math.Max(a, b), 0, length));
    }

    /// <summary>Exec form: the arguments joined with spaces.</summary>
    private sealed class ExecScript(IReadOnlyList<Word> words, LineIndex lines) : RunScriptSource
    {
        public override ShellScript Parse()
        {
            var map = new ExecScriptMap(words, lines);
            return ShellParser.Parse(map.Text, map.Map);
        }
    }

    /// <summary>Exec-form arguments joined with spaces, mapped back to the JSON string literals.</summary>
    private sealed class ExecScriptMap
    {
        private readonly IReadOnlyList<Word> _words;
        private readonly int[] _starts;
        private readonly LineIndex _lines;

        public ExecScriptMap(IReadOnlyList<Word> words, LineIndex lines)
        {
            _words = words;
            _lines = lines;
            _starts = new int[words.Count];
            var sb = new System.Text.StringBuilder();
            for (var i = 0; i < words.Count; i++)
            {
                if (i > 0)
                {
                    sb.Append(' ');
                }
                _starts[i] = sb.Length;
                sb.Append(words[i].Value);
            }
            Text = sb.ToString();
        }

        public string Text { get; }

        public SourceSpan Map(int start, int end)
        {
            if (_words.Count == 0)
            {
                return SourceSpan.Empty;
            }
            var first = Locate(start);
            var last = Locate(Math.Max(start, end - 1));
            return Offset(first, start, true).Union(Offset(last, Math.Max(start, end), false));
        }

        private int Locate(int offset)
        {
            var index = 0;
            for (var i = 1; i < _starts.Length && _starts[i] <= offset; i++)
            {
                index = i;
            }
            return index;
        }

        private SourceSpan Offset(int index, int offset, bool isStart)
        {
            var word = _words[index];
            var exact = word.Span.StartLine == word.Span.EndLine && word.Text.Length == word.Value.Length + 2;
            if (!exact)
            {
                return word.Span;
            }
            var inside = Math.Clamp(offset - _starts[index], 0, word.Value.Length);
            var position = word.Span.Start + 1 + inside;
            return isStart ? _lines.Span(position, position) : _lines.Span(position, position);
        }
    }
}
