using CoursePlatform.Linting.Configuration;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3050SuperfluousLabel : Rule
{
    public override string Code => "DL3050";

    public override string Title => "Use only the labels of the schema";

    public override Severity DefaultSeverity => Severity.Info;

    public override string Message => "Superfluous label(s) present.";

    public override string Explanation => """
        ## What it does
        Only active with strict labels, for example (the examples below assume this configuration):

        ```yaml
        strict-labels: true
        label-schema:
          org.opencontainers.image.source: url
        ```

        Then a `LABEL` with any key that is not in the label schema is reported, once per instruction, on
        the first such key. With strict labels and an empty schema every `LABEL` is reported.

        ## Why is this bad?
        A fixed label vocabulary keeps images searchable and consistent across teams; ad-hoc keys drift
        (`maintainer`, `Maintainer`, `org.example.owner`) until nobody can query them.

        ## Example
        ```dockerfile
        FROM alpine:3.20
        LABEL maintainer="team@example.com"
        ```

        ## Use instead
        ```dockerfile
        FROM alpine:3.20
        LABEL org.opencontainers.image.source="https://github.com/example/app"
        ```
        """;

    public override bool AppliesTo(LintOptions options) => options.StrictLabels;

    public override void Check(RuleContext context)
    {
        if (!context.Options.StrictLabels)
        {
            return;
        }
        var schema = context.Options.LabelSchema;
        foreach (var instruction in context.InstructionsOf(InstructionKind.Label))
        {
            if (instruction is not LabelInstruction label)
            {
                continue;
            }
            foreach (var pair in label.Pairs)
            {
                if (!schema.ContainsKey(pair.Name))
                {
                    context.Report(label, pair.Key);
                    break;
                }
            }
        }
    }
}
