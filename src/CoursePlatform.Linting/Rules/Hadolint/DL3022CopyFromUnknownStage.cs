using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3022CopyFromUnknownStage : Rule
{
    public override string Code => "DL3022";

    public override string Title => "COPY --from a stage defined earlier";

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Message => "`COPY --from` should reference a previously defined `FROM` alias";

    public override string Explanation => """
        ## What it does
        Flags `COPY --from=<x>` when `<x>` is not the name of a stage defined by an earlier `FROM`, is not a
        stage number smaller than the number of `FROM`s seen so far, and does not contain `:` (an image with
        a tag, such as `--from=nginx:1.27`, is accepted).

        ## Why is this bad?
        A name that is not a stage is pulled from a registry as an image. A typo in a stage name, or a stage
        defined further down, then copies from some unrelated image, or fails far from the actual mistake.

        ## Example
        ```dockerfile
        FROM golang:1.22 AS build
        RUN go build -o /out/app ./cmd/app

        FROM debian:bookworm-slim
        COPY --from=builder /out/app /usr/local/bin/app
        ```

        ## Use instead
        ```dockerfile
        FROM golang:1.22 AS build
        RUN go build -o /out/app ./cmd/app

        FROM debian:bookworm-slim
        COPY --from=build /out/app /usr/local/bin/app
        ```

        Stage names compare case-sensitively, as written. An untagged external image (`--from=alpine`) is
        reported too: pin it with a tag.
        """;

    public override IReadOnlyList<InstructionKind> RequiredKinds { get; } = [InstructionKind.Copy];

    public override void Check(RuleContext context)
    {
        // Most COPYs have no --from: then there is nothing to look up, and the instructions are not walked.
        if (!InstructionRuleSupport.AnyCopyFrom(context))
        {
            return;
        }
        var instructions = context.Instructions;
        var fromCount = 0;
        for (var i = 0; i < instructions.Count; i++)
        {
            var instruction = instructions[i];
            if (instruction is FromInstruction)
            {
                fromCount++;
            }
            else if (instruction is CopyInstruction { From: { Value: { } value } flag } copy && !IsKnown(value.Value, instructions, i, fromCount))
            {
                context.Report(copy, flag);
            }
        }
    }

    // The aliases of the stages so far are the earlier FROMs' (looked up in place, no list per file).
    private static bool IsKnown(string source, ReadOnlyArray<Instruction> instructions, int index, int fromCount)
    {
        if (source.Contains(':') || InstructionRuleSupport.IsAliasBefore(instructions, index, source))
        {
            return true;
        }
        if (source.Length == 0 || source.Length > 9)
        {
            return false;
        }
        foreach (var c in source)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }
        return int.Parse(source, System.Globalization.CultureInfo.InvariantCulture) < fromCount;
    }
}
