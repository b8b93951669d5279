using CoursePlatform.Linting.Shell;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3040DnfClean : Rule
{
    public override string Code => "DL3040";

    public override string Title => "Run `dnf clean all` after `dnf install`";

    public override Severity DefaultSeverity => Severity.Warning;

    public override bool ChecksOnbuild => true;

    public override string Message => "`dnf clean all` missing after dnf command.";

    public override string Explanation => """
        ## What it does
        Flags a RUN where `dnf` (and, separately, `microdnf`) installs or upgrades packages (`install`/`in`,
        `upgrade`/`up`, `upgrade-minimal`/`up-min`, `reinstall`/`rei`) with no clean-up after the first such use.
        A clean-up is the same tool with `clean` or `all`, or `rm -rf ...` / `rm /var/cache/libdnf5*`.
        A cache or tmpfs mount on `/var/cache/libdnf5` or `.cache/libdnf5` is accepted too.

        ## Why is this bad?
        dnf leaves repository metadata and downloaded packages in its cache. Unless they are removed in the same
        RUN they stay in the layer, and a clean-up in a later RUN cannot shrink the image.

        ## Example
        ```dockerfile
        FROM fedora:40
        RUN dnf install -y httpd-2.4.62
        ```

        ## Use instead
        ```dockerfile
        FROM fedora:40
        RUN dnf install -y httpd-2.4.62 && dnf clean all
        ```

        Each tool needs its own clean-up: `microdnf clean all` does not clean up after `dnf`.
        """;

    public override void Check(RuleContext context)
    {
        if (!context.UsesAnyCommand("dnf", "microdnf"))
        {
            return;
        }
        var instructions = context.Instructions;
        for (var i = 0; i < instructions.Count; i++)
        {
            var instruction = instructions[i];
            if (instruction is not RunInstruction run)
            {
                continue;
            }
            if ((MissingClean(run, "dnf") ?? MissingClean(run, "microdnf")) is { } command)
            {
                ShellRuleSupport.Report(context, run, command);
            }
        }
    }

    private static ShellCommandView? MissingClean(RunInstruction run, string tool)
    {
        var commands = run.Script.CommandViews;
        var install = -1;
        for (var i = 0; i < commands.Count && install < 0; i++)
        {
            if (commands[i].Is(tool, "install", "in", "upgrade", "up", "upgrade-minimal", "up-min", "reinstall", "rei"))
            {
                install = i;
            }
        }
        if (install < 0 ||
            PackageRuleSupport.HasCacheMount(run, "/var/cache/libdnf5") ||
            PackageRuleSupport.HasCacheMount(run, ".cache/libdnf5"))
        {
            return null;
        }
        for (var i = install + 1; i < commands.Count; i++)
        {
            if (commands[i].Is(tool, "clean", "all") || commands[i].Is("rm", "-rf", "/var/cache/libdnf5*"))
            {
                return null;
            }
        }
        return commands[install];
    }
}
