namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3015AptNoInstallRecommends : Rule
{
    public override string Code => "DL3015";

    public override string Title => "Use `--no-install-recommends` with `apt-get install`";

    public override Severity DefaultSeverity => Severity.Info;

    public override bool ChecksOnbuild => true;

    public override string Message => "Avoid additional packages by specifying `--no-install-recommends`";

    public override string Explanation => """
        ## What it does
        Flags an `apt-get install` without `--no-install-recommends` (or the equivalent
        `-o APT::Install-Recommends=false`).

        ## Why is this bad?
        By default apt also installs every package the requested ones merely recommend: documentation, optional
        tools, sometimes whole language runtimes. The image grows, and so does the surface for vulnerabilities,
        for software nobody asked for.

        ## Example
        ```dockerfile
        FROM debian:bookworm
        RUN apt-get install -y curl=7.88.1-10+deb12u8
        ```

        ## Use instead
        ```dockerfile
        FROM debian:bookworm
        RUN apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8
        ```
        """;

    public override void Check(RuleContext context)
    {
        if (context.UsesCommand("apt-get"))
        {
            PackageRuleSupport.ReportFirstCommand(context, "apt-get", static (_, command) =>
                command.Is("apt-get", "install") &&
                !command.HasFlag("no-install-recommends") &&
                !command.HasArgument("APT::Install-Recommends=false"));
        }
    }
}
