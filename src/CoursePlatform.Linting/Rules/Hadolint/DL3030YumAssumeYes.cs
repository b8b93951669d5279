namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3030YumAssumeYes : Rule
{
    public override string Code => "DL3030";

    public override string Title => "Use `-y` with `yum install`";

    public override Severity DefaultSeverity => Severity.Warning;

    public override bool ChecksOnbuild => true;

    // hadolint's text, unbalanced bracket included.
    public override string Message => "Use the -y switch to avoid manual input `yum install -y <package`";

    public override string Explanation => """
        ## What it does
        Flags `yum install`, `yum groupinstall` and `yum localinstall` without `-y` or `--assumeyes`.
        Other yum subcommands are not checked.

        ## Why is this bad?
        A build cannot answer yum's confirmation prompt; without `-y` the install aborts and the build fails.

        ## Example
        ```dockerfile
        FROM centos:7
        RUN yum install httpd-2.4.6 && yum clean all
        ```

        ## Use instead
        ```dockerfile
        FROM centos:7
        RUN yum install -y httpd-2.4.6 && yum clean all
        ```
        """;

    public override void Check(RuleContext context)
    {
        if (context.UsesCommand("yum"))
        {
            PackageRuleSupport.ReportFirstCommand(context, "yum", static (_, command) =>
                command.Is("yum", "install", "groupinstall", "localinstall") && !command.HasFlag("y", "assumeyes"));
        }
    }
}
