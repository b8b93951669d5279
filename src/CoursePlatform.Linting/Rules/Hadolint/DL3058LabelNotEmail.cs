using CoursePlatform.Linting.Configuration;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3058LabelNotEmail : Rule
{
    public override string Code => "DL3058";

    public override string Title => "Email labels must hold an email address";

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Message => "Label `<label>` is not a valid email format - must be conform to RFC5322.";

    public override string Explanation => """
        ## What it does
        Only active with a label schema that gives a label the type `email`, for example (the examples
        below assume it):

        ```yaml
        label-schema:
          org.opencontainers.image.authors: email
        ```

        Flags a value of such a label that is not an RFC 5322 address (`local@domain`): a dot-atom
        or quoted local part, `@`, and a dot-atom or `[literal]` domain.

        ## Why is this bad?
        An owner label is there so that someone can be contacted. A name without an address leaves
        nobody to write to.

        ## Example
        ```dockerfile
        FROM alpine:3.20
        LABEL org.opencontainers.image.authors="Platform Team"
        ```

        ## Use instead
        ```dockerfile
        FROM alpine:3.20
        LABEL org.opencontainers.image.authors="platform@example.com"
        ```
        """;

    public override bool AppliesTo(LintOptions options) => options.LabelSchema.Count > 0;

    public override void Check(RuleContext context) =>
        LabelSchemaSupport.CheckTypedLabels(context, LabelType.Email, LabelSchemaSupport.IsEmail, Format);

    private const string Format = "Label `{0}` is not a valid email format - must be conform to RFC5322.";
}
