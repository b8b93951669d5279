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
            // Split like the engine's port parser: [ip:]host:container, the last two parts being ports.
            var parts = spec.Split(':');
            var ip = parts.Length switch
            {
                <= 2 => "",
                3 => parts[0],
                _ => string.Join(':', parts[..^2]),
            };
            var host = parts.Length >= 2 ? parts[^2] : "";
            if (ip.Length > 0 || host.Length > 0)
            {
                context.Report(instruction, word, $"EXPOSE instruction should not define an IP address or host-port mapping, found '{spec}'");
            }
        });
}
