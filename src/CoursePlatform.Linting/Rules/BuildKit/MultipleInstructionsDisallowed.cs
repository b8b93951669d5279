using CoursePlatform.Linting.Semantics;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.BuildKit;

public sealed class MultipleInstructionsDisallowed : Rule
{
    public override string Code => "MultipleInstructionsDisallowed";

    public override string Title => "Multiple instructions of the same type should not be used in the same stage";

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Message => "Multiple instructions should not be used in the same stage because only the last one will be used";

    public override string Explanation => """
        ## What it does
        Flags a `CMD`, `ENTRYPOINT` or `HEALTHCHECK` that a later instruction of the same kind in the same stage
        overrides. The finding is on the earlier, overridden instruction.

        Stages are judged on their own: a stage built `FROM` another may set its own `CMD` without a finding.

        ## Why is this bad?
        Only the last one takes effect; the earlier ones are dead code that misleads whoever reads the file.

        ## Example
        ```dockerfile
        FROM alpine:3.20
        CMD ["echo", "first"]
        CMD ["echo", "second"]
        ```

        ## Use instead
        ```dockerfile
        FROM alpine:3.20
        CMD ["echo", "second"]
        ```
        """;

    public override IReadOnlyList<InstructionKind> RequiredKinds { get; } = [InstructionKind.Cmd, InstructionKind.Entrypoint, InstructionKind.Healthcheck];

    public override void Check(RuleContext context)
    {
        // A stage runs from its FROM to the next: read straight from the document (no stage graph).
        var instructions = StageGraph.Dispatched(context.Document);
        for (var i = 0; i < instructions.Length; i++)
        {
            var kind = instructions[i].Kind;
            if (kind is not (InstructionKind.Cmd or InstructionKind.Entrypoint or InstructionKind.Healthcheck))
            {
                continue;
            }
            for (var j = i + 1; j < instructions.Length && instructions[j] is not FromInstruction; j++)
            {
                if (instructions[j].Kind == kind)
                {
                    var name = kind switch
                    {
                        InstructionKind.Cmd => "CMD",
                        InstructionKind.Entrypoint => "ENTRYPOINT",
                        _ => "HEALTHCHECK",
                    };
                    context.Report(instructions[i], $"Multiple {name} instructions should not be used in the same stage because only the last one will be used");
                    break;
                }
            }
        }
    }
}
