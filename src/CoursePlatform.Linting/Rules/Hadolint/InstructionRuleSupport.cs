using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

/// <summary>Small text helpers shared by the instruction-level hadolint rules.</summary>
internal static class InstructionRuleSupport
{
    /// <summary>Reports the second and every later instruction of <paramref name="kind"/> in a stage (DL3012, DL4003, DL4004).</summary>
    public static void ReportRepeatsPerStage(RuleContext context, InstructionKind kind)
    {
        var seen = false;
        foreach (var instruction in context.Instructions)
        {
            if (instruction is FromInstruction)
            {
                seen = false;
            }
            else if (instruction.Kind == kind)
            {
                if (seen)
                {
                    context.Report(instruction);
                }
                seen = true;
            }
        }
    }

    /// <summary>Removes every leading and trailing <c>"</c> or <c>'</c> (hadolint's notion of "quotes stripped").</summary>
    public static string DropQuotes(string text)
    {
        var dropped = DropQuotes(text.AsSpan());
        return dropped.Length == text.Length ? text : dropped.ToString();
    }

    /// <summary><see cref="DropQuotes(string)"/> of text read in place.</summary>
    public static ReadOnlySpan<char> DropQuotes(ReadOnlySpan<char> text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsQuote(text[start]))
        {
            start++;
        }
        while (end > start && IsQuote(text[end - 1]))
        {
            end--;
        }
        return text[start..end];
    }

    /// <summary>True when some COPY among the context's instructions has a <c>--from</c> with a value.</summary>
    public static bool AnyCopyFrom(RuleContext context)
    {
        foreach (var instruction in context.InstructionsOf(InstructionKind.Copy))
        {
            if (((CopyInstruction)instruction).From is { Value: not null })
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The stage name as written (hadolint compares aliases case-sensitively), or null.</summary>
    public static string? AliasOf(FromInstruction from) => from.StageName?.Text;

    /// <summary>True when a FROM before <paramref name="index"/> names its stage <paramref name="alias"/> (case-sensitive).</summary>
    public static bool IsAliasBefore(ReadOnlyArray<Instruction> instructions, int index, string alias)
        => IsAliasBefore(instructions, index, alias.AsSpan());

    /// <summary><see cref="IsAliasBefore(ReadOnlyArray{Instruction}, int, string)"/> comparing the names in place.</summary>
    public static bool IsAliasBefore(ReadOnlyArray<Instruction> instructions, int index, ReadOnlySpan<char> alias)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (instructions[i] is FromInstruction { StageName: { } name } && name.TextSpan.SequenceEqual(alias))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Where a FROM finding goes: the image word, or the first line when the image is missing.</summary>
    public static void ReportOnImage(RuleContext context, FromInstruction from, string? message = null)
    {
        if (from.Image is { } image)
        {
            context.Report(from, image, message);
        }
        else
        {
            context.Report(from, message);
        }
    }

    /// <summary>The archive extensions hadolint recognises (DL3010, DL3020).</summary>
    public static bool IsArchive(string path)
    {
        foreach (var extension in ArchiveExtensions)
        {
            if (path.EndsWith(extension, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] ArchiveExtensions =
        [".tar", ".Z", ".bz2", ".gz", ".lz", ".lzma", ".tZ", ".tb2", ".tbz", ".tbz2", ".tgz", ".tlz", ".tpz", ".txz", ".xz"];

    private static bool IsQuote(char c) => c is '"' or '\'';
}
