using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3012MultipleHealthchecks : Rule
{
    public override string Code => "DL3012";

    public override string Title => "One HEALTHCHECK per stage";

    public override Severity DefaultSeverity => Severity.Error;

    public override string Message => "Multiple `HEALTHCHECK` instructions.";

    public override string Explanation => """
        ## What it does
        Flags the second and every later `HEALTHCHECK` in the same stage. `HEALTHCHECK NONE` counts too.
        Each `FROM` starts the count again.

        ## Why is this bad?
        Only the last `HEALTHCHECK` of a stage takes effect; the earlier ones are dead code that misleads
        whoever reads the file.

        ## Example
        ```dockerfile
        FROM nginx:1.27-alpine
        HEALTHCHECK CMD wget -qO- http://localhost/ || exit 1
        HEALTHCHECK CMD wget -qO- http://localhost/health || exit 1
        ```

        ## Use instead
        ```dockerfile
        FROM nginx:1.27-alpine
        HEALTHCHECK CMD wget -qO- http://localhost/health || exit 1
        ```
        """;

    public override IReadOnlyList<InstructionKind> RequiredKinds { get; } = [InstructionKind.Healthcheck];

    public override void Check(RuleContext context)
        => InstructionRuleSupport.ReportRepeatsPerStage(context, InstructionKind.Healthcheck);
}
