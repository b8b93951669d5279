namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3033PinYumVersions : Rule
{
    public override string Code => "DL3033";

    public override string Title => "Pin versions in `yum install`";

    public override Severity DefaultSeverity => Severity.Warning;

    public override bool ChecksOnbuild => true;

    public override string Message => "Specify version with `yum install -y <package>-<version>`.";

    public override string Explanation => """
        ## What it does
        Flags a `yum install` package without a version, and a `yum module install` stream without `:stream`.
        A package is pinned when it reads `name-version` (some dash-separated part after the name starts with a
        digit: `httpd-2.4.6`, `openssl-1:1.1.1k`), is a `.rpm` file, or uses a variable defined by an `ARG`
        anywhere above or by an `ENV` of this stage (or of the stage it is built `FROM`).

        ## Why is this bad?
        Without a version yum installs the newest package in the repositories, so rebuilding the same Dockerfile
        can silently change what is inside the image.

        ## Example
        ```dockerfile
        FROM centos:7
        RUN yum install -y httpd && yum clean all
        ```

        ## Use instead
        ```dockerfile
        FROM centos:7
        RUN yum install -y httpd-2.4.6 && yum clean all
        ```

        A name that merely contains a number part (`java-11-openjdk`) is taken for a pinned package, as hadolint
        does. An `ENV` set in an unrelated earlier stage does not count: stages do not share their environment.
        """;

    public override void Check(RuleContext context) => PackageRuleSupport.CheckRpmPins(context, ["yum"], []);
}
