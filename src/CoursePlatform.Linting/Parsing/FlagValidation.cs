using System.Runtime.CompilerServices;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Parsing;

/// <summary>Flag checks shared by every instruction: known names, values, duplicates, booleans.</summary>
internal sealed partial class DocumentReader
{
    // Inlined: nine instructions in ten have no flags, and need no call.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void ValidateFlags(in Building context)
    {
        if (context.Flags.Length != 0)
        {
            ValidateFlagList(context);
        }
    }

    private void ValidateFlagList(in Building context)
    {
        var allowed = FlagRules.For(context.Head.Kind);
        var flags = context.Flags;
        for (var index = 0; index < flags.Length; index++)
        {
            var flag = flags[index];
            // Compared on the source: the name token is made only when a rule asks for it.
            var nameText = flag.NameText;
            var type = FlagType.String;
            var known = false;
            foreach (var (candidate, candidateType) in allowed)
            {
                if (nameText.SequenceEqual(candidate))
                {
                    known = true;
                    type = candidateType;
                    break;
                }
            }
            if (!known)
            {
                var name = nameText.ToString();
                string? suggestion = null;
                foreach (var (candidate, _) in allowed)
                {
                    if (Words.Distance(name, candidate) <= 2 || string.Equals(name, candidate, StringComparison.OrdinalIgnoreCase))
                    {
                        suggestion = candidate;
                        break;
                    }
                }
                Error(suggestion is null
                    ? $"unknown flag: --{name}"
                    : $"unknown flag: --{name} (did you mean --{suggestion}?)", flag.Span);
                continue;
            }
            if (type != FlagType.Strings && SeenBefore(flags, index))
            {
                Error($"duplicate flag specified: --{nameText}", flag.Span);
                continue;
            }
            if (type == FlagType.Bool)
            {
                if (flag.Value is { } value)
                {
                    if (value.Value.Length == 0)
                    {
                        Error($"missing a value on flag: --{nameText}", flag.Span);
                    }
                    else if (!value.Value.Equals("true", StringComparison.OrdinalIgnoreCase)
                        && !value.Value.Equals("false", StringComparison.OrdinalIgnoreCase))
                    {
                        Error($"expecting boolean value for flag --{nameText}, not: {value.Value}", value.Span);
                    }
                }
            }
            else if (flag.Value is null)
            {
                Error($"missing a value on flag: --{nameText}", flag.Span);
            }
        }
    }

    /// <summary>True when a flag before <paramref name="index"/> has the same name (so it was known too).</summary>
    private static bool SeenBefore(Flag[] flags, int index)
    {
        var name = flags[index].NameText;
        for (var i = 0; i < index; i++)
        {
            if (flags[i].NameText.SequenceEqual(name))
            {
                return true;
            }
        }
        return false;
    }
}
