namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3008PinAptVersions : Rule
{
    public override string Code => "DL3008";

    public override string Title => "Pin versions in `apt-get install`";

    public override Severity DefaultSeverity => Severity.Warning;

    public override bool ChecksOnbuild => true;

    public override string Message =>
        "Pin versions in apt get install. Instead of `apt-get install <package>` use `apt-get install <package>=<version>`";

    public override string Explanation => """
        ## What it does
        Flags an `apt-get install` with a package that has no version pin. A package counts as pinned when it
        contains `=` (`curl=7.88.1-10`, wildcards like `curl=7.88.*` included), contains `/` (a release pin such
        as `curl/bookworm-backports`, or a path) or is a `.deb` file. The value of `-t`/`--target-release` is not
        a package.

        ## Why is this bad?
        Without a pin, every build installs whatever version the mirror serves that day. Two builds of the same
        Dockerfile can differ, and an upstream release can break the image without any change on your side.

        ## Example
        ```dockerfile
        FROM debian:bookworm
        RUN apt-get update && apt-get install -y --no-install-recommends curl
        ```

        ## Use instead
        ```dockerfile
        FROM debian:bookworm
        RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8
        ```

        Only `apt-get` is checked (`apt install` is DL3027's business). A package list in an unquoted variable
        (`$PACKAGES`) cannot be seen through and is reported.
        """;

    public override void Check(RuleContext context)
    {
        if (context.UsesCommand("apt-get"))
        {
            PackageRuleSupport.ReportFirstWord(context, "apt-get", static command => command.Is("apt-get", "install")
                ? PackageRuleSupport.FirstUnpinned(command, ["t", "target-release"], ["install"], IsPinned)
                : null);
        }
    }

    private static bool IsPinned(string package) =>
        package.Contains('=') || package.Contains('/') || package.EndsWith(".deb", StringComparison.Ordinal);
}
