using CoursePlatform.Linting.Shell;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3046UseraddLongUid : Rule
{
    public override string Code => "DL3046";

    public override string Title => "Use `useradd -l` with a high UID";

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Message => "`useradd` without flag `-l` and high UID will result in excessively large Image.";

    public override bool ChecksOnbuild => true;

    public override string Explanation => """
        ## What it does
        Flags `useradd -u <uid>` with a UID longer than five characters when neither `-l` nor
        `--no-log-init` is given.

        ## Why is this bad?
        `useradd` reserves room for the new user in the sparse files `/var/log/faillog` and
        `/var/log/lastlog`, at an offset that grows with the UID. Layers do not keep files sparse, so a high
        UID can add gigabytes of zeros to the image. `-l` skips those log files.

        ## Example
        ```dockerfile
        FROM debian:bookworm
        RUN useradd -u 1234567 app
        ```

        ## Use instead
        ```dockerfile
        FROM debian:bookworm
        RUN useradd -l -u 1234567 app
        ```

        Only the value after a short `-u` is measured, as in hadolint: `--uid 1234567` is not reported.
        """;

    public override void Check(RuleContext context)
    {
        if (!context.UsesCommand("useradd"))
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
                if (command.Name == "useradd" && !command.HasFlag("l", "no-log-init") && command.HasFlag("u", "uid") && HasLongUid(command))
                {
                    ShellRuleSupport.Report(context, run, command);
                    break;
                }
            }
        }
    }

    private static bool HasLongUid(ShellCommandView command)
    {
        var arguments = command.Command.Arguments;
        for (var i = 0; i + 1 < arguments.Count; i++)
        {
            var value = arguments[i].Value;
            if (arguments[i].IsFlag && value[1] != '-' && value.Contains('u') && arguments[i + 1].Value.Length > 5)
            {
                return true;
            }
        }
        return false;
    }
}
