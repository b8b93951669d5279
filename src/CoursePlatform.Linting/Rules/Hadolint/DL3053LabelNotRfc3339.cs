using CoursePlatform.Linting.Configuration;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3053LabelNotRfc3339 : Rule
{
    public override string Code => "DL3053";

    public override string Title => "Time labels must be RFC 3339";

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Message => "Label `<label>` is not a valid time format - must be conform to RFC3339.";

    public override string Explanation => """
        ## What it does
        Only active with a label schema that gives a label the type `rfc3339`, for example (the examples
        below assume it):

        ```yaml
        label-schema:
          org.opencontainers.image.created: rfc3339
        ```

        Flags a value of such a label that is not an RFC 3339 date-time: `YYYY-MM-DDThh:mm:ss`, an
        optional fraction of a second, and `Z` or an offset like `+02:00` (a lower-case `t` or `z`
        is accepted, a space instead of `T` is not).

        ## Why is this bad?
        Build dates are compared and sorted by machines. A local, ambiguous format cannot be parsed
        reliably and loses the time zone.

        ## Example
        ```dockerfile
        FROM alpine:3.20
        LABEL org.opencontainers.image.created="2024-05-01 12:30"
        ```

        ## Use instead
        ```dockerfile
        FROM alpine:3.20
        LABEL org.opencontainers.image.created="2024-05-01T12:30:00Z"
        ```
        """;

    public override bool AppliesTo(LintOptions options) => options.LabelSchema.Count > 0;

    public override void Check(RuleContext context) =>
        LabelSchemaSupport.CheckTypedLabels(context, LabelType.Rfc3339, LabelSchemaSupport.IsRfc3339, Format);

    private const string Format = "Label `{0}` is not a valid time format - must be conform to RFC3339.";
}
