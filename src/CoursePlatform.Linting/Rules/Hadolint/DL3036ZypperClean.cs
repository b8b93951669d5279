using CoursePlatform.Linting.Shell;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3036ZypperClean : Rule
{
    public override string Code => "DL3036";

    public override string Title => "Run `zypper clean` after `zypper install`";

    public override Severity DefaultSeverity => Severity.Warning;

    public override bool ChecksOnbuild => true;

    public override string Message => "`zypper clean` missing after zypper use.";

    public override string Explanation => """
        ## What it does
        Flags a RUN with `zypper install` (or `in`) that has no `zypper clean` (or `cc`) after its first install,
        unless the RUN mounts a cache or tmpfs on `/var/cache/zypp`.

        ## Why is this bad?
        zypper keeps repository metadata and downloaded packages in `/var/cache/zypp`. Left in the layer, they
        add size to every pull; a clean-up in a later RUN cannot remove them from the earlier layer.

        ## Example
        ```dockerfile
        FROM opensuse/leap:15.6
        RUN zypper install -y httpd=2.4.58
        ```

        ## Use instead
        ```dockerfile
        FROM opensuse/leap:15.6
        RUN zypper install -y httpd=2.4.58 && zypper clean
        ```
        """;

    public override void Check(RuleContext context)
    {
        if (!context.UsesCommand("zypper"))
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
            var commands = run.Script.CommandViews;
            var install = PackageRuleSupport.FirstIndex(commands, static c => c.Is("zypper", "install", "in"));
            if (install >= 0 &&
                !PackageRuleSupport.AnyAfter(commands, install, static c => c.Is("zypper", "clean", "cc")) &&
                !PackageRuleSupport.HasCacheMount(run, "/var/cache/zypp"))
            {
                ShellRuleSupport.Report(context, run, commands[install]);
            }
        }
    }
}
