using CoursePlatform.Linting.Configuration;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3049MissingLabel : Rule
{
    public override string Code => "DL3049";

    public override string Title => "Set every required label";

    public override Severity DefaultSeverity => Severity.Info;

    public override string Message => "Label `<label>` is missing.";

    public override string Explanation => """
        ## What it does
        Only active with a label schema, for example (the examples below assume it):

        ```yaml
        label-schema:
          org.opencontainers.image.source: url
        ```

        For every label in the schema, each stage that does not set it is reported on its `FROM`. A stage
        has the label when it sets it itself, or when it builds on a stage (`FROM <stage>`) that already
        had it. A stage that a later `COPY --from=<stage>` copies from is a build-only stage and is not
        reported.

        ## Why is this bad?
        Required labels are how registries, scanners and people find out where an image comes from and who
        owns it. An image without them is anonymous.

        ## Example
        ```dockerfile
        FROM alpine:3.20
        CMD ["sh"]
        ```

        ## Use instead
        ```dockerfile
        FROM alpine:3.20
        LABEL org.opencontainers.image.source="https://github.com/example/app"
        CMD ["sh"]
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
        foreach (var label in schema.Keys)
        {
            CheckLabel(context, label);
        }
    }

    private enum Status { Bad, Silent, Good }

    private sealed class StageState(FromInstruction from)
    {
        public FromInstruction From { get; } = from;
        public string? Alias { get; } = InstructionRuleSupport.AliasOf(from);
        public string Name => Alias ?? From.Image?.Text ?? "";
        public Status Status { get; set; }
    }

    private void CheckLabel(RuleContext context, string label)
    {
        var stages = new List<StageState>();
        StageState? current = null;
        foreach (var instruction in context.Instructions)
        {
            switch (instruction)
            {
                case FromInstruction from:
                    current = new StageState(from);
                    var image = from.Image?.Text;
                    current.Status = image is not null && stages.Exists(s => s.Status == Status.Good && s.Alias == image)
                        ? Status.Good
                        : Status.Bad;
                    stages.Add(current);
                    break;
                case CopyInstruction { From.Value: { } source } when current is not null:
                    Silence(stages, source.Value);
                    break;
                case LabelInstruction labels when current is not null && Sets(labels, label):
                    Silence(stages, current.Name);
                    current.Status = Status.Good;
                    break;
            }
        }
        var message = $"Label `{label}` is missing.";
        foreach (var stage in stages)
        {
            if (stage.Status == Status.Bad)
            {
                InstructionRuleSupport.ReportOnImage(context, stage.From, message);
            }
        }
    }

    private static void Silence(List<StageState> stages, string alias)
    {
        foreach (var stage in stages)
        {
            if (stage.Status == Status.Bad && stage.Alias == alias)
            {
                stage.Status = Status.Silent;
            }
        }
    }

    private static bool Sets(LabelInstruction instruction, string label)
    {
        foreach (var pair in instruction.Pairs)
        {
            if (pair.Name == label)
            {
                return true;
            }
        }
        return false;
    }
}
