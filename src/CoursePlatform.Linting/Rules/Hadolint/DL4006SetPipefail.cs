using CoursePlatform.Linting.Shell;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL4006SetPipefail : Rule
{
    public override string Code => "DL4006";

    public override string Title => "Set pipefail before a RUN with a pipe";

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Message =>
        "Set the SHELL option -o pipefail before RUN with a pipe in it. If you are using /bin/sh in an alpine image or if your shell is symlinked to busybox then consider explicitly setting your SHELL to /bin/ash, or disable this check";

    public override string Explanation => """
        ## What it does
        Flags a `RUN` whose script contains a pipe (`|`, not `||` and not inside quotes) when the stage's last
        `SHELL` does not run `bash`, `zsh` or `ash` with `-o pipefail`.

        ## Why is this bad?
        A pipeline's exit status is the status of its last command. In `RUN wget -O - url | tar -x`, a failed
        download is hidden as long as `tar` succeeds, and the build goes on with a broken image.
        `pipefail` makes the pipeline fail when any part fails.

        ## Example
        ```dockerfile
        FROM debian:bookworm
        RUN wget -O - https://example.com/install.sh | bash
        ```

        ## Use instead
        ```dockerfile
        FROM debian:bookworm
        SHELL ["/bin/bash", "-o", "pipefail", "-c"]
        RUN wget -O - https://example.com/install.sh | bash
        ```

        `sh` does not count even with `-o pipefail`, and `set -o pipefail` inside the `RUN` does not count
        either (as in hadolint). A `SHELL` starting with `pwsh`, `powershell` or `cmd` turns the check off for
        the stage. Every `FROM` starts over, even `FROM <stage>`.
        """;

    public override void Check(RuleContext context)
    {
        var safe = false;
        foreach (var instruction in context.Instructions)
        {
            switch (instruction)
            {
                case FromInstruction:
                    safe = false;
                    break;
                case ShellInstruction shell:
                    safe = IsSafe(shell);
                    break;
                case RunInstruction run when !safe && run.Script.HasPipe:
                    context.Report(run);
                    break;
            }
        }
    }

    private static bool IsSafe(ShellInstruction shell)
    {
        var text = string.Join(' ', shell.ShellArguments.Select(a => a.Value));
        if (text.StartsWith("pwsh", StringComparison.Ordinal) || text.StartsWith("powershell", StringComparison.Ordinal) ||
            text.StartsWith("cmd", StringComparison.Ordinal))
        {
            return true;
        }
        var script = ShellParser.Parse(text, static (_, _) => SourceSpan.Empty);
        foreach (var command in script.Commands)
        {
            if (ShellRuleSupport.Basename(command.Name) is "bash" or "zsh" or "ash" && command.HasFlag("o") && command.HasArgument("pipefail"))
            {
                return true;
            }
        }
        return false;
    }
}
