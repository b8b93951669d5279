using CoursePlatform.Linting.Shell;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3027NoApt : Rule
{
    public override string Code => "DL3027";

    public override string Title => "Use apt-get or apt-cache instead of apt";

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Message => "Do not use apt as it is meant to be a end-user tool, use apt-get or apt-cache instead";

    public override bool ChecksOnbuild => true;

    public override string Explanation => """
        ## What it does
        Flags a `RUN` that calls `apt`, anywhere in its script.

        ## Why is this bad?
        `apt` is the interactive front end: its output and behaviour are not a stable interface and it warns
        when used in scripts. `apt-get` and `apt-cache` are the tools meant for automation.

        ## Example
        ```dockerfile
        FROM debian:bookworm
        RUN apt update && apt install -y curl
        ```

        ## Use instead
        ```dockerfile
        FROM debian:bookworm
        RUN apt-get update && apt-get install -y curl
        ```
        """;

    public override void Check(RuleContext context) => ShellRuleSupport.ReportCommandUse(context, "apt");
}
