using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.BuildKit;

public sealed class ExposeInvalidFormat : Rule
{
    public override string Code => "ExposeInvalidFormat";

    public override string Title => "IP address and host-port mapping should not be used in EXPOSE instruction";

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Message => "EXPOSE instruction should not define an IP address or host-port mapping";

    public override string Explanation => """
        ## What it does
        Flags an `EXPOSE` port that carries an IP address or a host port (`127.0.0.1:80:80`, `[::1]:8080:8080`,
        `5000:5000`), once per port. BuildKit announces that this will become an error.

        Plain ports, protocols and ranges (`8000`, `80/tcp`, `8000-8010`) are fine.

        ## Why is this bad?
        `EXPOSE` documents the ports the container listens on; which host address and port to publish them on is
        decided by whoever runs the container (`docker run -p`). The builder drops the host part anyway.

        ## Example
        ```dockerfile
        FROM alpine:3.20
        EXPOSE 8080:80
        ```

        ## Use instead
        ```dockerfile
        FROM alpine:3.20
        EXPOSE 80
        ```
        """;

    public override IReadOnlyList<InstructionKind> RequiredKinds { get; } = [InstructionKind.Expose];

    public override void Check(RuleContext context)
    {
        ExposePorts.Each(context, new Ports(context));
    }

    private readonly struct Ports(RuleContext context) : IPortVisitor
    {
        public void Visit(ExposeInstruction expose, Word word, ReadOnlySpan<char> spec)
        {
            if (DefinesHost(spec))
            {
                context.Report(expose, word, $"EXPOSE instruction should not define an IP address or host-port mapping, found '{spec}'");
            }
        }
    }

    /// <summary>
    /// Split like the engine's port parser, <c>[ip:]host:container</c> with the last two parts being ports: true when
    /// the ip (every part before the last two) or the host part is not empty.
    /// </summary>
    internal static bool DefinesHost(string spec) => DefinesHost(spec.AsSpan());

    internal static bool DefinesHost(ReadOnlySpan<char> spec)
    {
        var last = spec.LastIndexOf(':');
        if (last < 0)
        {
            return false;
        }
        var second = last == 0 ? -1 : spec[..last].LastIndexOf(':');
        // The host part lies between the second-to-last colon (or the start) and the last one.
        if (last - second - 1 > 0)
        {
            return true;
        }
        // With three or more parts the ip is everything before the second-to-last colon, joined by colons.
        return second > 0;
    }
}
