using CoursePlatform.Linting.Semantics;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.BuildKit;

public sealed class InvalidDefaultArgInFrom : Rule
{
    public override string Code => "InvalidDefaultArgInFrom";

    public override string Title => "Default value for global ARG results in an empty or invalid base image name";

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Message => "Default value for ARG results in empty or invalid base image name";

    public override bool HonoursInstructionCheckComments => false;

    public override string Explanation => """
        ## What it does
        Expands each `FROM` image with the defaults of the global ARGs only (as if no `--build-arg` were given; an
        `ARG` without default is empty) and flags the stage when the result is not a valid image reference, e.g.
        `busybox:` or an empty name.

        An empty variable is fine where the rest still forms a reference (`busybox:stable${VARIANT}`).

        ## Why is this bad?
        The Dockerfile only builds when the caller remembers to pass the right `--build-arg`. A default that
        works keeps a plain `docker build .` working.

        ## Example
        ```dockerfile
        ARG VERSION
        FROM busybox:$VERSION
        ```

        ## Use instead
        ```dockerfile
        ARG VERSION=1.36
        FROM busybox:$VERSION
        ```
        """;

    public override void Check(RuleContext context)
    {
        var document = context.Document;

        // The global defaults are worked out on the first image that needs them (one to expand, or an invalid one:
        // when a default cannot be expanded nothing is reported at all). Without global ARGs only the predefined
        // platform args can be referred to: the shared empty table.
        StageScope? globals = null;
        var options = new ExpansionOptions(document.EscapeChar);
        // The stages' FROMs, read straight from the document (no stage graph).
        foreach (var instruction in StageGraph.Dispatched(document))
        {
            if (instruction is not FromInstruction { Image: { } image } from)
            {
                continue;
            }
            // Read in place: a literal image name is never copied.
            var text = image.TextSpan;
            if (!VariableExpansion.NeedsLexer(text, options.Escape))
            {
                // A literal image name is checked as written (the lexer would return it unchanged).
                if (ImageReferenceSyntax.IsValid(text))
                {
                    continue;
                }
                if ((globals ??= context.GlobalArgScope) is null)
                {
                    return;
                }
            }
            else
            {
                if ((globals ??= context.GlobalArgScope) is not { } known ||
                    !VariableExpansion.TryExpandValue(image.Text, known, options, out var value))
                {
                    return;
                }
                if (ImageReferenceSyntax.IsValid(value))
                {
                    continue;
                }
            }
            context.Report(from, image, $"Default value for ARG {image.Text} results in empty or invalid base image name");
        }
    }
}
