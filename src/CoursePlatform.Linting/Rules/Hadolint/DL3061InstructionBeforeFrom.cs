using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3061InstructionBeforeFrom : Rule
{
    public override string Code => "DL3061";

    public override string Title => "Start with FROM or ARG";

    public override Severity DefaultSeverity => Severity.Error;

    public override string Message => "Invalid instruction order. Dockerfile must begin with `FROM`, `ARG` or comment.";

    public override string Explanation => """
        ## What it does
        Flags every instruction other than `ARG` that comes before the first `FROM`. Comments and parser
        directives are fine there.

        ## Why is this bad?
        Before the first `FROM` there is no image to change. Docker refuses such a file with "no build stage
        in current context".

        ## Example
        ```dockerfile
        LABEL org.opencontainers.image.authors="team@example.com"
        FROM alpine:3.20
        ```

        ## Use instead
        ```dockerfile
        ARG ALPINE_VERSION=3.20
        FROM alpine:${ALPINE_VERSION}
        LABEL org.opencontainers.image.authors="team@example.com"
        ```
        """;

    public override void Check(RuleContext context)
    {
        foreach (var instruction in context.Instructions)
        {
            if (instruction is FromInstruction)
            {
                return;
            }
            if (instruction is not (ArgInstruction or UnknownInstruction))
            {
                context.Report(instruction);
            }
        }
    }
}
