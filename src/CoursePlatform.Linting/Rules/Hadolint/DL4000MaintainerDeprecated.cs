using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL4000MaintainerDeprecated : Rule
{
    public override string Code => "DL4000";

    public override string? Alias => "MaintainerDeprecated";

    /// <summary>BuildKit checks this defect per instruction, so a <c># check=skip=</c> comment above it applies.</summary>
    public override bool HonoursInstructionCheckComments => true;

    public override string Title => "MAINTAINER is deprecated";

    public override Severity DefaultSeverity => Severity.Error;

    public override string Message => "MAINTAINER is deprecated";

    public override string Explanation => """
        ## What it does
        Flags every `MAINTAINER` instruction, wherever it stands.

        ## Why is this bad?
        `MAINTAINER` was deprecated in Docker 1.13. It writes a field that no tool reads any more; labels are
        the supported way to record who owns an image.

        ## Example
        ```dockerfile
        FROM alpine:3.20
        MAINTAINER Jane Doe <jane@example.com>
        ```

        ## Use instead
        ```dockerfile
        FROM alpine:3.20
        LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"
        ```

        This rule also carries BuildKit's `MaintainerDeprecated` name; the two tools agree on it. A
        `MAINTAINER` wrapped in `ONBUILD` is reported by DL3043 instead.
        """;

    public override IReadOnlyList<InstructionKind> RequiredKinds { get; } = [InstructionKind.Maintainer];

    public override void Check(RuleContext context)
    {
        foreach (var instruction in context.Instructions)
        {
            if (instruction is MaintainerInstruction)
            {
                context.Report(instruction);
            }
        }
    }
}
