using CoursePlatform.Linting.Shell;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

// How hadolint reads the words of a package-manager command: flags, their values, subcommands and package names.
internal static partial class PackageRuleSupport
{
    /// <summary>
    /// True when a flag word names one of <paramref name="options"/> (long name, or any letter of a short cluster)
    /// and so takes the next word as its value. A word with an inline <c>=value</c> never takes the next word.
    /// </summary>
    public static bool TakesNextWord(ReadOnlySpan<char> word, ReadOnlySpan<string> options)
    {
        if (word.Length < 2 || word[0] != '-' || word.SequenceEqual("--") || word.Contains('='))
        {
            return false;
        }
        if (word[1] == '-')
        {
            var name = word[2..];
            foreach (var option in options)
            {
                if (name.SequenceEqual(option))
                {
                    return true;
                }
            }
            return false;
        }
        for (var i = 1; i < word.Length; i++)
        {
            foreach (var option in options)
            {
                if (option.Length == 1 && option[0] == word[i])
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// hadolint's package list of a command: the non-flag arguments, without the values of
    /// <paramref name="valueOptions"/> given as separate words and without the <paramref name="skipWords"/>
    /// (the subcommand). Returns the first one <paramref name="isPinned"/> rejects.
    /// </summary>
    public static ShellWord? FirstUnpinned(ShellCommandView command, ReadOnlySpan<string> valueOptions, ReadOnlySpan<string> skipWords, Func<string, bool> isPinned)
    {
        // Flags and skipped words are read in place; only the package words become words (and strings).
        var count = command.ArgumentCount;
        for (var i = 0; i < count; i++)
        {
            var value = command.ArgumentValue(i);
            if (ShellWord.IsFlagValue(value))
            {
                if (TakesNextWord(value, valueOptions))
                {
                    i++;
                }
                continue;
            }
            if (IsOneOf(value, skipWords))
            {
                continue;
            }
            var word = command.Argument(i);
            if (!isPinned(word.Value))
            {
                return word;
            }
        }
        return null;
    }

    public static bool IsOneOf(ReadOnlySpan<char> value, ReadOnlySpan<string> candidates)
    {
        foreach (var candidate in candidates)
        {
            if (value.SequenceEqual(candidate))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when the arguments contain the words in this exact consecutive order.</summary>
    public static bool HasArgumentSequence(ShellCommandView command, ReadOnlySpan<string> sequence)
    {
        var count = command.ArgumentCount;
        for (var start = 0; start + sequence.Length <= count; start++)
        {
            var match = true;
            for (var k = 0; k < sequence.Length && match; k++)
            {
                match = command.ArgumentValue(start + k).SequenceEqual(sequence[k]);
            }
            if (match)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Index of the first command matching, or -1.</summary>
    public static int FirstIndex(ShellCommandViews commands, Func<ShellCommandView, bool> predicate)
    {
        for (var i = 0; i < commands.Count; i++)
        {
            if (predicate(commands[i]))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>True when some command after index <paramref name="after"/> matches.</summary>
    public static bool AnyAfter(ShellCommandViews commands, int after, Func<ShellCommandView, bool> predicate)
    {
        for (var i = after + 1; i < commands.Count; i++)
        {
            if (predicate(commands[i]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// hadolint's pip install detection: a command whose name starts with <c>pip</c> (not <c>pipenv</c>) with an
    /// <c>install</c> argument, or a <c>python*</c> command running <c>-m pip install</c>.
    /// </summary>
    public static bool IsPipInstall(ShellCommandView command)
    {
        var name = command.Name;
        if (name.StartsWith("pip", StringComparison.Ordinal))
        {
            return !name.StartsWith("pipenv", StringComparison.Ordinal) && command.HasArgument("install");
        }
        return name.StartsWith("python", StringComparison.Ordinal) && HasArgumentSequence(command, ["-m", "pip", "install"]);
    }
}
