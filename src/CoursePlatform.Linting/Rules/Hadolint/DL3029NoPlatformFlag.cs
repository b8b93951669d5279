using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3029NoPlatformFlag : Rule
{
    public override string Code => "DL3029";

    public override string Title => "Do not hard-code FROM --platform";

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Message => "Do not use --platform flag with FROM";

    public override string Explanation => """
        ## What it does
        Flags `FROM --platform=<value>` when the value mentions neither `BUILDPLATFORM` nor `TARGETPLATFORM`.
        `--platform=$BUILDPLATFORM` (cross-compiling on the build machine) is accepted; `linux/amd64` or
        `$TARGETOS/$TARGETARCH` are reported.

        ## Why is this bad?
        A fixed platform overrides what the person building asked for with `docker build --platform`, so a
        multi-platform build quietly produces the same architecture everywhere.

        ## Example
        ```dockerfile
        FROM --platform=linux/amd64 debian:bookworm
        ```

        ## Use instead
        ```dockerfile
        FROM --platform=$BUILDPLATFORM golang:1.22 AS build
        ```
        """;

    public override void Check(RuleContext context)
    {
        foreach (var instruction in context.InstructionsOf(InstructionKind.From))
        {
            if (instruction is FromInstruction { Platform: { Value: { } value } flag } from
                && value.Text.Length > 0
                && !value.Text.Contains("BUILDPLATFORM", StringComparison.Ordinal)
                && !value.Text.Contains("TARGETPLATFORM", StringComparison.Ordinal))
            {
                context.Report(from, flag);
            }
        }
    }
}
