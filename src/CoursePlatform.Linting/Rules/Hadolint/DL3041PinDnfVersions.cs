namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3041PinDnfVersions : Rule
{
    public override string Code => "DL3041";

    public override string Title => "Pin versions in `dnf install`";

    public override Severity DefaultSeverity => Severity.Warning;

    public override bool ChecksOnbuild => true;

    public override string Message => "Specify version with `dnf install -y <package>-<version>`.";

    public override string Explanation => """
        ## What it does
        Flags a `dnf`/`microdnf install` package without a version, and a `dnf module install` stream without
        `:stream`. A package is pinned when it reads `name-version` (some dash-separated part after the name
        starts with a digit: `httpd-2.4.62`, `gcc-c++-14.2.1`, `openssl-1:3.2.2`), is a `.rpm` file, or uses a
        variable defined by an `ARG` anywhere above or by an `ENV` of this stage (or of the stage it is built
        `FROM`). Group installs (`dnf group install "Development Tools"`) are not checked.

        ## Why is this bad?
        Without a version dnf installs the newest package in the repositories, so rebuilding the same Dockerfile
        can silently change what is inside the image.

        ## Example
        ```dockerfile
        FROM fedora:40
        RUN dnf install -y httpd && dnf clean all
        ```

        ## Use instead
        ```dockerfile
        FROM fedora:40
        RUN dnf install -y httpd-2.4.62 && dnf clean all
        ```

        A name that merely contains a number part (`java-21-openjdk`) is taken for a pinned package, as hadolint
        does.
        """;

    public override void Check(RuleContext context) =>
        PackageRuleSupport.CheckRpmPins(context, ["dnf", "microdnf"], ["group"]);
}
