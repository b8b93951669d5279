using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3048InvalidLabelKey : Rule
{
    public override string Code => "DL3048";

    public override string Title => "Use valid label keys";

    public override Severity DefaultSeverity => Severity.Style;

    public override string Message => "Invalid label key.";

    public override string Explanation => """
        ## What it does
        Flags a `LABEL` key that breaks Docker's key conventions: it must start with a lower-case letter, end
        with a lower-case letter or digit, use only `a-z`, `0-9`, `.`, `-`, `_` and `/`, contain no `..` or
        `--`, and not use the namespaces reserved for Docker (`com.docker.`, `io.docker.`,
        `org.dockerproject.`). Each bad key is reported on the key itself (hadolint reports the whole `LABEL`
        once).

        ## Why is this bad?
        Tools that read labels (registries, scanners, orchestrators) expect reverse-DNS, lower-case keys.
        Keys like `Maintainer` or `com.docker.x` clash with conventions or with Docker's own labels.

        ## Example
        ```dockerfile
        FROM alpine:3.20
        LABEL Maintainer="team@example.com"
        ```

        ## Use instead
        ```dockerfile
        FROM alpine:3.20
        LABEL org.opencontainers.image.authors="team@example.com"
        ```
        """;

    public override IReadOnlyList<InstructionKind> RequiredKinds { get; } = [InstructionKind.Label];

    public override void Check(RuleContext context)
    {
        foreach (var instruction in context.InstructionsOf(InstructionKind.Label))
        {
            if (instruction is not LabelInstruction label)
            {
                continue;
            }
            foreach (var pair in label.Pairs)
            {
                if (!IsValid(pair.Name))
                {
                    context.Report(label, pair.Key);
                }
            }
        }
    }

    internal static bool IsValid(string key)
    {
        if (key.Length == 0 || key[0] is < 'a' or > 'z')
        {
            return false;
        }
        var last = key[^1];
        if (last is not ((>= 'a' and <= 'z') or (>= '0' and <= '9')))
        {
            return false;
        }
        foreach (var c in key)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '-' or '_' or '/'))
            {
                return false;
            }
        }
        return !key.StartsWith("com.docker.", StringComparison.Ordinal)
            && !key.StartsWith("io.docker.", StringComparison.Ordinal)
            && !key.StartsWith("org.dockerproject.", StringComparison.Ordinal)
            && !key.Contains("..", StringComparison.Ordinal)
            && !key.Contains("--", StringComparison.Ordinal);
    }
}
