using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.BuildKit;

public sealed class InvalidDefinitionDescription : Rule
{
    public override string Code => "InvalidDefinitionDescription";

    public override string Title => "Comment for build stage or argument should follow the format: `# <arg/stage name> <description>`";

    public override Severity DefaultSeverity => Severity.Warning;

    public override bool IsExperimental => true;

    public override string Message => "Comment for build stage or argument should follow the format: `# <arg/stage name> <description>`";

    public override string Explanation => """
        ## What it does
        Experimental; enable it with `# check=experimental=InvalidDefinitionDescription`. For a named `FROM` stage
        or an `ARG`, looks at the last line of the comment block directly above it and flags it when its first
        word is not the stage name (lower-cased) or one of the ARG's names.

        A bare `#` line ends the block; a blank line does not (the builder keeps collecting across it).

        ## Why is this bad?
        `docker build --call=outline` and `--call=targets` print such comments as the description of a stage or
        build argument. A comment that does not start with the name is shown as a garbled description.

        ## Example
        ```dockerfile
        # check=experimental=InvalidDefinitionDescription
        FROM alpine:3.20 AS base
        # the version we ship
        ARG VERSION=1
        ```

        ## Use instead
        ```dockerfile
        # check=experimental=InvalidDefinitionDescription
        FROM alpine:3.20 AS base
        # VERSION is the version we ship
        ARG VERSION=1
        ```
        """;

    public override void Check(RuleContext context)
    {
        foreach (var instruction in context.Instructions)
        {
            // The comments are read in place: only the last one is looked at, and most instructions have none.
            var count = instruction.PrecedingCommentCount;
            if (count == 0)
            {
                continue;
            }
            string kind;
            string? example;
            ReadOnlySpan<char> first;
            if (instruction is FromInstruction { StageName: { } stageName })
            {
                kind = "FROM";
                example = stageName.Text.ToLowerInvariant();
                first = FirstWord(instruction, count);
                if (first.SequenceEqual(example))
                {
                    continue;
                }
            }
            else if (instruction is ArgInstruction arg)
            {
                kind = "ARG";
                // The one name for the example, or "<arg_key>" when the ARG declares several.
                example = null;
                var names = 0;
                first = FirstWord(instruction, count);
                var described = false;
                var declarations = arg.Declarations;
                for (var i = 0; i < declarations.Count; i++)
                {
                    if (declarations[i].Name is { } name)
                    {
                        names++;
                        example ??= name.Value;
                        described = described || name.ValueSpan.SequenceEqual(first);
                    }
                }
                if (names == 0 || described)
                {
                    continue;
                }
                example = names > 1 ? "<arg_key>" : example;
            }
            else
            {
                continue;
            }
            context.Report(
                instruction.PrecedingCommentSpan(count - 1),
                $"Comment for {kind} should follow the format: `# {example} <description>`",
                instruction);
        }
    }

    // The first word of the last comment above the instruction, trimmed.
    private static ReadOnlySpan<char> FirstWord(Instruction instruction, int count)
    {
        var text = instruction.PrecedingCommentContent(count - 1).Trim();
        var space = text.IndexOf(' ');
        return space < 0 ? text : text[..space];
    }
}
