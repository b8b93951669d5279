using CoursePlatform.Linting.Shell;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3014AptGetAssumeYes : Rule
{
    public override string Code => "DL3014";

    public override string Title => "Use `-y` with `apt-get install`";

    public override Severity DefaultSeverity => Severity.Warning;

    public override bool ChecksOnbuild => true;

    public override string Message => "Use the `-y` switch to avoid manual input `apt-get -y install <package>`";

    public override string Explanation => """
        ## What it does
        Flags an `apt-get install` without an assume-yes option: `-y`, `--yes`, `--assume-yes`, or a quiet level of
        two (`-qq`, `-q -q`, `--quiet --quiet`, `-q=2`), which implies it.

        ## Why is this bad?
        A build has no terminal to answer apt's "Do you want to continue?" prompt. Without `-y` apt aborts as soon
        as it would ask, so the build fails, or works only while nothing extra happens to be needed.

        ## Example
        ```dockerfile
        FROM debian:bookworm
        RUN apt-get install --no-install-recommends curl=7.88.1-10+deb12u8
        ```

        ## Use instead
        ```dockerfile
        FROM debian:bookworm
        RUN apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8
        ```

        `DEBIAN_FRONTEND=noninteractive` silences configuration dialogs but does not answer the prompt, so it does
        not count. A single `-q` does not either.
        """;

    public override void Check(RuleContext context)
    {
        if (context.UsesCommand("apt-get"))
        {
            PackageRuleSupport.ReportFirstCommand(context, "apt-get", static (_, command) => command.Is("apt-get", "install") && !AssumesYes(command));
        }
    }

    private static bool AssumesYes(ShellCommandView command)
    {
        if (command.HasFlag("y", "yes", "assume-yes", "qq") || command.HasArgument("-q=2"))
        {
            return true;
        }
        return command.CountFlags("q", "quiet") >= 2;
    }
}
