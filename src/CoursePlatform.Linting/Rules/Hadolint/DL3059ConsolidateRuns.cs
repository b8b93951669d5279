using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3059ConsolidateRuns : Rule
{
    public override string Code => "DL3059";

    public override string Title => "Consolidate consecutive RUN instructions";

    public override Severity DefaultSeverity => Severity.Info;

    public override string Message => "Multiple consecutive `RUN` instructions. Consider consolidation.";

    public override string Explanation => """
        ## What it does
        Flags a `RUN` that directly follows another `RUN` (comments in between do not count) when both have
        the same flags (`--mount`, `--network`, `--security`) and each runs at most one command.

        ## Why is this bad?
        Every `RUN` makes a layer. Single commands in a row add layers, cache entries and build steps without
        separating anything meaningful, and files deleted by a later step still weigh in the earlier layer.

        ## Example
        ```dockerfile
        FROM debian:bookworm
        RUN apt-get update
        RUN apt-get install -y curl
        ```

        ## Use instead
        ```dockerfile
        FROM debian:bookworm
        RUN apt-get update && apt-get install -y curl
        ```

        A `RUN` that already chains commands (`&&`, `;`, pipes, loops) is taken as a deliberate split, and
        different mounts keep steps apart. The third single-command `RUN` in a row is reported again.
        """;

    public override void Check(RuleContext context)
    {
        RunInstruction? previous = null;
        // Whether the previous RUN has at most one command, worked out only once a RUN follows it (null until then):
        // a RUN between other instructions never has its script walked.
        bool? previousSingle = null;
        foreach (var instruction in context.Instructions)
        {
            if (instruction is not RunInstruction run)
            {
                previous = null;
                continue;
            }
            if (previous is null || !(previousSingle ??= !HasTwoCommands(previous)))
            {
                previous = run;
                previousSingle = null;
                continue;
            }
            var single = !HasTwoCommands(run);
            // The flag keys are built only for two single-command RUNs in a row.
            if (single && FlagKey(previous) == FlagKey(run))
            {
                context.Report(run);
                continue;
            }
            previous = run;
            previousSingle = single;
        }
    }

    /// <summary>hadolint counts the commands it can name: a name built from an expansion is not one.</summary>
    // Only "at most one command" matters, so the walk stops at the second countable command.
    private static bool HasTwoCommands(RunInstruction run)
    {
        var count = 0;
        // Names are read in place (a command without one, a bare assignment, has an empty raw name).
        foreach (var command in run.Script.CommandViews)
        {
            var raw = command.NameRaw;
            if (!raw.IsEmpty && !raw.ContainsAny('$', '`') && ++count == 2)
            {
                return true;
            }
        }
        return false;
    }

    private static string FlagKey(RunInstruction run)
    {
        if (run.Flags.Count == 0)
        {
            return "";
        }
        var texts = new List<string>(run.Flags.Count);
        foreach (var flag in run.Flags)
        {
            var mount = run.Mounts.FirstOrDefault(m => ReferenceEquals(m.Flag, flag));
            texts.Add(mount is null ? flag.Text : MountKey(mount));
        }
        texts.Sort(StringComparer.Ordinal);
        return string.Join('\n', texts.Distinct());
    }

    private static string MountKey(RunMount mount)
    {
        var options = new List<string>(mount.Options.Count + 1) { "type=" + mount.Type };
        foreach (var (key, value) in mount.Options)
        {
            if (key != "type")
            {
                options.Add(value is null ? key : key + "=" + value);
            }
        }
        options.Sort(1, options.Count - 1, StringComparer.Ordinal);
        return "mount:" + string.Join(',', options);
    }
}
