using CoursePlatform.Linting.Configuration;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3056LabelNotSemver : Rule
{
    public override string Code => "DL3056";

    public override string Title => "Version labels must follow semantic versioning";

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Message => "Label `<label>` does not conform to semantic versioning.";

    public override string Explanation => """
        ## What it does
        Only active with a label schema that gives a label the type `semver`, for example (the examples
        below assume it):

        ```yaml
        label-schema:
          org.opencontainers.image.version: semver
        ```

        Flags a value of such a label that is not a Semantic Versioning 2.0.0 version:
        `MAJOR.MINOR.PATCH` without leading zeros, optionally followed by `-prerelease` and `+build`
        identifiers (`1.4.0-rc.1+build.7`).

        ## Why is this bad?
        Version labels are compared by tools that expect Semantic Versioning. A `v` prefix or a
        missing patch number breaks the ordering.

        ## Example
        ```dockerfile
        FROM alpine:3.20
        LABEL org.opencontainers.image.version="v1.4"
        ```

        ## Use instead
        ```dockerfile
        FROM alpine:3.20
        LABEL org.opencontainers.image.version="1.4.0"
        ```
        """;

    public override bool AppliesTo(LintOptions options) => options.LabelSchema.Count > 0;

    public override void Check(RuleContext context) =>
        LabelSchemaSupport.CheckTypedLabels(context, LabelType.Semver, LabelSchemaSupport.IsSemver, Format);

    private const string Format = "Label `{0}` does not conform to semantic versioning.";
}
