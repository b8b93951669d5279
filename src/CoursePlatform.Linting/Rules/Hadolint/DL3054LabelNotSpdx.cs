using CoursePlatform.Linting.Configuration;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3054LabelNotSpdx : Rule
{
    public override string Code => "DL3054";

    public override string Title => "License labels must be SPDX ids";

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Message => "Label `<label>` is not a valid SPDX identifier.";

    public override string Explanation => """
        ## What it does
        Only active with a label schema that gives a label the type `spdx`, for example (the examples
        below assume it):

        ```yaml
        label-schema:
          org.opencontainers.image.licenses: spdx
        ```

        Flags a value of such a label that is not a single SPDX license id, compared
        case-sensitively (`MIT`, `Apache-2.0`, `GPL-3.0-or-later`). This engine knows a compact list
        of about 120 common ids rather than the whole SPDX list, so a rare but valid id is reported
        too; license expressions (`MIT OR Apache-2.0`) are not accepted.

        ## Why is this bad?
        License scanners match SPDX ids exactly. Free text needs a human to interpret it, and
        compliance checks skip the image.

        ## Example
        ```dockerfile
        FROM alpine:3.20
        LABEL org.opencontainers.image.licenses="Apache License 2.0"
        ```

        ## Use instead
        ```dockerfile
        FROM alpine:3.20
        LABEL org.opencontainers.image.licenses="Apache-2.0"
        ```
        """;

    public override bool AppliesTo(LintOptions options) => options.LabelSchema.Count > 0;

    public override void Check(RuleContext context) =>
        LabelSchemaSupport.CheckTypedLabels(context, LabelType.Spdx, LabelSchemaSupport.IsSpdx, Format);

    private const string Format = "Label `{0}` is not a valid SPDX identifier.";
}
