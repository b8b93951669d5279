namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3035ZypperDistUpgrade : Rule
{
    public override string Code => "DL3035";

    public override string Title => "Do not use `zypper dist-upgrade`";

    public override Severity DefaultSeverity => Severity.Warning;

    public override bool ChecksOnbuild => true;

    public override string Message => "Do not use `zypper dist-upgrade`.";

    public override string Explanation => """
        ## What it does
        Flags `zypper dist-upgrade` and its short form `zypper dup`.

        ## Why is this bad?
        A distribution upgrade inside a build moves the image to whatever the repositories offer that day,
        possibly a new release of the whole distribution. The result no longer matches the base image you chose
        and differs from build to build. Pick a newer base image instead.

        ## Example
        ```dockerfile
        FROM opensuse/leap:15.5
        RUN zypper -n dist-upgrade
        ```

        ## Use instead
        ```dockerfile
        FROM opensuse/leap:15.6
        RUN zypper -n update
        ```

        `zypper update`/`up` are not reported.
        """;

    public override void Check(RuleContext context)
    {
        if (context.UsesCommand("zypper"))
        {
            PackageRuleSupport.ReportFirstCommand(context, "zypper", static (_, command) => command.Is("zypper", "dist-upgrade", "dup"));
        }
    }
}
