namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3034ZypperNonInteractive : Rule
{
    public override string Code => "DL3034";

    public override string Title => "Use a non-interactive switch with `zypper`";

    public override Severity DefaultSeverity => Severity.Warning;

    public override bool ChecksOnbuild => true;

    public override string Message => "Non-interactive switch missing from `zypper` command: `zypper install -y`";

    public override string Explanation => """
        ## What it does
        Flags `zypper install`/`in`, `remove`/`rm`, `source-install`/`si` and `patch` without one of `-n`,
        `--non-interactive`, `-y` or `--no-confirm`, written anywhere on the command.

        ## Why is this bad?
        zypper asks for confirmation before changing packages. A build cannot answer, so the command aborts and
        the build fails.

        ## Example
        ```dockerfile
        FROM opensuse/leap:15.6
        RUN zypper install httpd=2.4.58 && zypper clean
        ```

        ## Use instead
        ```dockerfile
        FROM opensuse/leap:15.6
        RUN zypper install -y httpd=2.4.58 && zypper clean
        ```
        """;

    public override void Check(RuleContext context)
    {
        if (context.UsesCommand("zypper"))
        {
            PackageRuleSupport.ReportFirstCommand(context, "zypper", static (_, command) =>
                command.Is("zypper", "install", "in", "remove", "rm", "source-install", "si", "patch") &&
                !command.HasFlag("n", "non-interactive", "y", "no-confirm"));
        }
    }
}
