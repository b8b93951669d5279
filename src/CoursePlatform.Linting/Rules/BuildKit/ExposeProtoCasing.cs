using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.BuildKit;

public sealed class ExposeProtoCasing : Rule
{
    public override string Code => "ExposeProtoCasing";

    public override string Title => "Protocol in EXPOSE instruction should be lowercase";

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Message => "Defined protocol in EXPOSE instruction should be lowercase";

    public override string Explanation => """
        ## What it does
        Flags an `EXPOSE` port whose protocol (`/tcp`, `/udp`, `/sctp`) is not written in lower case, once per
        port, after variables are expanded.

        ## Why is this bad?
        Protocol names are lower case everywhere else (`docker run -p 53:53/udp`, image configs). Mixed case reads
        as a typo and is inconsistent with the rest of the tooling.

        ## Example
        ```dockerfile
        FROM alpine:3.20
        EXPOSE 80/TCP
        ```

        ## Use instead
        ```dockerfile
        FROM alpine:3.20
        EXPOSE 80/tcp
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
            var slash = spec.IndexOf('/');
            if (slash <= 0)
            {
                return;
            }
            var protocol = spec[(slash + 1)..];
            var next = protocol.IndexOf('/');
            protocol = next < 0 ? protocol : protocol[..next];
            if (!IsLowercase(protocol))
            {
                context.Report(expose, word, $"Defined protocol '{spec}' in EXPOSE instruction should be lowercase");
            }
        }
    }

    // Equal to its invariant lowercase form; ASCII (every real protocol) is answered without a new string.
    private static bool IsLowercase(ReadOnlySpan<char> protocol)
    {
        if (System.Text.Ascii.IsValid(protocol))
        {
            return !protocol.ContainsAnyInRange('A', 'Z');
        }
        var text = protocol.ToString();
        return text == text.ToLowerInvariant();
    }
}
