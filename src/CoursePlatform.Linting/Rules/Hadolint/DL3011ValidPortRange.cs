using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3011ValidPortRange : Rule
{
    public override string Code => "DL3011";

    public override string Title => "Expose only valid port numbers";

    public override Severity DefaultSeverity => Severity.Error;

    public override string Message => "Valid UNIX ports range from 0 to 65535";

    public override string Explanation => """
        ## What it does
        Flags an `EXPOSE` with a port number above 65535, or a port range (`8000-9000`) whose start or end is
        above 65535. A protocol suffix (`/tcp`, `/udp`) is ignored. Ports written with variables
        (`${PORT}`, `40000-${MAX}`) cannot be judged and are skipped. One finding per instruction, on the
        first bad port.

        ## Why is this bad?
        TCP and UDP ports are 16-bit numbers. A larger number is a typo, and the image advertises a port that
        nothing can ever listen on.

        ## Example
        ```dockerfile
        FROM nginx:1.27-alpine
        EXPOSE 80800
        ```

        ## Use instead
        ```dockerfile
        FROM nginx:1.27-alpine
        EXPOSE 8080
        ```
        """;

    public override IReadOnlyList<InstructionKind> RequiredKinds { get; } = [InstructionKind.Expose];

    public override void Check(RuleContext context)
    {
        foreach (var instruction in context.InstructionsOf(InstructionKind.Expose))
        {
            if (instruction is not ExposeInstruction expose)
            {
                continue;
            }
            foreach (var port in expose.Ports)
            {
                if (IsOutOfRange(port.TextSpan))
                {
                    context.Report(expose, port);
                    break;
                }
            }
        }
    }

    internal static bool IsOutOfRange(string spec) => IsOutOfRange(spec.AsSpan());

    // Read in place: the port words are never copied.
    internal static bool IsOutOfRange(ReadOnlySpan<char> spec)
    {
        if (spec.Contains('$'))
        {
            return false;
        }
        var slash = spec.IndexOf('/');
        var ports = slash >= 0 ? spec[..slash] : spec;
        var dash = ports.IndexOf('-');
        return dash >= 0
            ? TooLarge(ports[..dash]) || TooLarge(ports[(dash + 1)..])
            : TooLarge(ports);
    }

    /// <summary>True for an all-digit number above 65535 (however many digits it has).</summary>
    private static bool TooLarge(ReadOnlySpan<char> digits)
    {
        if (digits.Length == 0)
        {
            return false;
        }
        var value = 0L;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
            value = Math.Min(value * 10 + (c - '0'), 1_000_000L);
        }
        return value > 65535;
    }
}
