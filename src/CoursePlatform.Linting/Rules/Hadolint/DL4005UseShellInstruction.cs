using CoursePlatform.Linting.Shell;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL4005UseShellInstruction : Rule
{
    public override string Code => "DL4005";

    public override string Title => "Use SHELL to change the default shell";

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Message => "Use SHELL to change the default shell";

    public override bool ChecksOnbuild => true;

    public override string Explanation => """
        ## What it does
        Flags an `ln` command that has `/bin/sh` among its arguments, i.e. one that replaces the shell the
        builder runs `RUN` with.

        ## Why is this bad?
        Relinking `/bin/sh` changes the shell for every later instruction and for every program in the image
        that calls `/bin/sh`, behind the reader's back. The `SHELL` instruction changes the shell of the
        Dockerfile's own instructions, visibly, and leaves the image alone.

        ## Example
        ```dockerfile
        FROM debian:bookworm
        RUN ln -sf /bin/bash /bin/sh
        ```

        ## Use instead
        ```dockerfile
        FROM debian:bookworm
        SHELL ["/bin/bash", "-c"]
        ```

        Other links are fine (`ln -sf /bin/true /sbin/initctl`), and `/bin/sh` as an argument of any other
        command is not reported.
        """;

    public override void Check(RuleContext context)
    {
        if (!context.UsesCommand("ln"))
        {
            return;
        }
        foreach (var instruction in context.InstructionsOf(InstructionKind.Run))
        {
            if (instruction is not RunInstruction run)
            {
                continue;
            }
            foreach (var command in run.Script.CommandViews)
            {
                if (command.Is("ln", "/bin/sh"))
                {
                    ShellRuleSupport.Report(context, run, command);
                    break;
                }
            }
        }
    }
}
