using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3063ReservedStageName : Rule
{
    public override string Code => "DL3063";

    public override string? Alias => "ReservedStageName";

    public override string Title => "Do not name a stage scratch or context";

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Message => "stage name should not be a reserved word";

    public override string Explanation => """
        ## What it does
        Flags a stage named `scratch` or `context` (in any letter case).

        ## Why is this bad?
        `scratch` is the built-in empty image and `context` refers to the build context. A stage with one of
        these names makes `FROM scratch` or `COPY --from=context` mean something else than every reader
        expects.

        ## Example
        ```dockerfile
        FROM alpine:3.20 AS scratch
        ```

        ## Use instead
        ```dockerfile
        FROM alpine:3.20 AS base
        ```

        **Differences from hadolint/BuildKit.** This rule also carries BuildKit's `ReservedStageName` name and
        lower-cases the stage name first, as BuildKit does; hadolint compares exactly and so does not report
        `AS Scratch`.
        """;

    public override void Check(RuleContext context)
    {
        foreach (var instruction in context.InstructionsOf(InstructionKind.From))
        {
            if (instruction is FromInstruction { StageName: { } name } from
                && (name.Text.Equals("scratch", StringComparison.OrdinalIgnoreCase)
                    || name.Text.Equals("context", StringComparison.OrdinalIgnoreCase)))
            {
                context.Report(from, name);
            }
        }
    }
}
