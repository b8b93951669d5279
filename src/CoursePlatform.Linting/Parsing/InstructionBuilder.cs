using System.Runtime.CompilerServices;
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

    private static readonly Flag[] NoFlagTokens = [];

    private static readonly Word[] NoWords = [];

    /// <summary>The keyword text; the usual upper-case spellings share one string.</summary>
    private static string KeywordText(ReadOnlySpan<char> keyword, InstructionKind kind)
    {
        if (kind != InstructionKind.Unknown)
        {
            var upper = InstructionNamesUpper[(int)kind - 1];
            if (keyword.SequenceEqual(upper))
            {
                return upper;
            }
        }
        return keyword.ToString();
    }

    /// <summary>An instruction's keyword token, made when first read.</summary>
    internal static Token KeywordToken(LineMap map, int start, int end, InstructionKind kind)
    {
        var span = map.Map(start, end);
        var text = map.IsSingleLine || span.Length == end - start
            ? KeywordText(map.Source.AsSpan(span.Start, span.Length), kind)
            : KeywordText(map.Build(start, end), kind);
        return new Token(text, span);
    }

    private void Error(string message, SourceSpan span) => (_diagnostics ??= []).Add(new ParseDiagnostic(message, span));

    private Instruction BuildInstruction(
        LogicalLine line, InstructionHead head, Heredoc[] heredocs, int commentCount,
        SourceSpan[] empties, int spanEnd, int spanEndLine)
    {
        var start = line.Map(head.KeywordStart, head.KeywordStart);
        var spanStart = start.Start;
        spanEnd = Math.Max(spanStart, spanEnd);
        var span = new SourceSpan(
            spanStart, spanEnd, start.StartLine, start.StartColumn, spanEndLine, spanEnd - _lines.LineStart(spanEndLine) + 1);
        // The text is the logical line from the keyword, then any heredoc part verbatim (newline, bodies,
        // terminators). The instruction makes it on first read when the line can make it again: on one physical
        // line (with any heredoc part right after it) it is the source under the span; joined lines rebuild it.
        string? text = null;
        if (line.IsSource ? line.End != line.PhysicalEnd : heredocs.Length > 0 && spanEnd > line.PhysicalEnd)
        {
            text = line.Slice(head.KeywordStart, line.End);
            var physicalEnd = line.PhysicalEnd;
            if (heredocs.Length > 0 && spanEnd > physicalEnd)
            {
                text += _src.Substring(physicalEnd, spanEnd - physicalEnd);
            }
        }
        var flags = head.Flags.Count == 0 ? NoFlagTokens : BuildFlags(line, head);
        var argsStart = head.ArgsStart;
        // Empty arguments sit where they would start: after the keyword and any flags.
        var argsEnd = Math.Max(argsStart, head.ArgsEnd);
        // The command of RUN is the arguments token: made now, and shared. Other instructions (CMD and ENTRYPOINT
        // too, whose commands share the instruction's) make theirs on first read (few rules read it).
        var arguments = head.Kind is InstructionKind.Run ? RunArguments(line, argsStart, argsEnd) : null;
        var parts = new InstructionParts(
            text, span, flags, heredocs, _comments.Count, commentCount, empties, line.Mapping, head.KeywordStart,
            head.KeywordEnd, argsStart, argsEnd, arguments);
        var context = new Building(line, head, parts, flags, arguments, heredocs);

        switch (head.Kind)
        {
            case InstructionKind.From:
                ValidateFlags(context);
                return BuildFrom(context);
            case InstructionKind.Run:
                ValidateFlags(context);
                return BuildRun(context);
            case InstructionKind.Cmd:
            case InstructionKind.Entrypoint:
                ValidateFlags(context);
                return BuildCommand(context);
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
            case InstructionKind.Workdir:
            case InstructionKind.Maintainer:
                ValidateFlags(context);
                return BuildSingleArgument(context);
            case InstructionKind.Stopsignal:
                return BuildSingleArgument(context);
            default:
                return BuildUnknown(context);
        }
    }

    // The instructions built here are built out of line (as the other kinds' are): inlined, each construction's
    // copy of the parts would be a stack slot of the caller's that every instruction's call clears first.

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Instruction BuildCommand(in Building context)
    {
        var (line, head) = (context.Line, context.Head);
        var isExec = IsExecForm(line, head.ArgsStart, head.ArgsEnd);
        return head.Kind == InstructionKind.Cmd
            ? new CmdInstruction(context.Parts, isExec)
            : new EntrypointInstruction(context.Parts, isExec);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private SingleArgumentInstruction BuildSingleArgument(in Building context)
    {
        var parts = context.Parts;
        return context.Head.Kind switch
        {
            InstructionKind.User => new UserInstruction(parts, SingleArgument(context, checkQuotes: true)),
            InstructionKind.Workdir => new WorkdirInstruction(parts, SingleArgument(context, checkQuotes: true)),
            InstructionKind.Stopsignal => new StopsignalInstruction(parts, SingleArgument(context, checkQuotes: true)),
            _ => new MaintainerInstruction(parts, SingleArgument(context, checkQuotes: false)),
        };
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private UnknownInstruction BuildUnknown(in Building context)
    {
        var keyword = context.Line.Slice(context.Head.KeywordStart, context.Head.KeywordEnd);
        var suggestion = Words.Suggest(keyword, InstructionNames);
        Error(
            suggestion is null
                ? $"unknown instruction: {keyword}"
                : $"unknown instruction: {keyword} (did you mean {suggestion}?)",
            context.KeywordSpan);
        return new UnknownInstruction(context.Parts);
    }

    /// <summary>The flag tokens of an instruction that has flags (one in ten), built out of line to keep the caller's frame small.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Flag[] BuildFlags(LogicalLine line, InstructionHead head)
    {
        var flags = new Flag[head.Flags.Count];
        for (var f = 0; f < flags.Length; f++)
        {
            var raw = head.Flags[f];
            Word? value = null;
            if (raw.HasValue)
            {
                var valueStart = raw.NameEnd + 1;
                value = line.LazyWord(
                    valueStart, raw.End,
                    Words.IsPlain(line.Text, valueStart, raw.End, _escape)
                        ? null
                        : Words.UnquoteFlag(line.Text, valueStart, raw.End, _escape));
            }
            var flagSpan = line.Map(raw.Start, raw.End);
            // A flag that is the source under its span (no continuation inside) makes its name token on first read.
            flags[f] = line.IsSource || flagSpan.Length == raw.End - raw.Start
                ? new Flag(flagSpan, _src, raw.NameEnd - raw.Start - 2, value)
                : new Flag(
                    line.Slice(raw.Start, raw.End), flagSpan,
                    new Token(FlagRules.NameText(line.Text[(raw.Start + 2)..raw.NameEnd]), line.Map(raw.Start + 2, raw.NameEnd)),
                    value);
        }
        return flags;
    }

    /// <summary>
    /// A RUN's arguments. Every script is read (its shell parse needs the text), so on a joined line the text is
    /// copied now from the joined buffer, in one piece, rather than put together again from the source later.
    /// </summary>
    private static Token RunArguments(LogicalLine line, int start, int end)
    {
        if (line.IsSource)
        {
            return line.LazyToken(start, end);
        }
        var span = line.Map(start, end);
        return span.Length == end - start ? new SourceToken(line.Source, span) : new Token(line.Slice(start, end), span);
    }

    /// <summary>Everything the per-instruction builders share.</summary>
    private readonly record struct Building(
        LogicalLine Line, InstructionHead Head, InstructionParts Parts, Flag[] Flags, Token? CommandText,
        Heredoc[] Heredocs)
    {
        public string Name => Head.Kind.ToString().ToUpperInvariant();

        /// <summary>The arguments token (RUN, CMD and ENTRYPOINT share theirs with the instruction).</summary>
        public Token Arguments => CommandText ?? Line.LazyToken(Head.ArgsStart, Math.Max(Head.ArgsStart, Head.ArgsEnd));

        public SourceSpan KeywordSpan => Line.Map(Head.KeywordStart, Head.KeywordEnd);

        /// <summary>Where "missing argument" errors point: the arguments, or the keyword when there are none.</summary>
        public SourceSpan ArgumentsOrKeyword => Head.ArgsStart < Head.ArgsEnd ? Line.Map(Head.ArgsStart, Head.ArgsEnd) : KeywordSpan;
    }

    // plain: the splitter already found no quote or escape token in the range (no second scan).
    private Word MakeWord(LogicalLine line, int start, int end, bool checkQuotes, bool plain = false)
    {
        var unterminated = false;
        var value = plain || Words.IsPlain(line.Text, start, end, _escape)
            ? null
            : Words.Unquote(line.Text, start, end, _escape, out unterminated);
        var word = line.LazyWord(start, end, value);
        if (unterminated && checkQuotes)
        {
            var dq = line.Text[start..end].IndexOf('"');
            var sq = line.Text[start..end].IndexOf('\'');
            var quote = dq >= 0 && (sq < 0 || dq < sq) ? "double-quote" : "single-quote";
            Error($"unexpected end of statement while looking for matching {quote}", word.Span);
        }
        return word;
    }

    private Word[] PlainWords(LogicalLine line, int start, int end, bool checkQuotes)
    {
        var raw = Words.SplitPlain(line.Text, start, end, _escape, _rawWords);
        if (raw.Count == 0)
        {
            return [];
        }
        var words = new Word[raw.Count];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = MakeWord(line, raw[i].Start, raw[i].End, checkQuotes, raw[i].Plain);
        }
        return words;
    }

    /// <summary>The JSON elements as words (raw literal text, decoded value).</summary>
    private Word[] JsonWords(LogicalLine line)
    {
        if (_json.Count == 0)
        {
            return [];
        }
        var words = new Word[_json.Count];
        for (var i = 0; i < words.Length; i++)
        {
            var element = _json[i];
            words[i] = line.LazyWord(element.Start, element.End, element.Value);
        }
        return words;
    }

    private JsonArrayKind ReadJson(LogicalLine line, int start, int end)
    {
        if (start >= end || line.Text[start] != '[')
        {
            _json.Clear();
            return JsonArrayKind.NotJson;
        }
        var kind = JsonArrayReader.Read(line.Text, start, end, _json);
        if (kind == JsonArrayKind.NonString)
        {
            Error("when using JSON array syntax, arrays must be comprised of strings only", line.Map(start, end));
        }
        return kind;
    }

    /// <summary>
    /// True when the arguments are a JSON array of strings (exec form); reports an array of other values. Nothing
    /// is decoded: CMD and ENTRYPOINT make their words on first read.
    /// </summary>
    private bool IsExecForm(LogicalLine line, int start, int end)
    {
        if (start >= end || line.Text[start] != '[')
        {
            return false;
        }
        var kind = JsonArrayReader.Read(line.Text, start, end, null);
        if (kind == JsonArrayKind.NonString)
        {
            Error("when using JSON array syntax, arrays must be comprised of strings only", line.Map(start, end));
        }
        return kind == JsonArrayKind.Strings;
    }

    private CommandLine ReadCommand(LogicalLine line, int start, int end, Token text)
        => ReadExecCommand(line, start, end, text) ?? new CommandLine(false, NoWords, text);

    /// <summary>The command when the arguments are a JSON array of strings (exec form), else null.</summary>
    private CommandLine? ReadExecCommand(LogicalLine line, int start, int end, Token text)
        => ReadJson(line, start, end) == JsonArrayKind.Strings ? new CommandLine(true, JsonWords(line), text) : null;

    private FromInstruction BuildFrom(in Building context)
    {
        var (line, head) = (context.Line, context.Head);
        // The words go to the reader's list: the instruction keeps three at most.
        var raw = Words.SplitPlain(line.Text, head.ArgsStart, head.ArgsEnd, _escape, _rawWords);
        var words = _words;
        words.Clear();
        for (var i = 0; i < raw.Count; i++)
        {
            words.Add(MakeWord(line, raw[i].Start, raw[i].End, checkQuotes: true, raw[i].Plain));
        }
        var image = words.Count > 0 ? words[0] : null;
        Word? asKeyword = words.Count >= 2 && words[1].TextSpan.Equals("AS", StringComparison.OrdinalIgnoreCase) ? words[1] : null;
        var stageName = asKeyword is not null && words.Count >= 3 ? words[2] : null;
        if (words.Count == 0)
        {
            Error("FROM requires either one or three arguments", context.KeywordSpan);
        }
        else if (!(words.Count == 1 || words.Count == 3 && asKeyword is not null))
        {
            Error("FROM requires either one or three arguments", words[1].Span.Union(words[^1].Span));
        }
        if (stageName is not null && !IsValidStageName(stageName.TextSpan))
        {
            Error(
                $"invalid name for build stage: \"{stageName.Text.ToLowerInvariant()}\", name can't start with a number or contain symbols",
                stageName.Span);
        }
        words.Clear();
        return new FromInstruction(context.Parts, image, asKeyword, stageName);
    }

    private static bool IsValidStageName(ReadOnlySpan<char> name)
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

    private ShellInstruction BuildShell(in Building context)
    {
        var (line, head) = (context.Line, context.Head);
        var kind = ReadJson(line, head.ArgsStart, head.ArgsEnd);
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

    private OnbuildInstruction BuildOnbuild(in Building context, int spanEnd, int spanEndLine)
    {
        var inner = context.Head.Inner;
        if (inner is null)
        {
            Error("ONBUILD requires at least one argument", context.KeywordSpan);
            return new OnbuildInstruction(context.Parts, null);
        }
        var trigger = BuildInstruction(context.Line, inner, context.Heredocs, 0, [], spanEnd, spanEndLine);
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
