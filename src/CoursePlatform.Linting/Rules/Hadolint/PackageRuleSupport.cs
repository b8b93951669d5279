using CoursePlatform.Linting.Shell;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

/// <summary>
/// What the package-manager rules (apt, apk, pip, yum, dnf, zypper, yarn) share: reading package words the way
/// hadolint does, cache-mount exemptions, the "stage is last or reused" decision and variable-aware RPM pins.
/// </summary>
internal static partial class PackageRuleSupport
{
    /// <summary>
    /// True when the RUN mounts a cache or tmpfs whose target contains <paramref name="targetFragment"/>
    /// (hadolint compares by substring, so <c>/root/.cache/pip</c> matches <c>.cache/pip</c>).
    /// </summary>
    public static bool HasCacheMount(RunInstruction run, string targetFragment)
    {
        var mounts = run.Mounts;
        for (var i = 0; i < mounts.Count; i++)
        {
            var mount = mounts[i];
            var type = mount.Type;
            if ((type == "cache" || type == "tmpfs") && mount.Target is { } target &&
                target.Contains(targetFragment, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Reports, once per RUN, the first command <paramref name="offends"/> picks.</summary>
    public static void ReportFirstCommand(RuleContext context, Func<RunInstruction, ShellCommandView, bool> offends)
        => ReportFirstCommand(context, null, offends);

    /// <summary>
    /// <see cref="ReportFirstCommand(RuleContext, Func{RunInstruction, ShellCommandView, bool})"/> over the commands
    /// named <paramref name="name"/> only (the others are skipped without calling <paramref name="offends"/>).
    /// </summary>
    public static void ReportFirstCommand(RuleContext context, string? name, Func<RunInstruction, ShellCommandView, bool> offends)
    {
        if (name is not null)
        {
            // Only the calls of that name are visited, in source order; a RUN is left at its first report.
            var reported = -1;
            foreach (var call in context.CallsOf(name))
            {
                if (call.RunIndex != reported && offends(call.Run, call.Command))
                {
                    ShellRuleSupport.Report(context, call.Run, call.Command);
                    reported = call.RunIndex;
                }
            }
            return;
        }
        foreach (var instruction in context.InstructionsOf(InstructionKind.Run))
        {
            var run = (RunInstruction)instruction;
            // Read in place: a script whose commands no check picks makes no command objects.
            foreach (var command in run.Script.CommandViews)
            {
                if (offends(run, command))
                {
                    ShellRuleSupport.Report(context, run, command);
                    break;
                }
            }
        }
    }

    /// <summary>Reports, once per RUN, the first word <paramref name="offendingWord"/> finds in its commands.</summary>
    public static void ReportFirstWord(RuleContext context, Func<ShellCommandView, ShellWord?> offendingWord)
        => ReportFirstWord(context, null, offendingWord);

    /// <summary>
    /// <see cref="ReportFirstWord(RuleContext, Func{ShellCommandView, ShellWord?})"/> over the commands named
    /// <paramref name="name"/> only.
    /// </summary>
    public static void ReportFirstWord(RuleContext context, string? name, Func<ShellCommandView, ShellWord?> offendingWord)
    {
        if (name is not null)
        {
            var reported = -1;
            foreach (var call in context.CallsOf(name))
            {
                if (call.RunIndex != reported && offendingWord(call.Command) is { } word)
                {
                    ShellRuleSupport.Report(context, call.Run, word);
                    reported = call.RunIndex;
                }
            }
            return;
        }
        foreach (var instruction in context.InstructionsOf(InstructionKind.Run))
        {
            var run = (RunInstruction)instruction;
            // Read in place: a script whose commands no check picks makes no command objects.
            foreach (var command in run.Script.CommandViews)
            {
                if (offendingWord(command) is { } word)
                {
                    ShellRuleSupport.Report(context, run, word);
                    break;
                }
            }
        }
    }

    /// <summary>True when some RUN has a command <paramref name="predicate"/> accepts (a cheap pre-check before folding state).</summary>
    public static bool AnyCommand(RuleContext context, Func<ShellCommandView, bool> predicate)
    {
        foreach (var instruction in context.InstructionsOf(InstructionKind.Run))
        {
            if (FirstIndex(((RunInstruction)instruction).Script.CommandViews, predicate) >= 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Values accepted as "on" for <c>PIP_NO_CACHE_DIR</c>.</summary>
    public static bool IsTruthy(string value) =>
        value is "1" or "true" or "True" or "TRUE" or "on" or "On" or "ON" or "yes" or "Yes" or "YES";
}
