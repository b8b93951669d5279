using CoursePlatform.Linting.Shell;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3009DeleteAptLists : Rule
{
    public override string Code => "DL3009";

    public override string Title => "Delete the apt lists after installing something";

    public override Severity DefaultSeverity => Severity.Info;

    public override bool ChecksOnbuild => true;

    public override string Message => "Delete the apt-get lists after installing something.";

    public override string Explanation => """
        ## What it does
        Flags a RUN that runs `apt-get update` (or `apt update`, `aptitude update`) without removing the package
        lists in the same RUN, in a stage that ends up in an image: the last stage, or a stage another `FROM`
        builds on. A cache or tmpfs mount on `/var/lib/apt/lists` (or on both `/var/lib/apt` and
        `/var/cache/apt`) also keeps the lists out of the image.

        ## Why is this bad?
        `apt-get update` downloads tens of megabytes of package indexes into `/var/lib/apt/lists`. Removing them
        in a later RUN does not help: they stay in the earlier layer and every pull pays for them.

        ## Example
        ```dockerfile
        FROM debian:bookworm
        RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8
        ```

        ## Use instead
        ```dockerfile
        FROM debian:bookworm
        RUN apt-get update \
         && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 \
         && rm -rf /var/lib/apt/lists/*
        ```

        Like hadolint, any `rm -rf` in the RUN counts as the clean-up. Disabling Docker's `docker-clean` hook
        does not matter by itself: with a cache mount on `/var/cache/apt` only, the lists still land in the
        layer. Stages that are neither last nor reused are not reported, since they never ship; triggers under
        `ONBUILD` always are.
        """;

    public override void Check(RuleContext context)
    {
        if (context.UsesAnyCommand("apt-get", "apt", "aptitude"))
        {
            PackageRuleSupport.ReportInLastOrReusedStages(context, MissingCleanup);
        }
    }

    private static ShellCommandView? MissingCleanup(RunInstruction run)
    {
        ShellCommandView? update = null;
        var commands = run.Script.CommandViews;
        for (var i = 0; i < commands.Count; i++)
        {
            // The name is read once and the arguments only for the few commands that matter.
            var command = commands[i];
            var name = command.Name;
            if (name == "rm")
            {
                if (command.HasArgument("-rf", "/var/lib/apt/lists/*"))
                {
                    return null;
                }
            }
            else if (update is null && name is "apt-get" or "apt" or "aptitude" && command.HasArgument("update"))
            {
                update = command;
            }
        }
        if (update is null ||
            PackageRuleSupport.HasCacheMount(run, "/var/lib/apt/lists") ||
            PackageRuleSupport.HasCacheMount(run, "/var/lib/apt") && PackageRuleSupport.HasCacheMount(run, "/var/cache/apt"))
        {
            return null;
        }
        return update;
    }
}
