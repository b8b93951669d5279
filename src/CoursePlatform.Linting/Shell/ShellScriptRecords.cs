namespace CoursePlatform.Linting.Shell;

/// <summary>
/// One word of a parsed script in eight bytes: where its raw text starts, and one more number that says how long
/// the raw text is and where the value lies. When <see cref="Extra"/> is not negative its low bits are the raw
/// length, and <see cref="QuotedFlag"/> says the value is the text inside the word's outer quotes (nothing rewritten
/// inside, so no copy is needed) rather than the raw text itself. A negative <see cref="Extra"/> is the complement
/// of the offset in the script's values where the raw length and the value's length (two characters each, low half
/// first) and then the value itself lie. No references inside, so gathering and copying slots costs the collector nothing.
/// </summary>
internal readonly record struct ShellWordSlot(int Start, int Extra)
{
    /// <summary>Above every raw length: no string reaches 2^30 characters.</summary>
    public const int QuotedFlag = 1 << 30;

    /// <summary>A word whose value is its raw text.</summary>
    public static ShellWordSlot Raw(int start, int end) => new(start, end - start);

    /// <summary>A word whose value is its text without its outer quotes.</summary>
    public static ShellWordSlot BetweenQuotes(int start, int end) => new(start, (end - start) | QuotedFlag);

    /// <summary>A word whose rewritten value lies in the values at <paramref name="valueAt"/> (after the two lengths).</summary>
    public static ShellWordSlot Rewritten(int start, int valueAt) => new(start, ~valueAt);

    /// <summary>True when the value is the raw text of the word.</summary>
    public bool IsRaw => (uint)Extra < QuotedFlag;
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
