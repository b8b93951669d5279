using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3067CopyWholeFilesystem : Rule
{
    public override string Code => "DL3067";

    public override string Title => "Do not copy a whole stage filesystem";

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Message => "Do not copy an entire filesystem from another stage";

    public override string Explanation => """
        ## What it does
        Flags `COPY --from=<stage> / /`: a source of exactly `/` copied to the destination `/` (quotes
        removed). A plain `COPY / /` without `--from`, or a narrower source or destination, passes.

        ## Why is this bad?
        Copying the root of another stage drags its whole operating system, caches and build tools into the
        image, and overwrites the files of the current one. A multi-stage build exists to avoid exactly that.

        ## Example
        ```dockerfile
        FROM golang:1.22 AS build
        RUN go build -o /out/app ./cmd/app

        FROM gcr.io/distroless/static-debian12
        COPY --from=build / /
        ```

        ## Use instead
        ```dockerfile
        FROM golang:1.22 AS build
        RUN go build -o /out/app ./cmd/app

        FROM gcr.io/distroless/static-debian12
        COPY --from=build /out/app /app
        ```
        """;

    public override void Check(RuleContext context)
    {
        foreach (var instruction in context.InstructionsOf(InstructionKind.Copy))
        {
            if (instruction is not CopyInstruction { From: not null, Destination: { } destination } copy
                || InstructionRuleSupport.DropQuotes(destination.Text) != "/")
            {
                continue;
            }
            foreach (var source in copy.Sources)
            {
                if (InstructionRuleSupport.DropQuotes(source.Text) == "/")
                {
                    context.Report(copy, source);
                    break;
                }
            }
        }
    }
}
