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
            var comments = instruction.PrecedingComments;
            if (comments.Count == 0)
            {
                continue;
            }
            List<string> keys = [];
            string kind;
            if (instruction is FromInstruction { StageName: { } stageName })
            {
                kind = "FROM";
                keys.Add(stageName.Text.ToLowerInvariant());
            }
            else if (instruction is ArgInstruction arg)
            {
                kind = "ARG";
                foreach (var declaration in arg.Declarations)
                {
                    if (declaration.Name is { } name)
                    {
                        keys.Add(name.Value);
                    }
                }
            }
            else
            {
                continue;
            }
            if (keys.Count == 0)
            {
                continue;
            }
            var last = comments[^1];
            var text = last.Content.Trim();
            var space = text.IndexOf(' ');
            var first = space < 0 ? text : text[..space];
            if (keys.Contains(first))
            {
                continue;
            }
            var example = keys.Count > 1 ? "<arg_key>" : keys[0];
            context.Report(last.Span, $"Comment for {kind} should follow the format: `# {example} <description>`", instruction);
        }
    }
}
