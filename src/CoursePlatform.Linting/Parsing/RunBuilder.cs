using CoursePlatform.Linting.Shell;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Parsing;

/// <summary>RUN: mounts, network, security, and the script hadolint sees.</summary>
internal sealed partial class DocumentReader
{
    private RunInstruction BuildRun(Building context)
    {
        var (line, head) = (context.Line, context.Head);
        var command = ReadCommand(line, head.ArgsStart, head.ArgsEnd, context.Arguments);
        List<RunMount>? mounts = null;
        foreach (var flag in context.Flags)
        {
            if (flag.Value is not { } value)
            {
                continue;
            }
            switch (flag.Name.Text)
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
            context.Parts, command, mounts ?? (IReadOnlyList<RunMount>)[], ScriptFactory(line, head, command, context.Heredocs));
    }

    /// <summary>The script as hadolint sees it, parsed on first use.</summary>
    private Func<ShellScript> ScriptFactory(LogicalLine line, InstructionHead head, CommandLine command, IReadOnlyList<Heredoc> heredocs)
    {
        if (command.IsExec)
        {
            var map = new ExecScriptMap(command.ExecArguments, _lines);
            return () => ShellParser.Parse(map.Text, map.Map);
        }
        var argsStart = head.ArgsStart;
        if (heredocs.Count > 0 && head.Markers.Count > 0)
        {
            var before = Words.TrimEnd(line.Text, argsStart, head.Markers[0].Start);
            if (before == argsStart)
            {
                // The command is only the heredoc: its body is the script (trimmed, as hadolint does).
                var body = heredocs[0].Body;
                var start = 0;
                var end = body.Text.Length;
                while (start < end && char.IsWhiteSpace(body.Text[start]))
                {
                    start++;
                }
                while (end > start && char.IsWhiteSpace(body.Text[end - 1]))
                {
                    end--;
                }
                var script = body.Text[start..end];
                var origin = body.Span.Start + start;
                var lines = _lines;
                return () => ShellParser.Parse(script, (a, b) =>
                    lines.Span(origin + Math.Clamp(a, 0, script.Length), origin + Math.Clamp(Math.Max(a, b), 0, script.Length)));
            }
            var text = line.Slice(argsStart, before);
            return () => ShellParser.Parse(text, (a, b) => line.Map(argsStart + a, argsStart + b));
        }
        var shellText = command.Text.Text;
        return () => ShellParser.Parse(shellText, (a, b) => line.Map(argsStart + a, argsStart + b));
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
