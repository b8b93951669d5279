namespace CoursePlatform.Linting.Syntax;

public enum InstructionKind
{
    Unknown,
    Add,
    Arg,
    Cmd,
    Copy,
    Entrypoint,
    Env,
    Expose,
    From,
    Healthcheck,
    Label,
    Maintainer,
    Onbuild,
    Run,
    Shell,
    Stopsignal,
    User,
    Volume,
    Workdir,
}

/// <summary>
/// One Dockerfile instruction. <see cref="Token.Span"/> covers the whole instruction: every physical line it
/// consumed, including continuation lines, skipped comment/blank lines and heredoc bodies.
/// </summary>
public abstract class Instruction : Token
{
    private readonly Parsing.LineMap _map;
    private readonly int _textStart;
    private readonly int _keywordEnd;
    private readonly int _argumentsStart;
    private readonly int _argumentsEnd;

    // Made on first read from the offsets above (most rules never read them), unless the parser gave them.
    private Token? _keyword;
    private Token? _arguments;

    // The comments above: the run of the document's comments that ends before index _commentsEnd, made into an
    // array on first read (only the suppression of a finding asks) and kept with the rare parts.
    private readonly int _commentsEnd;
    private readonly int _commentCount;

    // Kept here, not with the rare parts: one instruction in ten has flags, more than have anything else of them.
    private readonly ReadOnlyArray<Flag> _flags;

    // Heredocs, empty continuation lines, a parent and the preceding comments once read: null for most instructions.
    private RareParts? _rare;

    // The parser gives the text only when the line cannot make it again (heredoc parts after continuation lines).
    protected Instruction(in InstructionParts parts)
        : base(parts.Span, parts.TextOrNull)
    {
        _arguments = parts.ArgumentsOrNull;
        _commentsEnd = parts.CommentsEnd;
        _commentCount = parts.CommentCount;
        _flags = parts.Flags;
        if (parts.Heredocs.Count > 0 || parts.EmptyContinuationLines.Count > 0)
        {
            _rare = new RareParts
            {
                Heredocs = parts.Heredocs,
                EmptyContinuationLines = parts.EmptyContinuationLines,
            };
        }
        _map = parts.Mapping;
        _textStart = parts.TextStart;
        _keywordEnd = parts.KeywordEnd;
        _argumentsStart = parts.ArgumentsStart;
        _argumentsEnd = parts.ArgumentsEnd;
    }

    public abstract InstructionKind Kind { get; }

    /// <summary>The keyword as written (<c>from</c>, <c>FROM</c>, <c>From</c>).</summary>
    // Racing first reads each make an equal token; either may win.
    public Token Keyword => _keyword ??= Parsing.DocumentReader.KeywordToken(_map, _textStart, _keywordEnd, Kind);

    /// <summary>Where <see cref="Keyword"/> is, without making the token.</summary>
    public SourceSpan KeywordSpan => _keyword?.Span ?? _map.Map(_textStart, _keywordEnd);

    /// <summary><see cref="Keyword"/>'s text without making the token (or the string, on one physical line).</summary>
    public ReadOnlySpan<char> KeywordTextSpan
    {
        get
        {
            if (_keyword is { } keyword)
            {
                return keyword.TextSpan;
            }
            var span = _map.Map(_textStart, _keywordEnd);
            return _map.IsSingleLine || span.Length == _keywordEnd - _textStart
                ? _map.Source.AsSpan(span.Start, span.Length)
                : Keyword.TextSpan;
        }
    }

    public ReadOnlyArray<Flag> Flags => _flags;

    /// <summary>The logical text after the keyword and flags, trimmed (heredoc bodies not included).</summary>
    public Token Arguments => _arguments ??= Parsing.LogicalLine.LazyToken(_map, _argumentsStart, _argumentsEnd);

    public ReadOnlyArray<Heredoc> Heredocs => _rare is { } rare ? rare.Heredocs : default;

    /// <summary>The comment block directly above the instruction (a bare <c>#</c> line resets it; blank lines do not).</summary>
    public ReadOnlyArray<Comment> PrecedingComments => _commentCount == 0 ? default : ReadOnlyArray.Wrap(ReadPrecedingComments());

    /// <summary>How many comments <see cref="PrecedingComments"/> has, without making them.</summary>
    public int PrecedingCommentCount => _commentCount == 0 || _commentsEnd > _map.Lines.CommentLines.Length ? 0 : _commentCount;

    /// <summary>The span of preceding comment <paramref name="index"/>, without making the comment.</summary>
    // Read from the document's comment lines: making the comments would make every comment of the document.
    public SourceSpan PrecedingCommentSpan(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, PrecedingCommentCount);
        var lines = _map.Lines;
        return Parsing.DocumentReader.CommentSpan(lines, lines.CommentLines[_commentsEnd - _commentCount + index]);
    }

    /// <summary>The text after the <c>#</c> of preceding comment <paramref name="index"/> (its <see cref="Comment.Content"/>), in place.</summary>
    public ReadOnlySpan<char> PrecedingCommentContent(int index)
    {
        var span = PrecedingCommentSpan(index);
        return _map.Source.AsSpan(span.Start + 1, span.Length - 1);
    }

    /// <summary>Spans of blank lines found inside the continuation (BuildKit's NoEmptyContinuation).</summary>
    public ReadOnlyArray<SourceSpan> EmptyContinuationLines => _rare is { } rare ? rare.EmptyContinuationLines : default;

    /// <summary>The ONBUILD instruction wrapping this one, when this is a trigger.</summary>
    public OnbuildInstruction? Parent
    {
        get => _rare?.Parent;
        internal set => (_rare ??= new RareParts()).Parent = value;
    }

    /// <summary>1-based line the instruction starts on.</summary>
    public int Line => Span.StartLine;

    /// <summary>1-based last physical line the instruction consumed.</summary>
    public int EndLine => Span.EndLine;

    /// <summary>The first flag with this name (case-sensitive, without dashes), or null.</summary>
    public Flag? GetFlag(string name)
    {
        // Indexed: rules ask this of many instructions, and foreach over the interface would allocate an enumerator.
        var flags = Flags;
        for (var i = 0; i < flags.Count; i++)
        {
            if (flags[i].NameText.SequenceEqual(name))
            {
                return flags[i];
            }
        }
        return null;
    }

    /// <summary>The arguments read again as a JSON array of strings, as words (for commands that make them on use).</summary>
    internal Word[] ReadExecArguments() => Parsing.LogicalLine.ExecWords(_map, _argumentsStart, _argumentsEnd);

    /// <summary>Maps a range of <see cref="Arguments"/>' text (logical offsets) to a source span.</summary>
    public SourceSpan MapArguments(int start, int end) => _map.Map(_argumentsStart + start, _argumentsStart + end);

    private protected override string CreateText() => _map.TextFrom(_textStart, Span);

    private protected override ReadOnlySpan<char> CreateTextSpan() =>
        _map.IsSingleLine ? _map.Source.AsSpan(Span.Start, Span.Length) : Text;

    // Racing first reads each make an equal array; either may win.
    private Comment[] ReadPrecedingComments()
    {
        var rare = _rare ?? Interlocked.CompareExchange(ref _rare, new RareParts(), null) ?? _rare;
        return rare.PrecedingComments ??= _map.Lines.CommentRun(_commentsEnd, _commentCount);
    }

    /// <summary>What few instructions have, kept aside so that the others are smaller.</summary>
    private sealed class RareParts
    {
        public ReadOnlyArray<Heredoc> Heredocs;
        public Comment[]? PrecedingComments;
        public ReadOnlyArray<SourceSpan> EmptyContinuationLines;
        public OnbuildInstruction? Parent;
    }
}

/// <summary>What the parser collected for one instruction; the typed instruction classes take it whole.</summary>
public readonly struct InstructionParts
{
    internal InstructionParts(
        string? text,
        SourceSpan span,
        Flag[] flags,
        Heredoc[] heredocs,
        int commentsEnd,
        int commentCount,
        SourceSpan[] emptyContinuationLines,
        Parsing.LineMap mapping,
        int textStart,
        int keywordEnd,
        int argumentsStart,
        int argumentsEnd,
        Token? arguments)
    {
        TextOrNull = text;
        Span = span;
        Flags = ReadOnlyArray.OfArray(flags);
        Heredocs = ReadOnlyArray.OfArray(heredocs);
        CommentsEnd = commentsEnd;
        CommentCount = commentCount;
        EmptyContinuationLines = ReadOnlyArray.OfArray(emptyContinuationLines);
        Mapping = mapping;
        TextStart = textStart;
        KeywordEnd = keywordEnd;
        ArgumentsStart = argumentsStart;
        ArgumentsEnd = argumentsEnd;
        ArgumentsOrNull = arguments;
    }

    /// <summary>The instruction's text (made from the source when the parser left it to be made on use).</summary>
    public string Text => TextOrNull ?? Mapping.TextFrom(TextStart, Span);
    public SourceSpan Span { get; }
    public Token Keyword => Parsing.DocumentReader.KeywordToken(Mapping, TextStart, KeywordEnd, InstructionKind.Unknown);
    public ReadOnlyArray<Flag> Flags { get; }
    public Token Arguments => ArgumentsOrNull ?? Parsing.LogicalLine.LazyToken(Mapping, ArgumentsStart, ArgumentsEnd);
    public ReadOnlyArray<Heredoc> Heredocs { get; }
    public ReadOnlyArray<Comment> PrecedingComments =>
        CommentCount == 0 ? default : ReadOnlyArray.Wrap(Mapping.Lines.CommentRun(CommentsEnd, CommentCount));
    public ReadOnlyArray<SourceSpan> EmptyContinuationLines { get; }

    /// <summary>The comments above the instruction are the <see cref="CommentCount"/> of the document's before this index.</summary>
    internal int CommentsEnd { get; }

    internal int CommentCount { get; }

    /// <summary>Null when the text is exactly the source under <see cref="Span"/>.</summary>
    internal string? TextOrNull { get; }

    /// <summary>Null when the instruction makes its arguments token on first read.</summary>
    internal Token? ArgumentsOrNull { get; }

    internal Parsing.LineMap Mapping { get; }

    /// <summary>Logical offset of the keyword: where the instruction's text starts.</summary>
    internal int TextStart { get; }

    internal int KeywordEnd { get; }

    internal int ArgumentsStart { get; }

    internal int ArgumentsEnd { get; }

    /// <summary>Maps logical offsets within <see cref="Arguments"/> to a source span.</summary>
    public SourceSpan Map(int start, int end) => Mapping.Map(ArgumentsStart + start, ArgumentsStart + end);
}

/// <summary>
/// The command of RUN, CMD, ENTRYPOINT or HEALTHCHECK CMD: exec (JSON array) form or shell form.
/// </summary>
public sealed class CommandLine
{
    // The command of a parsed CMD or ENTRYPOINT, whose words and text are made on first read: rules ask only
    // whether it is in exec form.
    private readonly Instruction? _owner;

    // Null until first read when made by the owner.
    private Word[]? _execArguments;
    private Token? _text;

    public CommandLine(bool isExec, IReadOnlyList<Word> execArguments, Token text)
    {
        IsExec = isExec;
        _execArguments = ReadOnlyArray.Of(execArguments).Items;
        _text = text;
    }

    /// <summary>A command of words already made (the parser's own array) and a text.</summary>
    internal CommandLine(bool isExec, Word[] execArguments, Token text)
    {
        IsExec = isExec;
        _execArguments = execArguments;
        _text = text;
    }

    /// <summary>The command of <paramref name="owner"/>: its arguments, read again on first use.</summary>
    internal CommandLine(bool isExec, Instruction owner)
    {
        IsExec = isExec;
        _owner = owner;
        _execArguments = isExec ? null : [];
    }

    /// <summary>True for the JSON (exec) form.</summary>
    public bool IsExec { get; }

    /// <summary>The decoded JSON array elements (exec form only).</summary>
    // Racing first reads each make equal words; either may win.
    public ReadOnlyArray<Word> ExecArguments => ReadOnlyArray.Wrap(_execArguments ??= _owner!.ReadExecArguments());

    /// <summary>
    /// The command text: the raw shell string for shell form; for exec form the raw JSON text.
    /// </summary>
    public Token Text => _text ??= _owner!.Arguments;

    /// <summary>Shell form text, or the exec arguments joined with single spaces (hadolint's view of RUN).</summary>
    public string ScriptText => IsExec ? string.Join(' ', ExecArguments.Select(a => a.Value)) : Text.Text;
}

public sealed class FromInstruction : Instruction
{
    // Parsed instructions split the image reference on first read.
    private readonly bool _lazyReference;
    private ImageReference? _reference;

    public FromInstruction(InstructionParts parts, Word? image, Word? asKeyword, Word? stageName, ImageReference? reference)
        : base(parts)
    {
        Image = image;
        AsKeyword = asKeyword;
        StageName = stageName;
        _reference = reference;
    }

    internal FromInstruction(InstructionParts parts, Word? image, Word? asKeyword, Word? stageName)
        : base(parts)
    {
        Image = image;
        AsKeyword = asKeyword;
        StageName = stageName;
        _lazyReference = image is not null;
    }

    public override InstructionKind Kind => InstructionKind.From;

    /// <summary>The image word as written (may contain variables), or null when missing.</summary>
    public Word? Image { get; }

    /// <summary>The <c>AS</c> keyword word, if present.</summary>
    public Word? AsKeyword { get; }

    /// <summary>The stage name word as written (not lower-cased), if present.</summary>
    public Word? StageName { get; }

    /// <summary>The parsed image reference (null when the image is missing).</summary>
    // Racing first reads each make an equal reference; either may win.
    public ImageReference? Reference => _reference ?? (_lazyReference ? _reference = ImageReference.Parse(Image!.Value) : null);

    public Flag? Platform => GetFlag("platform");

    /// <summary>
    /// Whether <see cref="Reference"/> has a tag and a digest, and the tag, read in place from the image's value the
    /// way <see cref="ImageReference.Parse"/> splits it (rules that only ask this make no reference and no strings).
    /// False when <see cref="Reference"/> is null.
    /// </summary>
    internal bool TryReadTag(out ReadOnlySpan<char> tag, out bool hasTag, out bool hasDigest)
    {
        if (_reference is { } reference)
        {
            tag = reference.Tag;
            hasTag = reference.Tag is not null;
            hasDigest = reference.Digest is not null;
            return true;
        }
        if (!_lazyReference)
        {
            tag = default;
            hasTag = hasDigest = false;
            return false;
        }
        var rest = Image!.ValueSpan;
        var at = rest.IndexOf('@');
        hasDigest = at >= 0;
        if (hasDigest)
        {
            rest = rest[..at];
        }
        var slash = rest.IndexOf('/');
        if (slash > 0 && rest[..slash].Contains('.'))
        {
            rest = rest[(slash + 1)..];
        }
        var colon = rest.IndexOf(':');
        hasTag = colon >= 0;
        tag = hasTag ? rest[(colon + 1)..] : default;
        return true;
    }
}

/// <summary>An image reference split the way hadolint's parser reads it: <c>[registry/]name[:tag][@digest]</c>.</summary>
public sealed record ImageReference(string Text, string? Registry, string Name, string? Tag, string? Digest)
{
    /// <summary>Splits an image reference. A first path component containing <c>.</c> is the registry.</summary>
    public static ImageReference Parse(string text)
    {
        var rest = text;
        string? digest = null;
        var at = rest.IndexOf('@');
        if (at >= 0)
        {
            digest = rest[(at + 1)..];
            rest = rest[..at];
        }
        string? registry = null;
        var slash = rest.IndexOf('/');
        if (slash > 0)
        {
            var first = rest[..slash];
            if (first.Contains('.'))
            {
                registry = first;
                rest = rest[(slash + 1)..];
            }
        }
        string? tag = null;
        var colon = rest.IndexOf(':');
        if (colon >= 0)
        {
            tag = rest[(colon + 1)..];
            rest = rest[..colon];
        }
        return new ImageReference(text, registry, rest, tag, digest);
    }
}

/// <summary>Makes a RUN's script on first use. The parser's sources keep only what the parse needs.</summary>
internal abstract class RunScriptSource
{
    /// <summary>Parses the script; may run on several threads at once, so it changes no state.</summary>
    public abstract Shell.ShellScript Parse();
}

/// <summary>RUN. <see cref="Script"/> is the shell model hadolint's rules read.</summary>
public sealed class RunInstruction : Instruction
{
    // Null when the script is the shell-form arguments (the usual case): the instruction maps them itself.
    private readonly RunScriptSource? _scriptSource;
    private Shell.ShellScript? _script;

    public RunInstruction(InstructionParts parts, CommandLine command, IReadOnlyList<RunMount> mounts, Func<Shell.ShellScript> parseScript)
        : this(parts, command, mounts, new DelegateScriptSource(parseScript))
    {
    }

    /// <summary>A parsed RUN: a null <paramref name="command"/> is the shell-form arguments, made into a command on first read.</summary>
    internal RunInstruction(InstructionParts parts, CommandLine? command, IReadOnlyList<RunMount> mounts, RunScriptSource? scriptSource)
        : base(parts)
    {
        _command = command;
        Mounts = ReadOnlyArray.Of(mounts);
        _scriptSource = scriptSource;
    }

    private CommandLine? _command;

    public override InstructionKind Kind => InstructionKind.Run;

    public CommandLine Command => _command ?? MakeCommand();

    /// <summary>Parsed <c>--mount</c> flags, in order.</summary>
    public ReadOnlyArray<RunMount> Mounts { get; }

    /// <summary>
    /// The script as hadolint sees it: the heredoc body when the command is only a heredoc, the text before the
    /// marker otherwise; exec form joined with spaces. Parsed on first use (idempotent, so safe across threads).
    /// Word offsets map to source via <see cref="Shell.ShellScript.SpanOf(Shell.ShellWord)"/>.
    /// </summary>
    public Shell.ShellScript Script => _script ??= _scriptSource?.Parse() ?? Shell.ShellParser.Parse((_command?.Text ?? Arguments).Text, this);

    // Racing first reads each make a command; the first published is the one every reader gets.
    private CommandLine MakeCommand() =>
        Interlocked.CompareExchange(ref _command, new CommandLine(false, this), null) ?? _command!;

    private sealed class DelegateScriptSource(Func<Shell.ShellScript> parse) : RunScriptSource
    {
        public override Shell.ShellScript Parse() => parse();
    }
}

/// <summary>One <c>--mount=</c> option set of a RUN.</summary>
public sealed class RunMount(Flag flag, IReadOnlyDictionary<string, string?> options)
{
    public Flag Flag { get; } = flag;

    /// <summary>Options keyed by lower-cased key; bare keys (<c>ro</c>) map to null.</summary>
    public IReadOnlyDictionary<string, string?> Options { get; } = options;

    /// <summary>The mount type (<c>bind</c> when not given).</summary>
    public string Type => Get("type") ?? "bind";

    public string? Target => Get("target") ?? Get("dst") ?? Get("destination");

    public string? Source => Get("source") ?? Get("src");

    public string? From => Get("from");

    public string? Id => Get("id");

    public string? Get(string key) => Options.TryGetValue(key, out var value) ? value : null;
}

public sealed class CmdInstruction : Instruction
{
    public CmdInstruction(InstructionParts parts, CommandLine command)
        : base(parts) => Command = command;

    /// <summary>A parsed CMD: the command makes its words and text on first read.</summary>
    internal CmdInstruction(InstructionParts parts, bool isExec)
        : base(parts) => Command = new CommandLine(isExec, this);

    public override InstructionKind Kind => InstructionKind.Cmd;

    public CommandLine Command { get; }
}

public sealed class EntrypointInstruction : Instruction
{
    public EntrypointInstruction(InstructionParts parts, CommandLine command)
        : base(parts) => Command = command;

    /// <summary>A parsed ENTRYPOINT: the command makes its words and text on first read.</summary>
    internal EntrypointInstruction(InstructionParts parts, bool isExec)
        : base(parts) => Command = new CommandLine(isExec, this);

    public override InstructionKind Kind => InstructionKind.Entrypoint;

    public CommandLine Command { get; }
}

public sealed class ShellInstruction(InstructionParts parts, IReadOnlyList<Word> arguments) : Instruction(parts)
{
    public override InstructionKind Kind => InstructionKind.Shell;

    /// <summary>The decoded JSON array (empty when the instruction was not valid JSON form).</summary>
    public ReadOnlyArray<Word> ShellArguments { get; } = ReadOnlyArray.Of(arguments);
}

/// <summary>COPY and ADD: sources and a destination, from JSON form or plain whitespace split.</summary>
public abstract class FileTransferInstruction(InstructionParts parts, bool isJson, IReadOnlyList<Word> sources, Word? destination)
    : Instruction(parts)
{
    public bool IsJson { get; } = isJson;

    /// <summary>Source words (heredoc markers appear here as words too; see <see cref="Instruction.Heredocs"/>).</summary>
    public ReadOnlyArray<Word> Sources { get; } = ReadOnlyArray.Of(sources);

    public Word? Destination { get; } = destination;

    /// <summary>True when a source word is one of the instruction's heredoc markers (<c>COPY &lt;&lt;EOF /app/</c>), not a file.</summary>
    public bool IsHeredocSource(Word word)
    {
        var heredocs = Heredocs;
        for (var i = 0; i < heredocs.Count; i++)
        {
            var heredoc = heredocs[i];
            if (heredoc.Span.Start == word.Span.Start || heredoc.Marker.Span.Start == word.Span.Start || heredoc.Marker.Text == word.Text)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when a source is fetched, not taken from the build context: an http(s) URL or a git address.</summary>
    public static bool IsRemoteSource(string source)
        => source.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || source.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || source.StartsWith("git@", StringComparison.Ordinal)
        || source.StartsWith("git://", StringComparison.Ordinal)
        || source.StartsWith("ssh://", StringComparison.Ordinal);
}

public sealed class CopyInstruction(InstructionParts parts, bool isJson, IReadOnlyList<Word> sources, Word? destination)
    : FileTransferInstruction(parts, isJson, sources, destination)
{
    public override InstructionKind Kind => InstructionKind.Copy;

    public Flag? From => GetFlag("from");
}

public sealed class AddInstruction(InstructionParts parts, bool isJson, IReadOnlyList<Word> sources, Word? destination)
    : FileTransferInstruction(parts, isJson, sources, destination)
{
    public override InstructionKind Kind => InstructionKind.Add;
}

/// <summary>A <c>key=value</c> pair of ENV or LABEL (or the single pair of the legacy <c>KEY value</c> form).</summary>
public sealed class KeyValuePair(Word key, Word? value, SourceSpan span)
{
    /// <summary>The key; <see cref="Word.Value"/> has quotes removed.</summary>
    public Word Key { get; } = key;

    /// <summary>The value (null when the pair had no value at all); <see cref="Word.Value"/> has quotes removed.</summary>
    public Word? Value { get; } = value;

    public SourceSpan Span { get; } = span;

    public string Name => Key.Value;

    public string ValueText => Value?.Value ?? "";
}

public abstract class KeyValueInstruction(InstructionParts parts, IReadOnlyList<KeyValuePair> pairs, bool isLegacyForm)
    : Instruction(parts)
{
    public ReadOnlyArray<KeyValuePair> Pairs { get; } = ReadOnlyArray.Of(pairs);

    /// <summary>True for the legacy whitespace form <c>ENV KEY value</c>.</summary>
    public bool IsLegacyForm { get; } = isLegacyForm;
}

public sealed class EnvInstruction(InstructionParts parts, IReadOnlyList<KeyValuePair> pairs, bool isLegacyForm)
    : KeyValueInstruction(parts, pairs, isLegacyForm)
{
    public override InstructionKind Kind => InstructionKind.Env;
}

public sealed class LabelInstruction(InstructionParts parts, IReadOnlyList<KeyValuePair> pairs, bool isLegacyForm)
    : KeyValueInstruction(parts, pairs, isLegacyForm)
{
    public override InstructionKind Kind => InstructionKind.Label;
}

/// <summary>One name of an ARG, with its default when written <c>name=value</c>.</summary>
public sealed class ArgDeclaration(Word name, Word? defaultValue, SourceSpan span)
{
    public Word Name { get; } = name;

    /// <summary>The default (null for <c>ARG name</c>; an empty word for <c>ARG name=</c>).</summary>
    public Word? DefaultValue { get; } = defaultValue;

    public SourceSpan Span { get; } = span;
}

public sealed class ArgInstruction(InstructionParts parts, IReadOnlyList<ArgDeclaration> declarations) : Instruction(parts)
{
    public override InstructionKind Kind => InstructionKind.Arg;

    public ReadOnlyArray<ArgDeclaration> Declarations { get; } = ReadOnlyArray.Of(declarations);
}

public sealed class ExposeInstruction(InstructionParts parts, IReadOnlyList<Word> ports) : Instruction(parts)
{
    public override InstructionKind Kind => InstructionKind.Expose;

    public ReadOnlyArray<Word> Ports { get; } = ReadOnlyArray.Of(ports);
}

public sealed class HealthcheckInstruction(InstructionParts parts, Word? type, CommandLine? command) : Instruction(parts)
{
    public override InstructionKind Kind => InstructionKind.Healthcheck;

    /// <summary>The type word (<c>CMD</c> or <c>NONE</c>, as written).</summary>
    public Word? Type { get; } = type;

    public bool IsNone => string.Equals(Type?.Text, "NONE", StringComparison.OrdinalIgnoreCase);

    /// <summary>The command after <c>CMD</c>, or null for NONE.</summary>
    public CommandLine? Command { get; } = command;
}

public sealed class OnbuildInstruction(InstructionParts parts, Instruction? trigger) : Instruction(parts)
{
    public override InstructionKind Kind => InstructionKind.Onbuild;

    /// <summary>The wrapped instruction, or null when nothing follows ONBUILD.</summary>
    public Instruction? Trigger { get; } = trigger;
}

/// <summary>USER, WORKDIR, STOPSIGNAL and MAINTAINER take the rest of the line as one argument.</summary>
public abstract class SingleArgumentInstruction(InstructionParts parts, Word? argument) : Instruction(parts)
{
    /// <summary>The whole argument text as one word (null when empty).</summary>
    public Word? Argument { get; } = argument;
}

public sealed class UserInstruction(InstructionParts parts, Word? argument) : SingleArgumentInstruction(parts, argument)
{
    public override InstructionKind Kind => InstructionKind.User;
}

public sealed class WorkdirInstruction(InstructionParts parts, Word? argument) : SingleArgumentInstruction(parts, argument)
{
    public override InstructionKind Kind => InstructionKind.Workdir;
}

public sealed class StopsignalInstruction(InstructionParts parts, Word? argument) : SingleArgumentInstruction(parts, argument)
{
    public override InstructionKind Kind => InstructionKind.Stopsignal;
}

public sealed class MaintainerInstruction(InstructionParts parts, Word? argument) : SingleArgumentInstruction(parts, argument)
{
    public override InstructionKind Kind => InstructionKind.Maintainer;
}

public sealed class VolumeInstruction(InstructionParts parts, bool isJson, IReadOnlyList<Word> paths) : Instruction(parts)
{
    public override InstructionKind Kind => InstructionKind.Volume;

    public bool IsJson { get; } = isJson;

    public ReadOnlyArray<Word> Paths { get; } = ReadOnlyArray.Of(paths);
}

/// <summary>A line whose keyword is not a Dockerfile instruction (also reported as a parse error).</summary>
public sealed class UnknownInstruction(InstructionParts parts) : Instruction(parts)
{
    public override InstructionKind Kind => InstructionKind.Unknown;
}
