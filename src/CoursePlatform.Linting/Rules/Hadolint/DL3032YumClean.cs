using CoursePlatform.Linting.Shell;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3032YumClean : Rule
{
    public override string Code => "DL3032";

    public override string Title => "Run `yum clean all` after `yum install`";

    public override Severity DefaultSeverity => Severity.Warning;

    public override bool ChecksOnbuild => true;

    public override string Message => "`yum clean all` missing after yum command.";

    public override string Explanation => """
        ## What it does
        Flags a RUN with `yum install` whose first clean-up does not come after its first install. A clean-up is
        `yum clean ...` / `yum ... all`, or `rm -rf ...` / `rm /var/cache/yum/*`.

        ## Why is this bad?
        yum keeps downloaded packages and metadata in `/var/cache/yum`. Unless they are removed in the same RUN,
        they are baked into the layer and a later clean-up cannot shrink the image.

        ## Example
        ```dockerfile
        FROM centos:7
        RUN yum install -y httpd-2.4.6
        ```

        ## Use instead
        ```dockerfile
        FROM centos:7
        RUN yum install -y httpd-2.4.6 && yum clean all
        ```

        As in hadolint, only the first install and the first clean-up are compared: `yum clean all` before the
        install is reported, and any `rm -rf` after it is accepted. Cache mounts are not taken into account.
        """;

    public override void Check(RuleContext context)
    {
        if (!context.UsesCommand("yum"))
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
            var install = PackageRuleSupport.FirstIndex(commands, static c => c.Is("yum", "install"));
            if (install < 0)
            {
                continue;
            }
            var clean = PackageRuleSupport.FirstIndex(commands, IsClean);
            if (clean <= install)
            {
                ShellRuleSupport.Report(context, run, commands[install]);
            }
        }
    }

    private static bool IsClean(ShellCommandView command) =>
        command.Is("yum", "clean", "all") || command.Is("rm", "-rf", "/var/cache/yum/*");
}
