using CoursePlatform.Linting.Shell;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3001PointlessCommands : Rule
{
    public override string Code => "DL3001";

    public override string Title => "Avoid commands that make no sense in a container";

    public override Severity DefaultSeverity => Severity.Info;

    public override string Message =>
        "For some bash commands it makes no sense running them in a Docker container like `ssh`, `vim`, `shutdown`, `service`, `ps`, `free`, `top`, `kill`, `mount`, `ifconfig`";

    public override bool ChecksOnbuild => true;

    public override string Explanation => """
        ## What it does
        Flags a `RUN` that calls `free`, `kill`, `mount`, `ps`, `service`, `shutdown`, `ssh`, `top` or `vim`
        anywhere in its script (also inside chains, subshells, loops and `$(...)`).

        ## Why is this bad?
        A build step runs once, without a terminal and without an init system. Interactive tools, service
        managers and process inspection do nothing useful there, and usually mean the Dockerfile is being
        written like a provisioning script for a virtual machine.

        ## Example
        ```dockerfile
        FROM debian:bookworm
        RUN service nginx start
        ```

        ## Use instead
        ```dockerfile
        FROM debian:bookworm
        CMD ["nginx", "-g", "daemon off;"]
        ```

        Only the command name counts: `apt-get install -y openssh-client` passes. The message names `ifconfig`
        as hadolint's does, but, as in hadolint, `ifconfig` is not checked.
        """;

    public override void Check(RuleContext context) =>
        ShellRuleSupport.ReportCommandUse(context, "free", "kill", "mount", "ps", "service", "shutdown", "ssh", "top", "vim");
}
