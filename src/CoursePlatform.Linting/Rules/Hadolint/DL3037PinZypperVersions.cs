namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3037PinZypperVersions : Rule
{
    public override string Code => "DL3037";

    public override string Title => "Pin versions in `zypper install`";

    public override Severity DefaultSeverity => Severity.Warning;

    public override bool ChecksOnbuild => true;

    public override string Message => "Specify version with `zypper install -y <package>=<version>`.";

    public override string Explanation => """
        ## What it does
        Flags a `zypper install` (or `in`) package without a version constraint (`=`, `>=`, `>`, `<=`, `<`)
        that is not a `.rpm` file.

        ## Why is this bad?
        Without a constraint zypper installs the newest version available at build time, so the same Dockerfile
        builds different images over time.

        ## Example
        ```dockerfile
        FROM opensuse/leap:15.6
        RUN zypper install -y httpd && zypper clean
        ```

        ## Use instead
        ```dockerfile
        FROM opensuse/leap:15.6
        RUN zypper install -y httpd=2.4.58 && zypper clean
        ```

        In a shell, `>` and `<` redirect: quote or escape them (`'httpd>=2.4'`, `httpd\>=2.4`).
        """;

    public override void Check(RuleContext context)
    {
        if (context.UsesCommand("zypper"))
        {
            PackageRuleSupport.ReportFirstWord(context, "zypper", static command => command.Is("zypper", "install", "in")
                ? PackageRuleSupport.FirstUnpinned(command, [], ["install", "in"], IsPinned)
                : null);
        }
    }

    private static bool IsPinned(string package) =>
        package.AsSpan().IndexOfAny("=<>") >= 0 || package.EndsWith(".rpm", StringComparison.Ordinal);
}
