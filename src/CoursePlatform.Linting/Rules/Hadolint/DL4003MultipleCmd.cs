using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL4003MultipleCmd : Rule
{
    public override string Code => "DL4003";

    public override string Title => "One CMD per stage";

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Message =>
        "Multiple `CMD` instructions found. If you list more than one `CMD` then only the last `CMD` will take effect";

    public override string Explanation => """
        ## What it does
        Flags the second and every later `CMD` in the same stage. Each `FROM` starts the count again.

        ## Why is this bad?
        Only the last `CMD` of a stage takes effect. The earlier ones are dead code, and a reader who
        stops at the first one is misled about what the container runs.

        ## Example
        ```dockerfile
        FROM nginx:1.27-alpine
        CMD ["nginx"]
        CMD ["nginx", "-g", "daemon off;"]
        ```

        ## Use instead
        ```dockerfile
        FROM nginx:1.27-alpine
        CMD ["nginx", "-g", "daemon off;"]
        ```

        BuildKit reports the same defect as `MultipleInstructionsDisallowed`, but on the earlier, overridden
        instruction; this rule points at the later ones, as hadolint does.
        """;

    public override IReadOnlyList<InstructionKind> RequiredKinds { get; } = [InstructionKind.Cmd];

    public override void Check(RuleContext context)
        => InstructionRuleSupport.ReportRepeatsPerStage(context, InstructionKind.Cmd);
}
