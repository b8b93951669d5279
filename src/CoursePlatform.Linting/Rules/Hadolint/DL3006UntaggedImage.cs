using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3006UntaggedImage : Rule
{
    public override string Code => "DL3006";

    public override string Title => "Tag the base image explicitly";

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Message => "Always tag the version of an image explicitly";

    public override string Explanation => """
        ## What it does
        Flags a `FROM` image that has neither a tag nor a digest. `scratch`, images given by a variable
        (`FROM ${BASE}`) and names of stages defined earlier in the file (`FROM build`) are accepted.

        ## Why is this bad?
        An untagged image means `latest`: whatever the publisher pushed last. The same Dockerfile then
        builds different images on different days, and an upstream release can break your build.

        ## Example
        ```dockerfile
        FROM python
        ```

        ## Use instead
        ```dockerfile
        FROM python:3.12-slim-bookworm
        ```

        Stage names compare case-sensitively, as written. `FROM localhost:5000/app` is read the way hadolint
        reads it (image `localhost`, tag `5000/app`) and so passes.
        """;

    public override void Check(RuleContext context)
    {
        var instructions = context.Instructions;
        for (var i = 0; i < instructions.Count; i++)
        {
            // The tag and digest are read in place: no reference and no strings for the usual tagged image.
            if (instructions[i] is FromInstruction { Image: { } image } from
                && from.TryReadTag(out _, out var hasTag, out var hasDigest) && !hasTag && !hasDigest
                && !IsExempt(image.TextSpan, instructions, i))
            {
                context.Report(from, image);
            }
        }
    }

    // An earlier stage's alias is looked for among the earlier FROMs in place (no list of aliases per file).
    private static bool IsExempt(ReadOnlySpan<char> image, ReadOnlyArray<Instruction> instructions, int index) =>
        image.Length == 0 || image.SequenceEqual("scratch") || image[0] == '$' || InstructionRuleSupport.IsAliasBefore(instructions, index, image);
}
