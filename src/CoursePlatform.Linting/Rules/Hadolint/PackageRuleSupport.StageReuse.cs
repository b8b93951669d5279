using CoursePlatform.Linting.Shell;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

// Rules whose fix only matters in an image that ships (DL3009, DL3060) look at the last stage and reused stages only.
internal static partial class PackageRuleSupport
{
    /// <summary>
    /// Reports the RUNs found by <paramref name="check"/> only when their stage is the last one or is reused as the
    /// base of some FROM (hadolint's DL3009/DL3060 logic). Before any FROM a RUN belongs to a pseudo <c>scratch</c>
    /// stage, which is all the ONBUILD pass ever sees, so there every finding is kept.
    /// </summary>
    public static void ReportInLastOrReusedStages(RuleContext context, Func<RunInstruction, ShellCommandView?> check)
    {
        var instructions = context.Instructions;
        // "Last" is the final FROM, "reused" means a FROM anywhere in the file names the alias: the final FROM is
        // found first, so each finding is decided as it is met (no list of pending findings, no set of names).
        FromInstruction? last = null;
        for (var i = 0; i < instructions.Count; i++)
        {
            if (instructions[i] is FromInstruction from)
            {
                last = from;
            }
        }
        // Worked out for a stage when its first finding is met; once known to be dropped, its RUNs are not checked.
        FromInstruction? current = null;
        bool? kept = null;
        for (var i = 0; i < instructions.Count; i++)
        {
            var instruction = instructions[i];
            if (instruction is FromInstruction from)
            {
                current = from;
                kept = null;
            }
            else if (kept != false && instruction is RunInstruction run && check(run) is { } command)
            {
                kept ??= SameFrom(current, last) || current?.StageName is { } alias && IsBaseImage(instructions, alias.Text);
                if (kept == true)
                {
                    ShellRuleSupport.Report(context, run, command);
                }
            }
        }
    }

    private static bool IsBaseImage(ReadOnlyArray<Instruction> instructions, string alias)
    {
        for (var i = 0; i < instructions.Count; i++)
        {
            if (instructions[i] is FromInstruction { Reference.Name: { Length: > 0 } name } && name == alias)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Structural equality of two FROMs the way hadolint compares them; null stands for a bare <c>FROM scratch</c>.</summary>
    private static bool SameFrom(FromInstruction? a, FromInstruction? b) => ReferenceEquals(a, b) || KeyOf(a) == KeyOf(b);

    private static (string? Registry, string? Name, string? Tag, string? Digest, string? Alias, string? Platform) KeyOf(FromInstruction? from) =>
        from is null
            ? (null, "scratch", null, null, null, null)
            : (from.Reference?.Registry, from.Reference?.Name, from.Reference?.Tag, from.Reference?.Digest, from.StageName?.Text, from.Platform?.Value?.Text);
}
