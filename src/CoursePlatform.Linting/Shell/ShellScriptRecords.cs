namespace CoursePlatform.Linting.Shell;

/// <summary>
/// One word of a parsed script: its offsets in the text, and where its value lies when that is not the raw text.
/// <see cref="ValueAt"/> is <see cref="Raw"/> when the value is the raw text (cut only on demand),
/// <see cref="BetweenQuotes"/> when it is the text inside the word's outer quotes (nothing rewritten inside, so no
/// copy is needed), and else the offset in the script's values where its length (two characters, low half first)
/// and then the value itself lie. Twelve bytes and no references, so gathering and copying slots costs little and
/// nothing to the collector.
/// </summary>
internal readonly record struct ShellWordSlot(int Start, int End, int ValueAt)
{
    public const int Raw = -1;

    public const int BetweenQuotes = -2;

    /// <summary>True when the value is the raw text of the word.</summary>
    public bool IsRaw => ValueAt == Raw;
}

/// <summary>
/// One simple command of a parsed script, kept compact until someone asks for its <see cref="ShellCommand"/>. Its
/// words are the slots from <see cref="First"/>: the assignments, then the name (when there is one), then the
/// arguments, in the order they were written. A command has at least one word, and starts where its first word does.
/// </summary>
internal readonly record struct ShellCommandRecord(string? Name, int End, int First, int AssignmentCount, int ArgumentCount)
{
    public int NameSlot => First + AssignmentCount;

    public int FirstArgument => Name is null ? First + AssignmentCount : First + AssignmentCount + 1;
}

/// <summary>
/// The argument values of one command, read in place: from the words when they are made, else from the script's
/// slots (so asking about flags or arguments makes no strings).
/// </summary>
internal readonly ref struct ShellArgumentValues(ShellScript? script, ShellWord[]? words, int first, int count)
{
    public int Count => count;

    public ReadOnlySpan<char> this[int index] => words is not null ? words[index].Value : script!.ValueOf(first + index);

    /// <summary>True when any flag (short letter or long name, without dashes) equals one of the names.</summary>
    public bool HasFlag(ReadOnlySpan<string> names) => CountFlags(names, stopAtFirst: true) > 0;

    /// <summary>How many flags (a repeated one each time) equal one of the names.</summary>
    public int CountFlags(ReadOnlySpan<string> names) => CountFlags(names, stopAtFirst: false);

    private int CountFlags(ReadOnlySpan<string> names, bool stopAtFirst)
    {
        // The same flags as ShellCommand.Flags yields, compared in place instead of cut into strings.
        var found = 0;
        for (var w = 0; w < count; w++)
        {
            var value = this[w];
            if (!ShellWord.IsFlagValue(value))
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
                        found++;
                        if (stopAtFirst)
                        {
                            return found;
                        }
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
                        found++;
                        if (stopAtFirst)
                        {
                            return found;
                        }
                    }
                }
            }
        }
        return found;
    }

    /// <summary>True when any argument value equals one of the words.</summary>
    public bool HasArgument(ReadOnlySpan<string> anyOf)
    {
        for (var w = 0; w < count; w++)
        {
            var value = this[w];
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
}
