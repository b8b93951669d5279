namespace CoursePlatform.Linting.Shell;

/// <summary>
/// A command of a script read in place: the same answers as its <see cref="ShellCommand"/> (see
/// <see cref="Command"/>), without making the command object, its words or their strings. Rules that only ask
/// names, flags and arguments walk <see cref="ShellScript.CommandViews"/> instead of <see cref="ShellScript.Commands"/>.
/// </summary>
public readonly struct ShellCommandView
{
    private readonly ShellScript _script;
    private readonly int _index;

    internal ShellCommandView(ShellScript script, int index)
    {
        _script = script;
        _index = index;
    }

    /// <summary>The position of the command in <see cref="ShellScript.Commands"/>.</summary>
    public int Index => _index;

    /// <summary>
    /// The command object itself (the same instance <see cref="ShellScript.Commands"/> holds); asking for it makes
    /// this one command only.
    /// </summary>
    public ShellCommand Command => _script.HasRecords ? _script.CommandAt(_index) : _script.Commands[_index];

    /// <inheritdoc cref="ShellCommand.Name"/>
    public string Name => _script.HasRecords ? _script.RecordOf(_index).Name ?? "" : Command.Name;

    /// <inheritdoc cref="ShellCommand.NameWord"/>
    public ShellWord? NameWord => _script.HasRecords ? _script.NameWordOf(_index) : Command.NameWord;

    /// <summary>The name word as written (quotes and expansions included), or empty for a bare assignment.</summary>
    public ReadOnlySpan<char> NameRaw
    {
        get
        {
            if (!_script.HasRecords)
            {
                return Command.NameWord is { } word ? word.Raw : default;
            }
            ref readonly var record = ref _script.RecordOf(_index);
            return record.Name is null ? default : _script.RawOf(record.NameSlot);
        }
    }

    /// <inheritdoc cref="ShellCommand.Start"/>
    public int Start => _script.HasRecords ? _script.StartOf(_index) : Command.Start;

    public int End => _script.HasRecords ? _script.RecordOf(_index).End : Command.End;

    /// <summary>The number of words after the command name.</summary>
    public int ArgumentCount => _script.HasRecords ? _script.RecordOf(_index).ArgumentCount : Command.Arguments.Count;

    /// <summary>The value of argument <paramref name="index"/>, without making it a string.</summary>
    public ReadOnlySpan<char> ArgumentValue(int index) => ArgumentValues[index];

    /// <summary>Argument <paramref name="index"/> as a word (its value made a string when it is not a shared one).</summary>
    public ShellWord Argument(int index)
    {
        if (!_script.HasRecords)
        {
            return Command.Arguments[index];
        }
        ref readonly var record = ref _script.RecordOf(_index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)record.ArgumentCount, nameof(index));
        return _script.WordOf(record.FirstArgument + index);
    }

    /// <inheritdoc cref="ShellCommand.Is"/>
    public bool Is(string name, params ReadOnlySpan<string> anyArgument) =>
        Name == name && (anyArgument.Length == 0 || HasArgument(anyArgument));

    /// <inheritdoc cref="ShellCommand.HasFlag"/>
    public bool HasFlag(params ReadOnlySpan<string> names) => ArgumentValues.HasFlag(names);

    /// <summary>How many of the command's flags (as <see cref="ShellCommand.Flags"/> lists them) equal one of the names.</summary>
    public int CountFlags(params ReadOnlySpan<string> names) => ArgumentValues.CountFlags(names);

    /// <inheritdoc cref="ShellCommand.HasArgument"/>
    public bool HasArgument(params ReadOnlySpan<string> anyOf) => ArgumentValues.HasArgument(anyOf);

    public override string ToString() => Command.ToString();

    private ShellArgumentValues ArgumentValues
    {
        get
        {
            if (!_script.HasRecords)
            {
                return Command.ArgumentValues;
            }
            ref readonly var record = ref _script.RecordOf(_index);
            return new ShellArgumentValues(_script, null, record.FirstArgument, record.ArgumentCount);
        }
    }
}

/// <summary>The commands of a script as <see cref="ShellCommandView"/>s: a struct list, walked without allocation.</summary>
public readonly struct ShellCommandViews
{
    private readonly ShellScript _script;

    internal ShellCommandViews(ShellScript script) => _script = script;

    public int Count => _script.CommandCount;

    public ShellCommandView this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            return new ShellCommandView(_script, index);
        }
    }

    public Enumerator GetEnumerator() => new(_script);

    public struct Enumerator
    {
        private readonly ShellScript _script;
        private readonly int _count;
        private int _index;

        internal Enumerator(ShellScript script)
        {
            _script = script;
            _count = script.CommandCount;
            _index = -1;
        }

        public readonly ShellCommandView Current => new(_script, _index);

        public bool MoveNext() => ++_index < _count;
    }
}
