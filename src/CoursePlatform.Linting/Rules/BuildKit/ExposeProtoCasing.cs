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

    public override void Check(RuleContext context)
    {
        // The visitor captures the context: made only for files that expose ports.
        if (ExposePorts.Any(context))
        {
            CheckPorts(context);
        }
    }

    private static void CheckPorts(RuleContext context)
        => ExposePorts.Each(context, (instruction, word, spec) =>
        {
            var slash = spec.IndexOf('/');
            if (slash <= 0)
            {
                return;
            }
            var next = spec.IndexOf('/', slash + 1);
            var protocol = next < 0 ? spec[(slash + 1)..] : spec[(slash + 1)..next];
            if (protocol != protocol.ToLowerInvariant())
            {
                context.Report(instruction, word, $"Defined protocol '{spec}' in EXPOSE instruction should be lowercase");
            }
        });
}
