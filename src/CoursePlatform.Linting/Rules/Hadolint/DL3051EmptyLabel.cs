using CoursePlatform.Linting.Configuration;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3051EmptyLabel : Rule
{
    public override string Code => "DL3051";

    public override string Title => "Required labels must not be empty";

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Message => "label `<label>` is empty.";

    public override string Explanation => """
        ## What it does
        Only active with a label schema, for example (the examples below assume it):

        ```yaml
        label-schema:
          org.opencontainers.image.version: semver
        ```

        Flags a label of the schema that is set to an empty value. Labels outside the schema are ignored.

        ## Why is this bad?
        An empty required label satisfies the letter of the schema and none of its purpose: tooling still
        has no version, source or owner to show.

        ## Example
        ```dockerfile
        FROM alpine:3.20
        LABEL org.opencontainers.image.version=""
        ```

        ## Use instead
        ```dockerfile
        FROM alpine:3.20
        LABEL org.opencontainers.image.version="1.4.2"
        ```
        """;

    public override bool AppliesTo(LintOptions options) => options.LabelSchema.Count > 0;

    public override void Check(RuleContext context)
    {
        var schema = context.Options.LabelSchema;
        if (schema.Count == 0)
        {
            return;
        }
        foreach (var instruction in context.InstructionsOf(InstructionKind.Label))
        {
            if (instruction is not LabelInstruction label)
            {
                continue;
            }
            foreach (var pair in label.Pairs)
            {
                if (pair.ValueText.Length == 0 && schema.ContainsKey(pair.Name))
                {
                    context.Report(label, pair.Key, $"label `{pair.Name}` is empty.");
                }
            }
        }
    }
}
