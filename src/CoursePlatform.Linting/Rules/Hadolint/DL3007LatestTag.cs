using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3007LatestTag : Rule
{
    public override string Code => "DL3007";

    public override string Title => "Pin a version instead of `latest`";

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Message =>
        "Using latest is prone to errors if the image will ever update. Pin the version explicitly to a release tag";

    public override string Explanation => """
        ## What it does
        Flags a `FROM` whose tag is exactly `latest` and that has no digest.

        ## Why is this bad?
        `latest` moves whenever the publisher pushes a new image, so the same Dockerfile builds a different
        image from one day to the next. Builds stop being reproducible and an upstream change can break you
        without any change on your side.

        ## Example
        ```dockerfile
        FROM node:latest
        ```

        ## Use instead
        ```dockerfile
        FROM node:20.11-bookworm-slim
        ```

        A digest pins the exact image even with `latest` (`FROM node:latest@sha256:...`), and is accepted.
        """;

    public override void Check(RuleContext context)
    {
        foreach (var instruction in context.InstructionsOf(InstructionKind.From))
        {
            // Read in place: no reference and no strings for the usual image.
            if (instruction is FromInstruction { Image: { } image } from
                && from.TryReadTag(out var tag, out var hasTag, out var hasDigest) && hasTag && !hasDigest && tag.SequenceEqual("latest"))
            {
                context.Report(instruction, image);
            }
        }
    }
}
