namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3038DnfAssumeYes : Rule
{
    public override string Code => "DL3038";

    public override string Title => "Use `-y` with `dnf install`";

    public override Severity DefaultSeverity => Severity.Warning;

    public override bool ChecksOnbuild => true;

    public override string Message => "Use the -y switch to avoid manual input `dnf install -y <package>`.";

    public override string Explanation => """
        ## What it does
        Flags `dnf` or `microdnf` with `install`, `groupinstall` or `localinstall` and without `-y` or
        `--assumeyes`.

        ## Why is this bad?
        A build cannot answer dnf's confirmation prompt; without `-y` the transaction is aborted and the build
        fails.

        ## Example
        ```dockerfile
        FROM fedora:40
        RUN dnf install httpd-2.4.62 && dnf clean all
        ```

        ## Use instead
        ```dockerfile
        FROM fedora:40
        RUN dnf install -y httpd-2.4.62 && dnf clean all
        ```
        """;

    public override void Check(RuleContext context)
    {
        if (context.UsesAnyCommand("dnf", "microdnf"))
        {
            PackageRuleSupport.ReportFirstCommand(context, static (_, command) =>
                (command.Is("dnf", "install", "groupinstall", "localinstall") ||
                 command.Is("microdnf", "install", "groupinstall", "localinstall")) &&
                !command.HasFlag("y", "assumeyes"));
        }
    }
}
