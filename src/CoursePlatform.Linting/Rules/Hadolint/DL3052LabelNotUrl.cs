using CoursePlatform.Linting.Configuration;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3052LabelNotUrl : Rule
{
    public override string Code => "DL3052";

    public override string Title => "URL labels must hold a URL";

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Message => "Label `<label>` is not a valid URL.";

    public override string Explanation => """
        ## What it does
        Only active with a label schema that gives a label the type `url`, for example (the examples
        below assume it):

        ```yaml
        label-schema:
          org.opencontainers.image.source: url
        ```

        Flags a value of such a label that is not an absolute URI (RFC 3986): it needs a scheme such
        as `https:` and may contain only URI characters, with `%` escapes for the rest.

        ## Why is this bad?
        Tools turn URL labels into links. A value without a scheme, or with spaces, leads nowhere.

        ## Example
        ```dockerfile
        FROM alpine:3.20
        LABEL org.opencontainers.image.source="github.com/example/app"
        ```

        ## Use instead
        ```dockerfile
        FROM alpine:3.20
        LABEL org.opencontainers.image.source="https://github.com/example/app"
        ```
        """;

    public override bool AppliesTo(LintOptions options) => options.LabelSchema.Count > 0;

    public override void Check(RuleContext context) =>
        LabelSchemaSupport.CheckTypedLabels(context, LabelType.Url, LabelSchemaSupport.IsUrl, Format);

    private const string Format = "Label `{0}` is not a valid URL.";
}
