using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Shell;

/// <summary>
/// A word of a shell command. <see cref="Value"/> is de-quoted and normalised the way hadolint reads words:
/// parameter expansions become <c>${name}</c>, command substitutions and arithmetic become <c>${...}</c>-style text.
/// <see cref="Start"/>/<see cref="End"/> are offsets in <see cref="ShellScript.Text"/>.
/// </summary>
public readonly record struct ShellWord(string Value, string Raw, int Start, int End)
{
    // Raw is either the raw text itself or, for words the parser had to rewrite, the script it is cut from on
    // demand (most words are never asked for their raw text, so the copy is not made up front).
    // The cut is kept apart from Start/End so that `with { Start = ... }` leaves Raw as it was. _rawStartPlusOne is
    // 0 when _rawSource is Raw itself (also for default(ShellWord), whose Raw stays null).
    private readonly string _rawSource = Raw;
    private readonly int _rawStartPlusOne;
    private readonly int _rawLength;

    /// <summary>The word as written, quotes and escapes included.</summary>
    public string Raw
    {
        get => _rawStartPlusOne == 0 ? _rawSource : _rawSource.Substring(_rawStartPlusOne - 1, _rawLength);
        init
        {
            _rawSource = value;
            _rawStartPlusOne = 0;
            _rawLength = 0;
        }
    }

    /// <summary>A word whose raw text is <paramref name="script"/> from <paramref name="start"/> to <paramref name="end"/>.</summary>
    internal static ShellWord FromScript(string value, string script, int start, int end) =>
        new(value, script, start, end, start, end - start);

    private ShellWord(string value, string script, int start, int end, int rawStart, int rawLength)
        : this(value, script, start, end)
    {
        _rawStartPlusOne = rawStart + 1;
        _rawLength = rawLength;
    }

    public bool Equals(ShellWord other) =>
        Value == other.Value && Start == other.Start && End == other.End && Raw == other.Raw;

    public override int GetHashCode() => HashCode.Combine(Value, Raw, Start, End);

    // Same text as the positional record printed before Raw became a property of its own.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Value = ").Append(Value).Append(", Raw = ").Append(Raw)
            .Append(", Start = ").Append(Start).Append(", End = ").Append(End)
            .Append(", IsFlag = ").Append(IsFlag);
        return true;
    }

    /// <summary>True when the word is an option (<c>-x</c>, <c>--name</c>), not a lone <c>-</c> or <c>--</c>.</summary>
    public bool IsFlag => IsFlagValue(Value);

    /// <summary><see cref="IsFlag"/> for a value read in place.</summary>
    internal static bool IsFlagValue(ReadOnlySpan<char> value) => value.Length > 1 && value[0] == '-' && !value.SequenceEqual("--");
}

/// <summary>A <c>NAME=value</c> assignment written before a command or on its own.</summary>
public readonly record struct ShellAssignment(string Name, string Value, int Start, int End);

/// <summary>One simple command found anywhere in a script (chains, pipelines, subshells, substitutions, loops).</summary>
public sealed class ShellCommand
{
    /// <summary>A one-character string for each ASCII character, so short flags cost no allocation.</summary>
    private static readonly string[] AsciiStrings = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    // Kept small (there is one per command of every RUN whose commands are asked for): a parsed command is record
    // _index of its script (the owner) and reads its words from there, its argument words made on first use; a
    // command built from whole words owns its Given parts.
    private readonly object _owner;
    private readonly int _index;
    private ShellWord[]? _arguments;

    public ShellCommand(ShellWord? nameWord, ReadOnlyArray<ShellWord> arguments, IReadOnlyList<ShellAssignment> assignments, int start, int end)
    {
        _owner = new Given(nameWord, assignments, start, end);
        _arguments = arguments.AsSpan().ToArray();
    }

    internal ShellCommand(ShellScript script, int index)
    {
        _owner = script;
        _index = index;
    }

    /// <summary>The literal command name (first word, no basename applied), or "" for a bare assignment.</summary>
    public string Name => (_owner is ShellScript script ? script.RecordOf(_index).Name : ((Given)_owner).NameWord?.Value) ?? "";

    public ShellWord? NameWord => _owner is ShellScript script ? script.NameWordOf(_index) : ((Given)_owner).NameWord;

    /// <summary>The words after the command name.</summary>
    public ReadOnlyArray<ShellWord> Arguments => ReadOnlyArray.Wrap(_arguments ?? MakeArguments());

    public IReadOnlyList<ShellAssignment> Assignments =>
        _owner is ShellScript script ? script.AssignmentsOf(_index) : ((Given)_owner).Assignments;

    /// <summary>Offsets of the whole command in <see cref="ShellScript.Text"/>.</summary>
    public int Start => _owner is ShellScript script ? script.StartOf(_index) : ((Given)_owner).Start;

    public int End => _owner is ShellScript script ? script.RecordOf(_index).End : ((Given)_owner).End;

    /// <summary>
    /// Flags the way hadolint extracts them from any position: <c>--name=value</c> gives <c>name</c>,
    /// <c>-abc</c> gives <c>a</c>, <c>b</c>, <c>c</c>; lone <c>-</c> and <c>--</c> are not flags.
    /// </summary>
    public IEnumerable<string> Flags
    {
        get
        {
            foreach (var word in Arguments)
            {
                var value = word.Value;
                if (!word.IsFlag)
                {
                    continue;
                }
                if (value.StartsWith("--", StringComparison.Ordinal))
                {
                    var eq = value.IndexOf('=');
                    yield return eq < 0 ? value[2..] : value[2..eq];
                }
                else
                {
                    for (var i = 1; i < value.Length; i++)
                    {
                        yield return value[i] < AsciiStrings.Length ? AsciiStrings[value[i]] : value[i].ToString();
                    }
                }
            }
        }
    }

    /// <summary>True when any flag (short letter or long name, without dashes) equals one of the names.</summary>
    public bool HasFlag(params ReadOnlySpan<string> names) => ArgumentValues.HasFlag(names);

    /// <summary>Argument words that are not flags (values of space-separated options stay).</summary>
    public IEnumerable<ShellWord> NonFlagArguments => Arguments.Where(a => !a.IsFlag);

    /// <summary>hadolint's <c>cmdHasArgs</c>: the name matches and ANY of the words occurs as an argument.</summary>
    public bool Is(string name, params ReadOnlySpan<string> anyArgument) =>
        Name == name && (anyArgument.Length == 0 || HasArgument(anyArgument));

    /// <summary>True when any argument value equals one of the words.</summary>
    public bool HasArgument(params ReadOnlySpan<string> anyOf) => ArgumentValues.HasArgument(anyOf);

    public override string ToString() => NameWord is null ? "" : string.Join(' ', [Name, .. Arguments.Select(a => a.Value)]);

    /// <summary>The argument values in place: the words when made, else the script's slots.</summary>
    internal ShellArgumentValues ArgumentValues
    {
        get
        {
            if (_arguments is { } arguments)
            {
                return new ShellArgumentValues(null, arguments, 0, arguments.Length);
            }
            var script = (ShellScript)_owner;
            ref readonly var record = ref script.RecordOf(_index);
            return new ShellArgumentValues(script, null, record.FirstArgument, record.ArgumentCount);
        }
    }

    private ShellWord[] MakeArguments()
    {
        var words = ((ShellScript)_owner).ArgumentsOf(_index);
        // Two threads may both make the list; they make equal ones, and every caller then sees the first kept.
        return Interlocked.CompareExchange(ref _arguments, words, null) ?? words;
    }

    /// <summary>What a command built from whole words keeps besides its argument words.</summary>
    private sealed class Given(ShellWord? nameWord, IReadOnlyList<ShellAssignment> assignments, int start, int end)
    {
        public ShellWord? NameWord { get; } = nameWord;

        public IReadOnlyList<ShellAssignment> Assignments { get; } = assignments;

        public int Start { get; } = start;

        public int End { get; } = end;
    }
}

/// <summary>
/// The shell model of a RUN script: every simple command plus the structure hadolint's rules need.
/// Built by <see cref="ShellParser"/>; never throws on malformed input.
/// </summary>
public sealed class ShellScript
{
    // A delegate, a ShellSpanMap or the instruction whose arguments the script is: a caller that already has an
    // object per script can be its map, and save the delegate and closure a lambda would cost.
    private readonly object _map;

    // A parsed script keeps its commands as records over one array of word slots (the values of the words that
    // had to be rewritten follow each other in _values, each after its raw and value lengths); the command objects
    // are made on first use, since many readers only need names, flags and arguments (see CommandViews). A script
    // built from whole commands has no records.
    private readonly ShellCommandRecord[]? _records;
    private readonly ShellWordSlot[] _slots = [];
    private readonly string _values = "";
    // The command objects made so far (null entries are not made yet); _allMade once every entry is.
    private ShellCommand?[]? _made;
    private volatile bool _allMade;

    // The assignments of each command, split on first use (few readers ask: kept here, not in every command).
    private ShellAssignment[]?[]? _assignments;

    public ShellScript(string text, ReadOnlyArray<ShellCommand> commands, bool hasPipe, bool isSingleCommand, Func<int, int, SourceSpan> map)
        : this(text, hasPipe, isSingleCommand, map)
    {
        _made = commands.AsSpan().ToArray();
        _allMade = true;
    }

    internal ShellScript(
        string text, ShellCommandRecord[] records, ShellWordSlot[] slots, string values, bool hasPipe, bool isSingleCommand, object map)
        : this(text, hasPipe, isSingleCommand, map)
    {
        _records = records;
        _slots = slots;
        _values = values;
    }

    private ShellScript(string text, bool hasPipe, bool isSingleCommand, object map)
    {
        Text = text;
        HasPipe = hasPipe;
        IsSingleCommand = isSingleCommand;
        _map = map;
    }

    public static ShellScript Empty { get; } = new("", [], false, false, (_, _) => SourceSpan.Empty);

    /// <summary>The script text the commands' offsets refer to.</summary>
    public string Text { get; }

    /// <summary>Every simple command in source order, including nested ones (each listed once).</summary>
    public ReadOnlyArray<ShellCommand> Commands => _allMade ? ReadOnlyArray.Wrap(_made!)! : MakeCommands();

    /// <summary>
    /// The same commands as <see cref="Commands"/>, read in place: asking their names, flags and arguments this way
    /// makes no command objects.
    /// </summary>
    public ShellCommandViews CommandViews => new(this);

    /// <summary>The number of commands (as in <see cref="Commands"/>), without making them.</summary>
    public int CommandCount => _records?.Length ?? _made!.Length;

    /// <summary>True when the script contains a pipe operator <c>|</c> (not <c>||</c>, not quoted).</summary>
    public bool HasPipe { get; }

    /// <summary>True when the whole script is exactly one simple command (no chain, list, pipe or compound).</summary>
    public bool IsSingleCommand { get; }

    /// <summary>Maps offsets in <see cref="Text"/> to a span in the Dockerfile source.</summary>
    public SourceSpan Map(int start, int end) => _map switch
    {
        Instruction instruction => instruction.MapArguments(start, end),
        ShellSpanMap map => map.Map(start, end),
        _ => ((Func<int, int, SourceSpan>)_map)(start, end),
    };

    /// <summary>Commands with this literal name.</summary>
    public IEnumerable<ShellCommand> CommandsNamed(string name) => Commands.Where(c => c.Name == name);

    /// <summary>Source span of a word.</summary>
    public SourceSpan SpanOf(ShellWord word) => Map(word.Start, word.End);

    /// <summary>Source span of a command.</summary>
    public SourceSpan SpanOf(ShellCommand command) => Map(command.Start, command.End);

    /// <summary>True when the commands are records of the parse (else they were given whole).</summary>
    internal bool HasRecords => _records is not null;

    internal ref readonly ShellCommandRecord RecordOf(int index) => ref _records![index];

    internal int StartOf(int index) => _slots[_records![index].First].Start;

    /// <summary>Where the raw text of a word slot ends.</summary>
    private int EndOf(in ShellWordSlot word) =>
        word.Start + (word.Extra >= 0 ? word.Extra & (ShellWordSlot.QuotedFlag - 1) : ReadLength(~word.Extra));

    /// <summary>A length kept in the values as two characters, low half first.</summary>
    private int ReadLength(int at) => _values[at] | _values[at + 1] << 16;

    /// <summary>The value of a word slot, without making it a string when it is not one yet.</summary>
    internal ReadOnlySpan<char> ValueOf(int slot)
    {
        ref readonly var word = ref _slots[slot];
        var extra = word.Extra;
        if (extra < 0)
        {
            var at = ~extra;
            return _values.AsSpan(at + 4, ReadLength(at + 2));
        }
        return extra < ShellWordSlot.QuotedFlag
            ? Text.AsSpan(word.Start, extra)
            : Text.AsSpan(word.Start + 1, (extra & (ShellWordSlot.QuotedFlag - 1)) - 2);
    }

    /// <summary>The raw text of a word slot.</summary>
    internal ReadOnlySpan<char> RawOf(int slot)
    {
        ref readonly var word = ref _slots[slot];
        return Text.AsSpan(word.Start, EndOf(word) - word.Start);
    }

    internal ShellWord WordOf(int slot)
    {
        ref readonly var word = ref _slots[slot];
        var end = EndOf(word);
        if (!word.IsRaw)
        {
            var value = ValueOf(slot);
            return ShellWord.FromScript(ShellWordTable.Find(value) ?? new string(value), Text, word.Start, end);
        }
        var raw = Text.AsSpan(word.Start, end - word.Start);
        var text = ShellWordTable.Find(raw) ?? new string(raw);
        return new ShellWord(text, text, word.Start, end);
    }

    internal ShellWord? NameWordOf(int index)
    {
        ref readonly var record = ref _records![index];
        if (record.Name is not { } name)
        {
            return null;
        }
        ref readonly var word = ref _slots[record.NameSlot];
        return word.IsRaw
            ? new ShellWord(name, name, word.Start, EndOf(word))
            : ShellWord.FromScript(name, Text, word.Start, EndOf(word));
    }

    internal ShellWord[] ArgumentsOf(int index)
    {
        ref readonly var record = ref _records![index];
        if (record.ArgumentCount == 0)
        {
            return [];
        }
        var words = new ShellWord[record.ArgumentCount];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = WordOf(record.FirstArgument + i);
        }
        return words;
    }

    /// <summary>The assignments of a command, split where the parser found them to be (at the first <c>=</c>).</summary>
    internal ShellAssignment[] AssignmentsOf(int index)
    {
        ref readonly var record = ref _records![index];
        if (record.AssignmentCount == 0)
        {
            return [];
        }
        var lists = _assignments;
        if (lists is null)
        {
            var fresh = new ShellAssignment[]?[_records.Length];
            lists = Interlocked.CompareExchange(ref _assignments, fresh, null) ?? fresh;
        }
        if (lists[index] is { } made)
        {
            return made;
        }
        var assignments = new ShellAssignment[record.AssignmentCount];
        for (var i = 0; i < assignments.Length; i++)
        {
            var text = ValueOf(record.First + i);
            var eq = text.IndexOf('=');
            var nameLength = eq > 0 && text[eq - 1] == '+' ? eq - 1 : Math.Max(eq, 0);
            ref readonly var word = ref _slots[record.First + i];
            assignments[i] = new ShellAssignment(Shared(text[..nameLength]), Shared(text[(eq + 1)..]), word.Start, EndOf(word));
        }
        // Two threads may both split them; every caller then sees the first kept.
        return Interlocked.CompareExchange(ref lists[index], assignments, null) ?? assignments;
    }

    /// <summary>A shared instance for a frequent word, else a new string.</summary>
    private static string Shared(ReadOnlySpan<char> text) => ShellWordTable.Find(text) ?? new string(text);

    /// <summary>Command <paramref name="index"/> alone, made if it is not yet (the others stay records).</summary>
    internal ShellCommand CommandAt(int index)
    {
        var made = _made;
        if (made is null)
        {
            var fresh = new ShellCommand?[_records!.Length];
            made = Interlocked.CompareExchange(ref _made, fresh, null) ?? fresh;
        }
        // Two threads may both make the command; every caller then sees the first kept, so it is one object.
        return made[index] ?? Interlocked.CompareExchange(ref made[index], new ShellCommand(this, index), null) ?? made[index]!;
    }

    private ReadOnlyArray<ShellCommand> MakeCommands()
    {
        var records = _records!;
        var made = _made;
        if (made is null)
        {
            // The usual case: nobody asked for a single command first, so the whole list is made and published at once.
            var commands = records.Length == 0 ? [] : new ShellCommand[records.Length];
            for (var i = 0; i < commands.Length; i++)
            {
                commands[i] = new ShellCommand(this, i);
            }
            made = Interlocked.CompareExchange(ref _made, commands, null) ?? commands;
        }
        for (var i = 0; i < made.Length; i++)
        {
            if (made[i] is null)
            {
                Interlocked.CompareExchange(ref made[i], new ShellCommand(this, i), null);
            }
        }
        _allMade = true;
        return ReadOnlyArray.Wrap(made)!;
    }
}

/// <summary>
/// Maps offsets in a script's text to Dockerfile source spans, for callers that keep one object per script anyway
/// (it can make the script and map it, instead of a delegate and a closure for each).
/// </summary>
internal abstract class ShellSpanMap
{
    public abstract SourceSpan Map(int start, int end);
}
