using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3065RedundantTargetPlatform : Rule
{
    public override string Code => "DL3065";

    public override string? Alias => "RedundantTargetPlatform";

    /// <summary>BuildKit checks this defect per instruction, so a <c># check=skip=</c> comment above it applies.</summary>
    public override bool HonoursInstructionCheckComments => true;

    public override string Title => "Do not set FROM --platform to $TARGETPLATFORM";

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Message =>
        "Setting `FROM --platform` to predefined `$TARGETPLATFORM` in is redundant as this is the default behavior";

    public override string Explanation => """
        ## What it does
        Flags `FROM --platform=$TARGETPLATFORM` (or `${TARGETPLATFORM}`), also when quoted or written with a
        default that does not apply (`${TARGETPLATFORM:-linux/amd64}`: the variable is always set).

        ## Why is this bad?
        A stage is built for the target platform anyway. The flag adds noise and suggests to readers that
        something special happens here.

        ## Example
        ```dockerfile
        FROM --platform=$TARGETPLATFORM alpine:3.20
        ```

        ## Use instead
        ```dockerfile
        FROM alpine:3.20
        ```

        **Differences from hadolint/BuildKit.** This rule also carries BuildKit's `RedundantTargetPlatform`
        name and, like BuildKit, judges the value after quote removal and default expansion: hadolint reports
        only the two literal spellings, so it misses `"$TARGETPLATFORM"` and `${TARGETPLATFORM:-x}`.
        """;

    public override void Check(RuleContext context)
    {
        foreach (var instruction in context.InstructionsOf(InstructionKind.From))
        {
            if (instruction is FromInstruction { Platform: { Value: { } value } flag } from && IsTargetPlatform(value.Value))
            {
                context.Report(from, flag);
            }
        }
    }

    internal static bool IsTargetPlatform(string value)
    {
        if (value is "$TARGETPLATFORM" or "${TARGETPLATFORM}")
        {
            return true;
        }
        // ${TARGETPLATFORM:-x} and ${TARGETPLATFORM-x} expand to TARGETPLATFORM, which is always set.
        const string prefix = "${TARGETPLATFORM";
        if (!value.StartsWith(prefix, StringComparison.Ordinal) || value[^1] != '}')
        {
            return false;
        }
        var modifier = value.AsSpan(prefix.Length, value.Length - prefix.Length - 1);
        return (modifier.StartsWith(":-") || modifier.StartsWith("-")) && !modifier.Contains('$') && !modifier.Contains('}');
    }
}
