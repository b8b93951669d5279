using CoursePlatform.Linting.Shell;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Parsing;

/// <summary>RUN (mounts, network, security, the script hadolint sees) and HEALTHCHECK.</summary>
internal sealed partial class DocumentReader
{
    private static readonly string[] MountKeys =
    [
        "type", "from", "source", "src", "target", "dst", "destination", "readonly", "ro", "readwrite", "rw",
        "required", "size", "id", "sharing", "mode", "uid", "gid", "env",
    ];

    private static readonly string[] MountTypes = ["bind", "cache", "tmpfs", "secret", "ssh"];

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

    private RunMount ParseMount(Flag flag, Word value)
    {
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        var fields = FlagRules.SplitCsv(value.Value);
        if (fields is null)
        {
            Error($"failed to parse csv mounts: {value.Value}", value.Span);
            return new RunMount(flag, options);
        }
        var type = "bind";
        var typeKnown = true;
        bool hasMode = false, hasUid = false, hasGid = false, hasFrom = false, hasSource = false, hasId = false;
        foreach (var field in fields)
        {
            var eq = field.IndexOf('=');
            var key = (eq < 0 ? field : field[..eq]).ToLowerInvariant();
            var val = eq < 0 ? null : field[(eq + 1)..];
            options[key] = val;
            var secretLike = type is "secret" or "ssh";
            if (val is null)
            {
                switch (key)
                {
                    case "readonly" or "ro" or "readwrite" or "rw":
                        break;
                    case "required":
                        if (typeKnown && !secretLike)
                        {
                            Error($"unexpected key '{key}' for mount type '{type}'", value.Span);
                        }
                        break;
                    default:
                        Error($"invalid field '{field}' must be a key=value pair", value.Span);
                        break;
                }
                continue;
            }
            var hasVariable = val.Contains('$');
            switch (key)
            {
                case "type":
                    if (hasVariable)
                    {
                        typeKnown = false;
                    }
                    else if (Array.IndexOf(MountTypes, val.ToLowerInvariant()) < 0)
                    {
                        var suggestion = Words.Suggest(val, MountTypes);
                        Error(suggestion is null
                            ? $"unsupported mount type \"{val}\""
                            : $"unsupported mount type \"{val}\" (did you mean {suggestion}?)", value.Span);
                        typeKnown = false;
                    }
                    else
                    {
                        type = val.ToLowerInvariant();
                    }
                    break;
                case "from":
                    hasFrom = true;
                    var dollar = val.IndexOf('$');
                    if (dollar >= 0 && dollar != val.Length - 1)
                    {
                        Error("'from' doesn't support variable expansion, define alias stage instead", value.Span);
                    }
                    break;
                case "source" or "src":
                    hasSource = true;
                    break;
                case "id":
                    hasId = true;
                    break;
                case "target" or "dst" or "destination" or "env":
                    break;
                case "readonly" or "ro" or "readwrite" or "rw":
                    if (!hasVariable && !FlagRules.TryParseBool(val, out _))
                    {
                        Error($"invalid value for {key}: {val}", value.Span);
                    }
                    break;
                case "required":
                    if (typeKnown && !secretLike)
                    {
                        Error($"unexpected key '{key}' for mount type '{type}'", value.Span);
                    }
                    else if (!hasVariable && !FlagRules.TryParseBool(val, out _))
                    {
                        Error($"invalid value for {key}: {val}", value.Span);
                    }
                    break;
                case "size":
                    if (typeKnown && type != "tmpfs")
                    {
                        Error($"unexpected key '{key}' for mount type '{type}'", value.Span);
                    }
                    else if (!hasVariable && !FlagRules.IsSize(val))
                    {
                        Error($"invalid value for {key}: {val}", value.Span);
                    }
                    break;
                case "sharing":
                    if (typeKnown && type != "cache")
                    {
                        Error($"invalid cache sharing set for {type} mount", value.Span);
                    }
                    else if (!hasVariable && val.ToLowerInvariant() is not ("shared" or "private" or "locked"))
                    {
                        Error($"unsupported sharing value \"{val}\"", value.Span);
                    }
                    break;
                case "mode":
                    hasMode = true;
                    if (!hasVariable && !FlagRules.IsUnsigned(val, 8))
                    {
                        Error($"invalid value {val} for mode", value.Span);
                    }
                    break;
                case "uid" or "gid":
                    if (key == "uid")
                    {
                        hasUid = true;
                    }
                    else
                    {
                        hasGid = true;
                    }
                    if (!hasVariable && !FlagRules.IsUnsigned(val, 10))
                    {
                        Error($"invalid value {val} for {key}", value.Span);
                    }
                    break;
                default:
                    var keySuggestion = Words.Suggest(key, MountKeys);
                    Error(keySuggestion is null
                        ? $"unexpected key '{key}' in '{field}'"
                        : $"unexpected key '{key}' in '{field}' (did you mean {keySuggestion}?)", value.Span);
                    break;
            }
        }
        if (typeKnown)
        {
            if (type is not ("secret" or "ssh" or "cache"))
            {
                foreach (var (present, name) in new[] { (hasMode, "mode"), (hasUid, "uid"), (hasGid, "gid") })
                {
                    if (present)
                    {
                        Error($"{name} not allowed for \"{type}\" type mounts", value.Span);
                    }
                }
            }
            if (type == "secret")
            {
                if (hasFrom)
                {
                    Error("secret mount should not have a from", value.Span);
                }
                if (hasSource && hasId)
                {
                    Error("both source and id can't be set", value.Span);
                }
            }
        }
        return new RunMount(flag, options);
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

    private HealthcheckInstruction BuildHealthcheck(Building context)
    {
        var (line, head) = (context.Line, context.Head);
        if (head.ArgsStart >= head.ArgsEnd)
        {
            Error("HEALTHCHECK requires at least one argument", context.Keyword.Span);
            return new HealthcheckInstruction(context.Parts, null, null);
        }
        var typeEnd = head.ArgsStart;
        while (typeEnd < head.ArgsEnd && !Words.IsSpace(line.Text[typeEnd]))
        {
            typeEnd++;
        }
        var type = MakeWord(line, head.ArgsStart, typeEnd, checkQuotes: false);
        var rest = Words.SkipSpace(line.Text, typeEnd, head.ArgsEnd);
        var upper = type.Text.ToUpperInvariant();
        if (upper == "NONE")
        {
            if (rest < head.ArgsEnd)
            {
                Error("HEALTHCHECK NONE takes no arguments", line.Map(rest, head.ArgsEnd));
            }
            return new HealthcheckInstruction(context.Parts, type, null);
        }
        ValidateFlags(context);
        ValidateHealthcheckFlags(context.Flags);
        if (upper != "CMD")
        {
            Error($"Unknown type \"{upper}\" in HEALTHCHECK (try CMD)", type.Span);
            return new HealthcheckInstruction(context.Parts, type, null);
        }
        var commandText = rest < head.ArgsEnd ? line.Token(rest, head.ArgsEnd) : line.Token(typeEnd, typeEnd);
        var command = ReadCommand(line, rest, head.ArgsEnd, commandText);
        if (command.IsExec ? command.ExecArguments.Count == 0 : command.Text.Text.Length == 0)
        {
            Error("Missing command after HEALTHCHECK CMD", type.Span);
        }
        return new HealthcheckInstruction(context.Parts, type, command);
    }

    private void ValidateHealthcheckFlags(List<Flag> flags)
    {
        foreach (var flag in flags)
        {
            if (flag.Value is not { Value.Length: > 0 } value)
            {
                continue;
            }
            switch (flag.Name.Text)
            {
                case "interval" or "timeout" or "start-period" or "start-interval":
                    if (!FlagRules.TryParseDuration(value.Value, out var nanoseconds))
                    {
                        Error($"time: invalid duration \"{value.Value}\"", value.Span);
                    }
                    else if (nanoseconds != 0 && nanoseconds < 1e6)
                    {
                        Error($"Interval \"{flag.Name.Text}\" cannot be less than 1ms", value.Span);
                    }
                    break;
                case "retries":
                    if (!int.TryParse(value.Value, System.Globalization.NumberStyles.AllowLeadingSign, null, out var retries))
                    {
                        Error($"--retries must be an integer, not \"{value.Value}\"", value.Span);
                    }
                    else if (retries < 0)
                    {
                        Error($"--retries cannot be negative ({retries})", value.Span);
                    }
                    break;
            }
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
