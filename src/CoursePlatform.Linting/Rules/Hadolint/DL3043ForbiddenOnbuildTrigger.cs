using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3043ForbiddenOnbuildTrigger : Rule
{
    public override string Code => "DL3043";

    public override string Title => "No ONBUILD, FROM or MAINTAINER inside ONBUILD";

    public override Severity DefaultSeverity => Severity.Error;

    public override string Message => "`ONBUILD`, `FROM` or `MAINTAINER` triggered from within `ONBUILD` instruction.";

    public override string Explanation => """
        ## What it does
        Flags `ONBUILD ONBUILD ...`, `ONBUILD FROM ...` and `ONBUILD MAINTAINER ...`. Every other trigger is
        fine.

        ## Why is this bad?
        Docker does not allow these triggers: the build of the image that inherits yours fails, long after
        this Dockerfile was written. BuildKit rejects them straight away.

        ## Example
        ```dockerfile
        FROM node:20-bookworm-slim
        ONBUILD FROM node:20-bookworm-slim
        ```

        ## Use instead
        ```dockerfile
        FROM node:20-bookworm-slim
        ONBUILD COPY package.json /app/
        ```
        """;

    public override IReadOnlyList<InstructionKind> RequiredKinds { get; } = [InstructionKind.Onbuild];

    public override void Check(RuleContext context)
    {
        foreach (var instruction in context.Instructions)
        {
            if (instruction is OnbuildInstruction { Trigger: OnbuildInstruction or FromInstruction or MaintainerInstruction })
            {
                context.Report(instruction);
            }
        }
    }
}
