using CoursePlatform.Linting.Shell;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3047WgetProgress : Rule
{
    public override string Code => "DL3047";

    public override string Title => "Quiet wget's progress bar";

    public override Severity DefaultSeverity => Severity.Info;

    // hadolint's text, including its missing space after the first sentence.
    public override string Message =>
        "Avoid use of wget without progress bar. Use `wget --progress=dot:giga <url>`.Or consider using `-q` or `-nv` (shorthands for `--quiet` or `--no-verbose`).";

    public override bool ChecksOnbuild => true;

    public override string Explanation => """
        ## What it does
        Flags `wget` without `--progress` and without any option that quiets or redirects its output:
        `-q`/`--quiet`, `-nv`/`--no-verbose`, `-o`/`--output-file`, `-a`/`--append-output`.

        ## Why is this bad?
        Without a terminal, wget's default progress display prints a line for every few kilobytes. Large
        downloads flood the build log with thousands of lines, which hides the output that matters and slows
        down CI log viewers.

        ## Example
        ```dockerfile
        FROM debian:bookworm
        RUN wget https://example.com/tool.tar.gz
        ```

        ## Use instead
        ```dockerfile
        FROM debian:bookworm
        RUN wget --progress=dot:giga https://example.com/tool.tar.gz
        ```

        `-O` (capital, the download's file name) does not quiet anything; `wget -qO- url` passes because of `q`.
        """;

    public override void Check(RuleContext context)
    {
        if (!context.UsesCommand("wget"))
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
                if (command.Name == "wget" && command.NameWord is { } name &&
                    !command.HasFlag("progress", "q", "quiet", "o", "output-file", "a", "append-output", "no-verbose") &&
                    !command.HasArgument("-nv"))
                {
                    ShellRuleSupport.Report(context, run, name);
                    break;
                }
            }
        }
    }
}
