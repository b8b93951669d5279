using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3021CopyDestinationSlash : Rule
{
    public override string Code => "DL3021";

    public override string Title => "End a multi-source COPY destination with /";

    public override Severity DefaultSeverity => Severity.Error;

    public override string Message => "COPY with more than 2 arguments requires the last argument to end with /.";

    public override string Explanation => """
        ## What it does
        Flags a `COPY` with two or more sources whose destination (quotes removed) does not end with `/`.
        `ADD` is not checked.

        ## Why is this bad?
        Several sources can only be copied into a directory. Without the trailing slash the build fails,
        or, with a single matching wildcard, the file is silently written under the destination's name.

        ## Example
        ```dockerfile
        FROM node:20-bookworm-slim
        COPY package.json package-lock.json /app
        ```

        ## Use instead
        ```dockerfile
        FROM node:20-bookworm-slim
        COPY package.json package-lock.json /app/
        ```
        """;

    public override IReadOnlyList<InstructionKind> RequiredKinds { get; } = [InstructionKind.Copy];

    public override void Check(RuleContext context)
    {
        foreach (var instruction in context.InstructionsOf(InstructionKind.Copy))
        {
            if (instruction is CopyInstruction { Destination: { } destination } copy
                && copy.Sources.Count > 1
                && !InstructionRuleSupport.DropQuotes(destination.Text).EndsWith('/'))
            {
                context.Report(copy, destination);
            }
        }
    }
}
