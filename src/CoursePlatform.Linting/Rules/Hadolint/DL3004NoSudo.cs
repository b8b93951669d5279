using CoursePlatform.Linting.Shell;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3004NoSudo : Rule
{
    public override string Code => "DL3004";

    public override string Title => "Do not use sudo";

    public override Severity DefaultSeverity => Severity.Error;

    public override string Message => "Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce root";

    public override bool ChecksOnbuild => true;

    public override string Explanation => """
        ## What it does
        Flags a `RUN` that calls `sudo`, anywhere in its script.

        ## Why is this bad?
        `sudo` is built for interactive logins: it reads configuration files, may ask for a password, and
        behaves differently with and without a TTY. In a build it either does nothing (the step already runs
        as root) or fails in surprising ways. Switch users with `USER`, or with `gosu`/`su-exec` at run time.

        ## Example
        ```dockerfile
        FROM debian:bookworm
        USER app
        RUN sudo apt-get update
        ```

        ## Use instead
        ```dockerfile
        FROM debian:bookworm
        RUN apt-get update
        USER app
        ```

        Installing the package (`apt-get install -y sudo`) is not reported: only `sudo` as a command counts,
        and only by its literal name (`/usr/bin/sudo` is not matched, as in hadolint).
        """;

    public override void Check(RuleContext context) => ShellRuleSupport.ReportCommandUse(context, "sudo");
}
