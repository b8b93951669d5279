using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL4004MultipleEntrypoint : Rule
{
    public override string Code => "DL4004";

    public override string Title => "One ENTRYPOINT per stage";

    public override Severity DefaultSeverity => Severity.Error;

    public override string Message =>
        "Multiple `ENTRYPOINT` instructions found. If you list more than one `ENTRYPOINT` then only the last `ENTRYPOINT` will take effect";

    public override string Explanation => """
        ## What it does
        Flags the second and every later `ENTRYPOINT` in the same stage. Each `FROM` starts the count again.

        ## Why is this bad?
        Only the last `ENTRYPOINT` of a stage takes effect. The earlier ones are dead code, and a reader who
        stops at the first one is misled about what the container runs.

        ## Example
        ```dockerfile
        FROM nginx:1.27-alpine
        ENTRYPOINT ["/docker-entrypoint.sh"]
        ENTRYPOINT ["/usr/local/bin/start.sh"]
        ```

        ## Use instead
        ```dockerfile
        FROM nginx:1.27-alpine
        ENTRYPOINT ["/usr/local/bin/start.sh"]
        ```

        BuildKit reports the same defect as `MultipleInstructionsDisallowed`, but on the earlier, overridden
        instruction; this rule points at the later ones, as hadolint does.
        """;

    public override IReadOnlyList<InstructionKind> RequiredKinds { get; } = [InstructionKind.Entrypoint];

    public override void Check(RuleContext context)
        => InstructionRuleSupport.ReportRepeatsPerStage(context, InstructionKind.Entrypoint);
}
