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
    public static void ReportInLastOrReusedStages(RuleContext context, Func<RunInstruction, ShellCommand?> check)
    {
        var instructions = context.Instructions;
        FromInstruction? current = null;
        List<(FromInstruction? From, RunInstruction Run, ShellCommand Command)>? pending = null;
        for (var i = 0; i < instructions.Count; i++)
        {
            var instruction = instructions[i];
            if (instruction is FromInstruction from)
            {
                current = from;
            }
            else if (instruction is RunInstruction run && check(run) is { } command)
            {
                (pending ??= []).Add((current, run, command));
            }
        }
        if (pending is null)
        {
            return;
        }
        // Decided at the end of the file: "last" is the final FROM, "reused" means a FROM anywhere names the alias.
        var last = current;
        var baseImages = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < instructions.Count; i++)
        {
            if (instructions[i] is FromInstruction { Reference.Name: { Length: > 0 } name })
            {
                baseImages.Add(name);
            }
        }
        foreach (var (from, run, command) in pending)
        {
            var isLast = SameFrom(from, last);
            var isReused = from?.StageName is { } alias && baseImages.Contains(alias.Text);
            if (isLast || isReused)
            {
                Report(context, run, command);
            }
        }
    }

    /// <summary>Structural equality of two FROMs the way hadolint compares them; null stands for a bare <c>FROM scratch</c>.</summary>
    private static bool SameFrom(FromInstruction? a, FromInstruction? b) => ReferenceEquals(a, b) || KeyOf(a) == KeyOf(b);

    private static (string? Registry, string? Name, string? Tag, string? Digest, string? Alias, string? Platform) KeyOf(FromInstruction? from) =>
        from is null
            ? (null, "scratch", null, null, null, null)
            : (from.Reference?.Registry, from.Reference?.Name, from.Reference?.Tag, from.Reference?.Digest, from.StageName?.Text, from.Platform?.Value?.Text);
}
