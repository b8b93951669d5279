using CoursePlatform.Linting.Configuration;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules;

/// <summary>What a rule sees while checking one file, and where it reports.</summary>
public sealed class RuleContext : Semantics.IGlobalArgSource
{
    // The rule being run is an index into the linter's rules: moving from rule to rule then stores a number, not a
    // reference (no write barrier for each of the hundred-odd rules of every file).
    private Rule[] _rules;
    private int _current;
    private List<RawFinding> _sink;

    internal RuleContext(Rule rule, DockerfileDocument document, ReadOnlyArray<Instruction> instructions, bool isOnbuildPass, LintOptions options, List<RawFinding> sink)
        => Reset([rule], document, instructions, isOnbuildPass, options, sink);

    /// <summary>
    /// Points a context the linter keeps on its thread at the next file, so a lint call does not make new ones.
    /// The command-name buffer is kept for the next file; what it held was dropped by <see cref="Release"/>.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(_rules), nameof(_sink), nameof(Document), nameof(Options))]
    internal void Reset(Rule[] rules, DockerfileDocument document, ReadOnlyArray<Instruction> instructions, bool isOnbuildPass, LintOptions options, List<RawFinding> sink)
    {
        _rules = rules;
        _current = 0;
        Document = document;
        Instructions = instructions;
        IsOnbuildPass = isOnbuildPass;
        Options = options;
        _sink = sink;
        _gathered = false;
        _indexed = false;
        _globalArgs = null;
        _globalArgsKnown = false;
    }

    /// <summary>Lets go of everything the last file put in the context, so a kept context holds no document alive.</summary>
    internal void Release()
    {
        if (_gathered && _commandNames is { } names)
        {
            Array.Clear(names, 0, _commandNameCount);
        }
        if (_callRun is { Length: > 4096 })
        {
            // Nor a huge script its call chains (they are rebuilt at their first size by the next gathering).
            _callRun = _callCommand = _nextCall = null;
        }
        if (_indexed)
        {
            Array.Clear(_byKind!, 0, Instructions.Count);
            if (_byKind!.Length > 1024)
            {
                // One huge file must not pin a big buffer for the thread's life.
                _byKind = null;
            }
        }
        _indexed = false;
        _gathered = false;
        _commandNameCount = 0;
        _commandFilter = 0;
        _globalArgs = null;
        _globalArgsKnown = false;
        Document = null!;
        Instructions = default;
        Options = null!;
        _sink = null!;
    }

    /// <summary>Points the context at rule <paramref name="index"/> of its rules, so one context serves a whole pass.</summary>
    internal RuleContext For(int index)
    {
        _current = index;
        return this;
    }

    public DockerfileDocument Document { get; private set; }

    /// <summary>
    /// The instructions to fold over: the document's top-level instructions, or, in the ONBUILD pass,
    /// only the unwrapped ONBUILD triggers (hadolint's separate rule instance: no FROM, ARG, ENV or SHELL context).
    /// </summary>
    public ReadOnlyArray<Instruction> Instructions { get; private set; }

    public bool IsOnbuildPass { get; private set; }

    public LintOptions Options { get; private set; }

    // The instructions grouped by kind (source order within a kind), built on first use into buffers a kept context
    // reuses from file to file: a rule about RUN or FROM walks those alone instead of testing every instruction.
    private Instruction[]? _byKind;
    private readonly int[] _kindStarts = new int[KindCount + 1];
    private bool _indexed;

    private const int KindCount = (int)InstructionKind.Workdir + 1;

    /// <summary>The instructions among <see cref="Instructions"/> of one kind, in source order.</summary>
    public ReadOnlySpan<Instruction> InstructionsOf(InstructionKind kind)
    {
        if (!_indexed)
        {
            IndexKinds();
        }
        var start = _kindStarts[(int)kind];
        return new ReadOnlySpan<Instruction>(_byKind, start, _kindStarts[(int)kind + 1] - start);
    }

    private void IndexKinds()
    {
        var instructions = Instructions.AsSpan();
        if (_byKind is null || _byKind.Length < instructions.Length)
        {
            _byKind = new Instruction[Math.Max(instructions.Length, 32)];
        }
        // A counting sort: how many of each kind, where each kind starts, then every instruction into its place.
        Span<int> next = stackalloc int[KindCount];
        next.Clear();
        foreach (var instruction in instructions)
        {
            next[(int)instruction.Kind]++;
        }
        var starts = _kindStarts;
        var at = 0;
        for (var kind = 0; kind < KindCount; kind++)
        {
            starts[kind] = at;
            at += next[kind];
            next[kind] = starts[kind];
        }
        starts[KindCount] = at;
        foreach (var instruction in instructions)
        {
            _byKind[next[(int)instruction.Kind]++] = instruction;
        }
        _indexed = true;
    }

    // The distinct command names of the pass, hashed on length and first character into 64 buckets, with a 64-bit
    // filter of the buckets in use in front: most questions are about tools the file never calls and are answered
    // by one bit test, the others compare the few names of one bucket. Built on first use, into buffers that a
    // context kept by the linter reuses from file to file.
    private string[]? _commandNames;
    private int[]? _nextInBucket;
    private int[]? _bucketHeads;
    private int _commandNameCount;
    private ulong _commandFilter;
    private bool _gathered;

    // Every call of each name, in source order: for each distinct name its first and last call, and for each call
    // its RUN (an index into InstructionsOf(Run)), its command index in that script and the next call of the same
    // name (-1 ends a chain). A rule about one tool then visits that tool's calls instead of every command.
    private int[]? _firstCall;
    private int[]? _lastCall;
    private int[]? _callRun;
    private int[]? _callCommand;
    private int[]? _nextCall;

    /// <summary>
    /// True when some RUN among <see cref="Instructions"/> calls a command with this literal name (anywhere in its
    /// script). The names are gathered once per pass and shared by every rule, so a rule about a tool the file
    /// never calls returns before walking the scripts.
    /// </summary>
    public bool UsesCommand(string name)
    {
        EnsureCommandNames();
        return Contains(name, Bucket(name));
    }

    /// <summary>True when some RUN calls one of the names.</summary>
    public bool UsesAnyCommand(params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (UsesCommand(name))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when some RUN calls a command whose name starts with <paramref name="prefix"/>.</summary>
    public bool UsesCommandStartingWith(string prefix)
    {
        EnsureCommandNames();
        var names = _commandNames!;
        for (var i = 0; i < _commandNameCount; i++)
        {
            if (names[i].StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private void EnsureCommandNames()
    {
        if (!_gathered)
        {
            GatherCommandNames();
            _gathered = true;
        }
    }

    private void GatherCommandNames()
    {
        var names = _commandNames ??= new string[16];
        var next = _nextInBucket ??= new int[names.Length];
        var firstCall = _firstCall ??= new int[names.Length];
        var lastCall = _lastCall ??= new int[names.Length];
        var callRun = _callRun ??= new int[32];
        var callCommand = _callCommand ??= new int[callRun.Length];
        var nextCall = _nextCall ??= new int[callRun.Length];
        var heads = _bucketHeads ??= new int[64];
        Array.Clear(heads);
        _commandFilter = 0;
        _commandNameCount = 0;
        var calls = 0;
        var runs = InstructionsOf(InstructionKind.Run);
        for (var r = 0; r < runs.Length; r++)
        {
            var commands = ((RunInstruction)runs[r]).Script.CommandViews;
            for (var c = 0; c < commands.Count; c++)
            {
                var call = calls++;
                if (call == callRun.Length)
                {
                    Array.Resize(ref callRun, callRun.Length * 2);
                    Array.Resize(ref callCommand, callRun.Length);
                    Array.Resize(ref nextCall, callRun.Length);
                    _callRun = callRun;
                    _callCommand = callCommand;
                    _nextCall = nextCall;
                }
                callRun[call] = r;
                callCommand[call] = c;
                nextCall[call] = -1;
                // Scripts repeat a handful of names (apt-get, rm, echo ...): each is kept once.
                var name = commands[c].Name;
                var bucket = Bucket(name);
                var known = IndexOf(name, bucket);
                if (known >= 0)
                {
                    nextCall[lastCall[known]] = call;
                    lastCall[known] = call;
                    continue;
                }
                var index = _commandNameCount++;
                if (index == names.Length)
                {
                    Array.Resize(ref names, names.Length * 2);
                    Array.Resize(ref next, names.Length);
                    Array.Resize(ref firstCall, names.Length);
                    Array.Resize(ref lastCall, names.Length);
                    _commandNames = names;
                    _nextInBucket = next;
                    _firstCall = firstCall;
                    _lastCall = lastCall;
                }
                names[index] = name;
                next[index] = heads[bucket];
                firstCall[index] = call;
                lastCall[index] = call;
                heads[bucket] = index + 1;
                _commandFilter |= 1UL << bucket;
            }
        }
    }

    /// <summary>Every call of a command named <paramref name="name"/> among the RUNs of the pass, in source order.</summary>
    internal CommandCalls CallsOf(string name)
    {
        EnsureCommandNames();
        var index = IndexOf(name, Bucket(name));
        return new CommandCalls(this, index < 0 ? -1 : _firstCall![index]);
    }

    /// <summary>One call of a command: its RUN, that RUN's index among <c>InstructionsOf(Run)</c>, and the command.</summary>
    internal readonly record struct CommandCall(int RunIndex, RunInstruction Run, Shell.ShellCommandView Command);

    /// <summary>Walks the chain of one name's calls (see <see cref="CallsOf"/>) without allocating.</summary>
    internal ref struct CommandCalls(RuleContext context, int first)
    {
        private int _next = first;

        public CommandCall Current { get; private set; }

        public readonly CommandCalls GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_next < 0)
            {
                return false;
            }
            var call = _next;
            var runIndex = context._callRun![call];
            var run = (RunInstruction)context.InstructionsOf(InstructionKind.Run)[runIndex];
            Current = new CommandCall(runIndex, run, run.Script.CommandViews[context._callCommand![call]]);
            _next = context._nextCall![call];
            return true;
        }
    }

    private bool Contains(string name, int bucket) => IndexOf(name, bucket) >= 0;

    // Walks the bucket's chain (indexes plus one, 0 ends it); string == inlines. The name's index, or -1.
    private int IndexOf(string name, int bucket)
    {
        if ((_commandFilter & (1UL << bucket)) == 0)
        {
            return -1;
        }
        var names = _commandNames!;
        var next = _nextInBucket!;
        for (var i = _bucketHeads![bucket]; i != 0; i = next[i - 1])
        {
            if (names[i - 1] == name)
            {
                return i - 1;
            }
        }
        return -1;
    }

    private static int Bucket(string name) => name.Length == 0 ? 0 : (name.Length * 7 + name[0]) & 63;

    // The global ARG defaults, worked out for the first check that needs them and shared by the others.
    private Semantics.StageScope? _globalArgs;
    private bool _globalArgsKnown;

    /// <summary>
    /// <see cref="Semantics.BuildEnvironment.GlobalArgScope"/> of <see cref="Document"/>, worked out once per file (null
    /// when a default cannot be expanded).
    /// </summary>
    internal Semantics.StageScope? GlobalArgScope
    {
        get
        {
            if (!_globalArgsKnown)
            {
                _globalArgs = Semantics.BuildEnvironment.GlobalArgScope(Document);
                _globalArgsKnown = true;
            }
            return _globalArgs;
        }
    }

    Semantics.StageScope? Semantics.IGlobalArgSource.GlobalArgScope => GlobalArgScope;

    /// <summary>Reports a finding at <paramref name="span"/>, with the rule's message unless one is given.</summary>
    public void Report(SourceSpan span, string? message = null, Instruction? instruction = null)
    {
        var rule = _rules[_current];
        _sink.Add(new RawFinding(rule, span, message ?? rule.Message, instruction));
    }

    /// <summary>Reports a finding on a whole instruction's first line (from its keyword to the end of that line).</summary>
    public void Report(Instruction instruction, string? message = null)
        => Report(FirstLine(instruction), message, instruction);

    /// <summary>Reports a finding on a token of <paramref name="instruction"/>.</summary>
    public void Report(Instruction instruction, Token token, string? message = null)
        => Report(token.Span, message, instruction);

    /// <summary>The span from an instruction's keyword to the end of its first physical line.</summary>
    public SourceSpan FirstLine(Instruction instruction)
    {
        var keyword = instruction.KeywordSpan;
        var start = keyword.Start;
        var line = keyword.StartLine;
        var end = line < Document.Lines.LineCount ? Document.Lines.LineStart(line + 1) - 1 : Document.Source.Length;
        while (end > start && (Document.Source[end - 1] == '\r' || Document.Source[end - 1] == '\n'))
        {
            end--;
        }
        end = Math.Min(Math.Max(end, keyword.End), instruction.Span.End);
        return Document.Lines.Span(start, end);
    }
}

/// <summary>A finding before severity overrides and suppressions are applied.</summary>
internal readonly record struct RawFinding(Rule Rule, SourceSpan Span, string Message, Instruction? Instruction);
