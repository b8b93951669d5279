using CoursePlatform.Linting.Shell;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Parsing;

/// <summary>Turns a logical line's head into a typed instruction, validating flags and arguments.</summary>
internal sealed partial class DocumentReader
{
    /// <summary>Upper-case keywords in <see cref="InstructionKind"/> order (Unknown excluded).</summary>
    private static readonly string[] InstructionNamesUpper =
    [
        "ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM", "HEALTHCHECK", "LABEL", "MAINTAINER",
        "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR",
    ];

    private static readonly string[] InstructionNames =
    [
        "add", "arg", "cmd", "copy", "entrypoint", "env", "expose", "from", "healthcheck", "label", "maintainer",
        "onbuild", "run", "shell", "stopsignal", "user", "volume", "workdir",
    ];

    private static readonly List<Flag> NoFlagTokens = [];

    /// <summary>The keyword text; the usual upper-case spellings share one string.</summary>
    private static string KeywordText(string text, InstructionHead head)
    {
        var keyword = text.AsSpan(head.KeywordStart, head.KeywordEnd - head.KeywordStart);
        if (head.Kind != InstructionKind.Unknown)
        {
            var upper = InstructionNamesUpper[(int)head.Kind - 1];
            if (keyword.SequenceEqual(upper))
            {
                return upper;
            }
        }
        return keyword.ToString();
    }

    private void Error(string message, SourceSpan span) => _diagnostics.Add(new ParseDiagnostic(message, span));

    private Instruction BuildInstruction(
        LogicalLine line, InstructionHead head, IReadOnlyList<Heredoc> heredocs, IReadOnlyList<Comment> preceding,
        IReadOnlyList<SourceSpan> empties, int spanEnd, int spanEndLine)
    {
        var start = line.Map(head.KeywordStart, head.KeywordStart);
        var spanStart = start.Start;
        spanEnd = Math.Max(spanStart, spanEnd);
        var span = new SourceSpan(
            spanStart, spanEnd, start.StartLine, start.StartColumn, spanEndLine, spanEnd - _lines.LineStart(spanEndLine) + 1);
        var text = line.Slice(head.KeywordStart, line.Length);
        if (heredocs.Count > 0)
        {
            var sourceEnd = line.SourceEnd;
            if (spanEnd > sourceEnd)
            {
                text += _src.Substring(sourceEnd, spanEnd - sourceEnd);
            }
        }
        var keyword = new Token(KeywordText(line.Text, head), line.Map(head.KeywordStart, head.KeywordEnd));
        var flags = head.Flags.Count == 0 ? NoFlagTokens : new List<Flag>(head.Flags.Count);
        foreach (var raw in head.Flags)
        {
            var name = line.Token(raw.Start + 2, raw.NameEnd);
            Word? value = null;
            if (raw.HasValue)
            {
                var valueStart = raw.NameEnd + 1;
                var valueText = line.Slice(valueStart, raw.End);
                value = new Word(
                    valueText, line.Map(valueStart, raw.End),
                    Words.IsPlain(line.Text, valueStart, raw.End, _escape)
                        ? valueText
                        : Words.UnquoteFlag(line.Text, valueStart, raw.End, _escape));
            }
            flags.Add(new Flag(line.Slice(raw.Start, raw.End), line.Map(raw.Start, raw.End), name, value));
        }
        var argsStart = head.ArgsStart;
        // Empty arguments sit where they would start: after the keyword and any flags.
        var argumentsSpan = line.Map(argsStart, Math.Max(argsStart, head.ArgsEnd));
        var arguments = new Token(line.Slice(argsStart, head.ArgsEnd), argumentsSpan);
        var parts = new InstructionParts(
            text, span, keyword, flags, arguments, heredocs, preceding, empties,
            (a, b) => line.Map(argsStart + a, argsStart + b));
        var context = new Building(line, head, parts, keyword, flags, arguments, heredocs);

        switch (head.Kind)
        {
            case InstructionKind.From:
                ValidateFlags(context);
                return BuildFrom(context);
            case InstructionKind.Run:
                ValidateFlags(context);
                return BuildRun(context);
            case InstructionKind.Cmd:
                ValidateFlags(context);
                return new CmdInstruction(parts, ReadCommand(line, head.ArgsStart, head.ArgsEnd, arguments));
            case InstructionKind.Entrypoint:
                ValidateFlags(context);
                return new EntrypointInstruction(parts, ReadCommand(line, head.ArgsStart, head.ArgsEnd, arguments));
            case InstructionKind.Shell:
                ValidateFlags(context);
                return BuildShell(context);
            case InstructionKind.Copy:
            case InstructionKind.Add:
                ValidateFlags(context);
                return BuildFileTransfer(context);
            case InstructionKind.Env:
            case InstructionKind.Label:
                ValidateFlags(context);
                return BuildKeyValue(context);
            case InstructionKind.Arg:
                ValidateFlags(context);
                return BuildArg(context);
            case InstructionKind.Expose:
                ValidateFlags(context);
                return BuildExpose(context);
            case InstructionKind.Healthcheck:
                return BuildHealthcheck(context);
            case InstructionKind.Volume:
                ValidateFlags(context);
                return BuildVolume(context);
            case InstructionKind.Onbuild:
                ValidateFlags(context);
                return BuildOnbuild(context, spanEnd, spanEndLine);
            case InstructionKind.User:
                ValidateFlags(context);
                return new UserInstruction(parts, SingleArgument(context, checkQuotes: true));
            case InstructionKind.Workdir:
                ValidateFlags(context);
                return new WorkdirInstruction(parts, SingleArgument(context, checkQuotes: true));
            case InstructionKind.Stopsignal:
                return new StopsignalInstruction(parts, SingleArgument(context, checkQuotes: true));
            case InstructionKind.Maintainer:
                ValidateFlags(context);
                return new MaintainerInstruction(parts, SingleArgument(context, checkQuotes: false));
            default:
                var suggestion = Words.Suggest(keyword.Text, InstructionNames);
                Error(
                    suggestion is null
                        ? $"unknown instruction: {keyword.Text}"
                        : $"unknown instruction: {keyword.Text} (did you mean {suggestion}?)",
                    keyword.Span);
                return new UnknownInstruction(parts);
        }
    }

    /// <summary>Everything the per-instruction builders share.</summary>
    private readonly record struct Building(
        LogicalLine Line, InstructionHead Head, InstructionParts Parts, Token Keyword, List<Flag> Flags, Token Arguments,
        IReadOnlyList<Heredoc> Heredocs)
    {
        public string Name => Head.Kind.ToString().ToUpperInvariant();

        /// <summary>Where "missing argument" errors point: the arguments, or the keyword when there are none.</summary>
        public SourceSpan ArgumentsOrKeyword => Arguments.Text.Length > 0 ? Arguments.Span : Keyword.Span;
    }

    private Word MakeWord(LogicalLine line, int start, int end, bool checkQuotes)
    {
        var text = line.Slice(start, end);
        var unterminated = false;
        var value = Words.IsPlain(line.Text, start, end, _escape)
            ? text
            : Words.Unquote(line.Text, start, end, _escape, out unterminated);
        var word = new Word(text, line.Map(start, end), value);
        if (unterminated && checkQuotes)
        {
            var dq = line.Text.IndexOf('"', start, end - start);
            var sq = line.Text.IndexOf('\'', start, end - start);
            var quote = dq >= 0 && (sq < 0 || dq < sq) ? "double-quote" : "single-quote";
            Error($"unexpected end of statement while looking for matching {quote}", word.Span);
        }
        return word;
    }

    private List<Word> PlainWords(LogicalLine line, int start, int end, bool checkQuotes)
    {
        var raw = Words.SplitPlain(line.Text, start, end);
        var words = new List<Word>(raw.Count);
        foreach (var word in raw)
        {
            words.Add(MakeWord(line, word.Start, word.End, checkQuotes));
        }
        return words;
    }

    /// <summary>The JSON elements as words (raw literal text, decoded value).</summary>
    private List<Word> JsonWords(LogicalLine line)
    {
        var words = new List<Word>(_json.Count);
        foreach (var element in _json)
        {
            words.Add(new Word(line.Slice(element.Start, element.End), line.Map(element.Start, element.End), element.Value));
        }
        return words;
    }

    private JsonArrayKind ReadJson(LogicalLine line, int start, int end, Token arguments)
    {
        if (start >= end || line.Text[start] != '[')
        {
            _json.Clear();
            return JsonArrayKind.NotJson;
        }
        var kind = JsonArrayReader.Read(line.Text, start, end, _json);
        if (kind == JsonArrayKind.NonString)
        {
            Error("when using JSON array syntax, arrays must be comprised of strings only", arguments.Span);
        }
        return kind;
    }

    private CommandLine ReadCommand(LogicalLine line, int start, int end, Token text)
    {
        var kind = ReadJson(line, start, end, text);
        return kind == JsonArrayKind.Strings
            ? new CommandLine(true, JsonWords(line), text)
            : new CommandLine(false, [], text);
    }

    private void ValidateFlags(Building context)
    {
        if (context.Flags.Count == 0)
        {
            return;
        }
        var allowed = FlagRules.For(context.Head.Kind);
        List<string>? seen = null;
        foreach (var flag in context.Flags)
        {
            var name = flag.Name.Text;
            var type = FlagType.String;
            var known = false;
            foreach (var (candidate, candidateType) in allowed)
            {
                if (candidate == name)
                {
                    known = true;
                    type = candidateType;
                    break;
                }
            }
            if (!known)
            {
                string? suggestion = null;
                foreach (var (candidate, _) in allowed)
                {
                    if (Words.Distance(name, candidate) <= 2 || string.Equals(name, candidate, StringComparison.OrdinalIgnoreCase))
                    {
                        suggestion = candidate;
                        break;
                    }
                }
                Error(suggestion is null
                    ? $"unknown flag: --{name}"
                    : $"unknown flag: --{name} (did you mean --{suggestion}?)", flag.Span);
                continue;
            }
            seen ??= [];
            if (type != FlagType.Strings && seen.Contains(name))
            {
                Error($"duplicate flag specified: --{name}", flag.Span);
                continue;
            }
            seen.Add(name);
            if (type == FlagType.Bool)
            {
                if (flag.Value is { } value)
                {
                    if (value.Value.Length == 0)
                    {
                        Error($"missing a value on flag: --{name}", flag.Span);
                    }
                    else if (!value.Value.Equals("true", StringComparison.OrdinalIgnoreCase)
                        && !value.Value.Equals("false", StringComparison.OrdinalIgnoreCase))
                    {
                        Error($"expecting boolean value for flag --{name}, not: {value.Value}", value.Span);
                    }
                }
            }
            else if (flag.Value is null)
            {
                Error($"missing a value on flag: --{name}", flag.Span);
            }
        }
    }

    private FromInstruction BuildFrom(Building context)
    {
        var (line, head) = (context.Line, context.Head);
        var words = PlainWords(line, head.ArgsStart, head.ArgsEnd, checkQuotes: true);
        var image = words.Count > 0 ? words[0] : null;
        Word? asKeyword = words.Count >= 2 && words[1].Text.Equals("AS", StringComparison.OrdinalIgnoreCase) ? words[1] : null;
        var stageName = asKeyword is not null && words.Count >= 3 ? words[2] : null;
        if (words.Count == 0)
        {
            Error("FROM requires either one or three arguments", context.Keyword.Span);
        }
        else if (!(words.Count == 1 || words.Count == 3 && asKeyword is not null))
        {
            Error("FROM requires either one or three arguments", words[1].Span.Union(words[^1].Span));
        }
        if (stageName is not null && !IsValidStageName(stageName.Text))
        {
            Error(
                $"invalid name for build stage: \"{stageName.Text.ToLowerInvariant()}\", name can't start with a number or contain symbols",
                stageName.Span);
        }
        var reference = image is null ? null : ImageReference.Parse(image.Value);
        return new FromInstruction(context.Parts, image, asKeyword, stageName, reference);
    }

    private static bool IsValidStageName(string name)
    {
        if (name.Length == 0 || !char.IsAsciiLetter(name[0]))
        {
            return false;
        }
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            {
                return false;
            }
        }
        return true;
    }

    private ShellInstruction BuildShell(Building context)
    {
        var (line, head) = (context.Line, context.Head);
        var kind = ReadJson(line, head.ArgsStart, head.ArgsEnd, context.Arguments);
        if (kind == JsonArrayKind.Strings)
        {
            if (_json.Count == 0)
            {
                Error("SHELL requires at least one argument", context.ArgumentsOrKeyword);
            }
            return new ShellInstruction(context.Parts, JsonWords(line));
        }
        if (kind == JsonArrayKind.NotJson)
        {
            Error(head.ArgsStart >= head.ArgsEnd
                ? "SHELL requires at least one argument"
                : "SHELL requires the arguments to be in JSON form", context.ArgumentsOrKeyword);
        }
        return new ShellInstruction(context.Parts, []);
    }

    private FileTransferInstruction BuildFileTransfer(Building context)
    {
        var (line, head) = (context.Line, context.Head);
        var kind = ReadJson(line, head.ArgsStart, head.ArgsEnd, context.Arguments);
        List<Word> words;
        var isJson = kind != JsonArrayKind.NotJson;
        if (kind == JsonArrayKind.Strings)
        {
            words = JsonWords(line);
        }
        else if (kind == JsonArrayKind.NonString)
        {
            words = [];
        }
        else
        {
            words = [];
            var raw = Words.SplitPlain(line.Text, head.ArgsStart, head.ArgsEnd);
            var markers = head.Markers;
            var nextMarker = 0;
            for (var k = 0; k < raw.Count; k++)
            {
                var word = raw[k];
                var isMarker = false;
                while (nextMarker < markers.Count && markers[nextMarker].Start < word.Start)
                {
                    nextMarker++;
                }
                if (nextMarker < markers.Count && markers[nextMarker].Start == word.Start)
                {
                    var marker = markers[nextMarker];
                    // "<< EOF" is one marker word although it contains a blank.
                    while (k + 1 < raw.Count && raw[k + 1].Start < marker.End)
                    {
                        k++;
                    }
                    word = new RawWord(marker.Start, marker.End);
                    isMarker = true;
                }
                words.Add(isMarker
                    ? line.Word(word, _escape)
                    : MakeWord(line, word.Start, word.End, checkQuotes: true));
            }
        }
        Word? destination = null;
        List<Word> sources = words;
        if (words.Count >= 2)
        {
            destination = words[^1];
            sources = words.GetRange(0, words.Count - 1);
            if (head.Markers.Count > 0 && line.MapStart(head.Markers[^1].Start) == destination.Span.Start)
            {
                Error($"{context.Name} cannot accept a heredoc as a destination", destination.Span);
            }
        }
        else if (kind != JsonArrayKind.NonString)
        {
            Error(
                $"{context.Name} requires at least two arguments, but only one was provided. Destination could not be determined",
                context.ArgumentsOrKeyword);
        }
        return head.Kind == InstructionKind.Copy
            ? new CopyInstruction(context.Parts, isJson, sources, destination)
            : new AddInstruction(context.Parts, isJson, sources, destination);
    }

    private KeyValueInstruction BuildKeyValue(Building context)
    {
        var (line, head) = (context.Line, context.Head);
        var text = line.Text;
        var raw = Words.SplitQuoted(text, head.ArgsStart, head.ArgsEnd, _escape);
        var pairs = new List<Syntax.KeyValuePair>();
        var legacy = false;
        if (raw.Count == 0)
        {
            Error($"{context.Name} requires at least one argument", context.Keyword.Span);
        }
        else if (text.IndexOf('=', raw[0].Start, raw[0].Length) < 0)
        {
            legacy = true;
            var keyEnd = head.ArgsStart;
            while (keyEnd < head.ArgsEnd && !Words.IsBlank(text[keyEnd]))
            {
                keyEnd++;
            }
            var valueStart = keyEnd;
            while (valueStart < head.ArgsEnd && Words.IsBlank(text[valueStart]))
            {
                valueStart++;
            }
            var key = MakeWord(line, head.ArgsStart, keyEnd, checkQuotes: true);
            if (valueStart >= head.ArgsEnd)
            {
                Error($"{context.Name} must have two arguments", key.Span);
                pairs.Add(new Syntax.KeyValuePair(key, null, key.Span));
            }
            else
            {
                var value = MakeWord(line, valueStart, head.ArgsEnd, checkQuotes: true);
                pairs.Add(new Syntax.KeyValuePair(key, value, line.Map(head.ArgsStart, head.ArgsEnd)));
            }
        }
        else
        {
            foreach (var word in raw)
            {
                var span = line.Map(word.Start, word.End);
                var eq = text.IndexOf('=', word.Start, word.Length);
                if (eq < 0)
                {
                    Error(
                        $"Syntax error - can't find = in \"{line.Slice(word.Start, word.End)}\". Must be of the form: name=value",
                        span);
                    pairs.Add(new Syntax.KeyValuePair(MakeWord(line, word.Start, word.End, checkQuotes: false), null, span));
                    continue;
                }
                if (eq == word.Start)
                {
                    Error($"{context.Name} names can not be blank", span);
                }
                var key = MakeWord(line, word.Start, eq, checkQuotes: true);
                var value = MakeWord(line, eq + 1, word.End, checkQuotes: true);
                pairs.Add(new Syntax.KeyValuePair(key, value, span));
            }
        }
        return head.Kind == InstructionKind.Env
            ? new EnvInstruction(context.Parts, pairs, legacy)
            : new LabelInstruction(context.Parts, pairs, legacy);
    }

    private ArgInstruction BuildArg(Building context)
    {
        var (line, head) = (context.Line, context.Head);
        var raw = Words.SplitQuoted(line.Text, head.ArgsStart, head.ArgsEnd, _escape);
        var declarations = new List<ArgDeclaration>(raw.Count);
        if (raw.Count == 0)
        {
            Error("ARG requires at least one argument", context.Keyword.Span);
        }
        foreach (var word in raw)
        {
            var span = line.Map(word.Start, word.End);
            var eq = line.Text.IndexOf('=', word.Start, word.Length);
            if (eq == word.Start)
            {
                Error("ARG names can not be blank", span);
            }
            var name = MakeWord(line, word.Start, eq < 0 ? word.End : eq, checkQuotes: true);
            var defaultValue = eq < 0 ? null : MakeWord(line, eq + 1, word.End, checkQuotes: true);
            declarations.Add(new ArgDeclaration(name, defaultValue, span));
        }
        return new ArgInstruction(context.Parts, declarations);
    }

    private ExposeInstruction BuildExpose(Building context)
    {
        var ports = PlainWords(context.Line, context.Head.ArgsStart, context.Head.ArgsEnd, checkQuotes: true);
        if (ports.Count == 0)
        {
            Error("EXPOSE requires at least one argument", context.Keyword.Span);
        }
        return new ExposeInstruction(context.Parts, ports);
    }

    private VolumeInstruction BuildVolume(Building context)
    {
        var (line, head) = (context.Line, context.Head);
        var kind = ReadJson(line, head.ArgsStart, head.ArgsEnd, context.Arguments);
        var paths = kind == JsonArrayKind.Strings
            ? JsonWords(line)
            : kind == JsonArrayKind.NonString ? [] : PlainWords(line, head.ArgsStart, head.ArgsEnd, checkQuotes: true);
        if (kind != JsonArrayKind.NonString && paths.Count == 0)
        {
            Error("VOLUME requires at least one argument", context.ArgumentsOrKeyword);
        }
        foreach (var path in paths)
        {
            if (path.Value.AsSpan().Trim().IsEmpty)
            {
                Error("VOLUME specified can not be an empty string", path.Span);
            }
        }
        return new VolumeInstruction(context.Parts, kind != JsonArrayKind.NotJson, paths);
    }

    private Word? SingleArgument(Building context, bool checkQuotes)
    {
        var head = context.Head;
        if (head.ArgsStart >= head.ArgsEnd)
        {
            Error($"{context.Name} requires exactly one argument", context.Keyword.Span);
            return null;
        }
        return MakeWord(context.Line, head.ArgsStart, head.ArgsEnd, checkQuotes);
    }

    private OnbuildInstruction BuildOnbuild(Building context, int spanEnd, int spanEndLine)
    {
        var inner = context.Head.Inner;
        if (inner is null)
        {
            Error("ONBUILD requires at least one argument", context.Keyword.Span);
            return new OnbuildInstruction(context.Parts, null);
        }
        var trigger = BuildInstruction(context.Line, inner, context.Heredocs, [], [], spanEnd, spanEndLine);
        var name = trigger.Keyword.Text.ToUpperInvariant();
        if (inner.Kind == InstructionKind.Onbuild)
        {
            Error("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed", trigger.Keyword.Span);
        }
        else if (inner.Kind is InstructionKind.From or InstructionKind.Maintainer)
        {
            Error($"{name} isn't allowed as an ONBUILD trigger", trigger.Keyword.Span);
        }
        var onbuild = new OnbuildInstruction(context.Parts, trigger);
        trigger.Parent = onbuild;
        return onbuild;
    }
}
