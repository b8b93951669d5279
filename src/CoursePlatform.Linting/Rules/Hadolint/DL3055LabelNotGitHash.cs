using CoursePlatform.Linting.Configuration;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3055LabelNotGitHash : Rule
{
    public override string Code => "DL3055";

    public override string Title => "Revision labels must be git hashes";

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Message => "Label `<label>` is not a valid git hash.";

    public override string Explanation => """
        ## What it does
        Only active with a label schema that gives a label the type `hash`, for example (the examples
        below assume it):

        ```yaml
        label-schema:
          org.opencontainers.image.revision: hash
        ```

        Flags a value of such a label that is not a git commit hash: exactly 7 or 40 lower-case
        hexadecimal characters.

        ## Why is this bad?
        The revision label ties an image to the exact commit it was built from. A branch name moves;
        only a hash identifies the source.

        ## Example
        ```dockerfile
        FROM alpine:3.20
        LABEL org.opencontainers.image.revision="main"
        ```

        ## Use instead
        ```dockerfile
        FROM alpine:3.20
        LABEL org.opencontainers.image.revision="3f1c2a9"
        ```
        """;

    public override bool AppliesTo(LintOptions options) => options.LabelSchema.Count > 0;

    public override void Check(RuleContext context) =>
        LabelSchemaSupport.CheckTypedLabels(context, LabelType.Hash, LabelSchemaSupport.IsGitHash, Format);

    private const string Format = "Label `{0}` is not a valid git hash.";
}
