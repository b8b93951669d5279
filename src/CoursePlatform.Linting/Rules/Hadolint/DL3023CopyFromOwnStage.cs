using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3023CopyFromOwnStage : Rule
{
    public override string Code => "DL3023";

    public override string Title => "COPY --from cannot name its own stage";

    public override Severity DefaultSeverity => Severity.Error;

    public override string Message => "`COPY --from` cannot reference its own `FROM` alias";

    public override string Explanation => """
        ## What it does
        Flags `COPY --from=<x>` when `<x>` is the name of the stage the `COPY` is in.

        ## Why is this bad?
        A stage cannot read its own result while it is still being built. The build fails with a circular
        dependency.

        ## Example
        ```dockerfile
        FROM golang:1.22 AS build
        COPY --from=build /src/go.mod /tmp/go.mod
        ```

        ## Use instead
        ```dockerfile
        FROM golang:1.22 AS build
        COPY go.mod /tmp/go.mod
        ```

        The comparison is case-sensitive, as hadolint's: `--from=Build` in stage `build` is not reported,
        although BuildKit treats stage names case-insensitively.
        """;

    public override IReadOnlyList<InstructionKind> RequiredKinds { get; } = [InstructionKind.Copy];

    public override void Check(RuleContext context)
    {
        // Most COPYs have no --from: then none can name its own stage, and the instructions are not walked.
        if (!InstructionRuleSupport.AnyCopyFrom(context))
        {
            return;
        }
        string? currentAlias = null;
        foreach (var instruction in context.Instructions)
        {
            if (instruction is FromInstruction from)
            {
                currentAlias = InstructionRuleSupport.AliasOf(from);
            }
            else if (currentAlias is not null
                && instruction is CopyInstruction { From: { Value: { } value } flag } copy
                && value.Value == currentAlias)
            {
                context.Report(copy, flag);
            }
        }
    }
}
