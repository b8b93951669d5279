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
    public static bool TakesNextWord(string word, ReadOnlySpan<string> options)
    {
        if (word.Length < 2 || word[0] != '-' || word == "--" || word.Contains('='))
        {
            return false;
        }
        if (word[1] == '-')
        {
            var name = word.AsSpan(2);
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
    public static ShellWord? FirstUnpinned(ShellCommand command, ReadOnlySpan<string> valueOptions, ReadOnlySpan<string> skipWords, Func<string, bool> isPinned)
    {
        var arguments = command.Arguments;
        for (var i = 0; i < arguments.Count; i++)
        {
            var word = arguments[i];
            if (word.IsFlag)
            {
                if (TakesNextWord(word.Value, valueOptions))
                {
                    i++;
                }
                continue;
            }
            if (IsOneOf(word.Value, skipWords))
            {
                continue;
            }
            if (!isPinned(word.Value))
            {
                return word;
            }
        }
        return null;
    }

    public static bool IsOneOf(string value, ReadOnlySpan<string> candidates)
    {
        foreach (var candidate in candidates)
        {
            if (value == candidate)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when the arguments contain the words in this exact consecutive order.</summary>
    public static bool HasArgumentSequence(ShellCommand command, ReadOnlySpan<string> sequence)
    {
        var arguments = command.Arguments;
        for (var start = 0; start + sequence.Length <= arguments.Count; start++)
        {
            var match = true;
            for (var k = 0; k < sequence.Length && match; k++)
            {
                match = arguments[start + k].Value == sequence[k];
            }
            if (match)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Index of the first command matching, or -1.</summary>
    public static int FirstIndex(ReadOnlyArray<ShellCommand> commands, Func<ShellCommand, bool> predicate)
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
    public static bool AnyAfter(ReadOnlyArray<ShellCommand> commands, int after, Func<ShellCommand, bool> predicate)
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
    public static bool IsPipInstall(ShellCommand command)
    {
        var name = command.Name;
        if (name.StartsWith("pip", StringComparison.Ordinal))
        {
            return !name.StartsWith("pipenv", StringComparison.Ordinal) && command.HasArgument("install");
        }
        return name.StartsWith("python", StringComparison.Ordinal) && HasArgumentSequence(command, ["-m", "pip", "install"]);
    }
}
