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
    public bool IsFlag => Value.Length > 1 && Value[0] == '-' && Value != "--";
}

/// <summary>A <c>NAME=value</c> assignment written before a command or on its own.</summary>
public readonly record struct ShellAssignment(string Name, string Value, int Start, int End);

/// <summary>One simple command found anywhere in a script (chains, pipelines, subshells, substitutions, loops).</summary>
public sealed class ShellCommand
{
    /// <summary>A one-character string for each ASCII character, so short flags cost no allocation.</summary>
    private static readonly string[] AsciiStrings = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    // Kept small (there is one per command of every RUN): the name word as its value and offsets (the start
    // complemented when the value is not the raw text), the arguments either given whole or read from the
    // script's word store on first use (see ShellWordStore).
    private readonly ShellWordStore _store;
    private readonly string? _name;
    private readonly int _nameStart;
    private readonly int _nameEnd;
    private readonly int _first;
    private readonly int _count;
    private ShellWord[]? _arguments;

    public ShellCommand(ShellWord? nameWord, ReadOnlyArray<ShellWord> arguments, IReadOnlyList<ShellAssignment> assignments, int start, int end)
    {
        _store = new GivenWordStore(nameWord);
        _name = nameWord?.Value;
        _arguments = arguments.AsSpan().ToArray();
        _count = _arguments.Length;
        Assignments = assignments;
        Start = start;
        End = end;
    }

    internal ShellCommand(
        ShellWordStore store, string? name, int nameStart, int nameEnd, int first, int count, IReadOnlyList<ShellAssignment> assignments, int start, int end)
    {
        _store = store;
        _name = name;
        _nameStart = nameStart;
        _nameEnd = nameEnd;
        _first = first;
        _count = count;
        _arguments = count == 0 ? [] : null;
        Assignments = assignments;
        Start = start;
        End = end;
    }

    /// <summary>The literal command name (first word, no basename applied), or "" for a bare assignment.</summary>
    public string Name => _name ?? "";

    public ShellWord? NameWord
    {
        get
        {
            if (_store is GivenWordStore given)
            {
                return given.Name;
            }
            if (_name is null)
            {
                return null;
            }
            return _nameStart >= 0
                ? new ShellWord(_name, _name, _nameStart, _nameEnd)
                : ShellWord.FromScript(_name, _store.Text, ~_nameStart, _nameEnd);
        }
    }

    /// <summary>The words after the command name.</summary>
    public ReadOnlyArray<ShellWord> Arguments => ReadOnlyArray.Wrap(_arguments ?? BuildArguments());

    public IReadOnlyList<ShellAssignment> Assignments { get; }

    /// <summary>Offsets of the whole command in <see cref="ShellScript.Text"/>.</summary>
    public int Start { get; }

    public int End { get; }

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
    public bool HasFlag(params ReadOnlySpan<string> names)
    {
        // The same flags as Flags yields, compared in place instead of cut into strings.
        for (var w = 0; w < _count; w++)
        {
            var value = ArgumentValue(w);
            if (!IsFlag(value))
            {
                continue;
            }
            if (value[1] == '-')
            {
                var eq = value.IndexOf('=');
                var flag = eq < 0 ? value[2..] : value[2..eq];
                foreach (var name in names)
                {
                    if (name is not null && flag.SequenceEqual(name))
                    {
                        return true;
                    }
                }
                continue;
            }
            foreach (var letter in value[1..])
            {
                foreach (var name in names)
                {
                    if (name is { Length: 1 } && name[0] == letter)
                    {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /// <summary>Argument words that are not flags (values of space-separated options stay).</summary>
    public IEnumerable<ShellWord> NonFlagArguments => Arguments.Where(a => !a.IsFlag);

    /// <summary>hadolint's <c>cmdHasArgs</c>: the name matches and ANY of the words occurs as an argument.</summary>
    public bool Is(string name, params ReadOnlySpan<string> anyArgument)
    {
        if (Name != name)
        {
            return false;
        }
        if (anyArgument.Length == 0)
        {
            return true;
        }
        return HasArgument(anyArgument);
    }

    /// <summary>True when any argument value equals one of the words.</summary>
    public bool HasArgument(params ReadOnlySpan<string> anyOf)
    {
        for (var w = 0; w < _count; w++)
        {
            var value = ArgumentValue(w);
            foreach (var candidate in anyOf)
            {
                if (candidate is not null && value.SequenceEqual(candidate))
                {
                    return true;
                }
            }
        }
        return false;
    }

    public override string ToString() => NameWord is null ? "" : string.Join(' ', [Name, .. Arguments.Select(a => a.Value)]);

    /// <summary>The same test as <see cref="ShellWord.IsFlag"/>, on a value in place.</summary>
    private static bool IsFlag(ReadOnlySpan<char> value) => value.Length > 1 && value[0] == '-' && !value.SequenceEqual("--");

    /// <summary>The value of argument <paramref name="index"/>, without making it a string when it is not one yet.</summary>
    private ReadOnlySpan<char> ArgumentValue(int index) =>
        _arguments is { } arguments ? arguments[index].Value : _store.ValueOf(in _store.Slots[_first + index]);

    private ShellWord[] BuildArguments()
    {
        var store = _store;
        var words = new ShellWord[_count];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = store.WordOf(in store.Slots[_first + i]);
        }
        // Two threads may both build the list; they build equal ones, and every caller then sees the first kept.
        return Interlocked.CompareExchange(ref _arguments, words, null) ?? words;
    }
}

/// <summary>
/// The shell model of a RUN script: every simple command plus the structure hadolint's rules need.
/// Built by <see cref="ShellParser"/>; never throws on malformed input.
/// </summary>
public sealed class ShellScript
{
    // A delegate or a ShellSpanMap: a caller that already has an object per script can be its map, and save the
    // delegate and closure a lambda would cost.
    private readonly object _map;

    public ShellScript(string text, ReadOnlyArray<ShellCommand> commands, bool hasPipe, bool isSingleCommand, Func<int, int, SourceSpan> map)
        : this(text, commands, hasPipe, isSingleCommand, (object)map)
    {
    }

    internal ShellScript(string text, ReadOnlyArray<ShellCommand> commands, bool hasPipe, bool isSingleCommand, ShellSpanMap map)
        : this(text, commands, hasPipe, isSingleCommand, (object)map)
    {
    }

    private ShellScript(string text, ReadOnlyArray<ShellCommand> commands, bool hasPipe, bool isSingleCommand, object map)
    {
        Text = text;
        Commands = commands;
        HasPipe = hasPipe;
        IsSingleCommand = isSingleCommand;
        _map = map;
    }

    public static ShellScript Empty { get; } = new("", [], false, false, (_, _) => SourceSpan.Empty);

    /// <summary>The script text the commands' offsets refer to.</summary>
    public string Text { get; }

    /// <summary>Every simple command in source order, including nested ones (each listed once).</summary>
    public ReadOnlyArray<ShellCommand> Commands { get; }

    /// <summary>True when the script contains a pipe operator <c>|</c> (not <c>||</c>, not quoted).</summary>
    public bool HasPipe { get; }

    /// <summary>True when the whole script is exactly one simple command (no chain, list, pipe or compound).</summary>
    public bool IsSingleCommand { get; }

    /// <summary>Maps offsets in <see cref="Text"/> to a span in the Dockerfile source.</summary>
    public SourceSpan Map(int start, int end) =>
        _map is ShellSpanMap map ? map.Map(start, end) : ((Func<int, int, SourceSpan>)_map)(start, end);

    /// <summary>Commands with this literal name.</summary>
    public IEnumerable<ShellCommand> CommandsNamed(string name) => Commands.Where(c => c.Name == name);

    /// <summary>Source span of a word.</summary>
    public SourceSpan SpanOf(ShellWord word) => Map(word.Start, word.End);

    /// <summary>Source span of a command.</summary>
    public SourceSpan SpanOf(ShellCommand command) => Map(command.Start, command.End);
}

/// <summary>
/// Maps offsets in a script's text to Dockerfile source spans, for callers that keep one object per script anyway
/// (it can make the script and map it, instead of a delegate and a closure for each).
/// </summary>
internal abstract class ShellSpanMap
{
    public abstract SourceSpan Map(int start, int end);
}
