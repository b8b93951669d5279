using CoursePlatform.Linting.Semantics;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.BuildKit;

public sealed class LegacyKeyValueFormat : Rule
{
    public override string Code => "LegacyKeyValueFormat";

    public override string Title => "Legacy key/value format with whitespace separator should not be used";

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Message => "\"ENV key=value\" should be used instead of legacy \"ENV key value\" format";

    public override string Explanation => """
        ## What it does
        Flags `ENV` and `LABEL` written in the legacy form `ENV KEY value`, where the first word has no `=`.

        `ARG a b` is not the legacy form: it declares two build arguments.

        ## Why is this bad?
        In the legacy form everything after the key is one value, spaces and `=` included, so `ENV A 1 B=2` sets
        `A` to `1 B=2`. The form is deprecated; `KEY=value` is unambiguous and can set several keys at once.

        ## Example
        ```dockerfile
        FROM alpine:3.20
        ENV APP_HOME /srv/app
        ```

        ## Use instead
        ```dockerfile
        FROM alpine:3.20
        ENV APP_HOME=/srv/app
        ```
        """;

    public override IReadOnlyList<InstructionKind> RequiredKinds { get; } = [InstructionKind.Env, InstructionKind.Label];

    // The two messages there are, made once rather than per finding.
    private static readonly string EnvMessage = MessageFor("ENV");
    private static readonly string LabelMessage = MessageFor("LABEL");

    private static string MessageFor(string name) => $"\"{name} key=value\" should be used instead of legacy \"{name} key value\" format";

    public override void Check(RuleContext context)
    {
        // The stages' instructions, read straight from the document (no stage graph); FROMs are never ENV or LABEL.
        foreach (var instruction in StageGraph.Dispatched(context.Document))
        {
            // Sealed types first: a test against the abstract base goes through a runtime helper.
            if (instruction is EnvInstruction or LabelInstruction && instruction is KeyValueInstruction { IsLegacyForm: true } keyValue)
            {
                var message = instruction.Kind == InstructionKind.Env ? EnvMessage : LabelMessage;
                if (keyValue.Pairs.Count > 0)
                {
                    context.Report(keyValue.Pairs[0].Span, message, instruction);
                }
                else
                {
                    context.Report(instruction, message);
                }
            }
        }
    }
}
