namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3019ApkNoCache : Rule
{
    public override string Code => "DL3019";

    public override string Title => "Use `--no-cache` with `apk add`";

    public override Severity DefaultSeverity => Severity.Info;

    public override bool ChecksOnbuild => true;

    public override string Message =>
        "Use the `--no-cache` switch to avoid the need to use `--update` and remove `/var/cache/apk/*` when done installing packages";

    public override string Explanation => """
        ## What it does
        Flags an `apk add` without `--no-cache`, unless the RUN mounts a cache or tmpfs on `/var/cache/apk`.

        ## Why is this bad?
        Without `--no-cache`, apk stores the package index in `/var/cache/apk` and it stays in the layer.
        `--no-cache` fetches a fresh index, uses it and leaves nothing behind, so neither `apk update` nor a
        `rm -rf /var/cache/apk/*` is needed.

        ## Example
        ```dockerfile
        FROM alpine:3.20
        RUN apk add curl=8.12.1-r0
        ```

        ## Use instead
        ```dockerfile
        FROM alpine:3.20
        RUN apk add --no-cache curl=8.12.1-r0
        ```

        With BuildKit, `RUN --mount=type=cache,target=/var/cache/apk apk add ...` keeps the cache out of the
        image as well and is accepted.
        """;

    public override void Check(RuleContext context)
    {
        if (context.UsesCommand("apk"))
        {
            PackageRuleSupport.ReportFirstCommand(context, "apk", static (run, command) =>
                command.Is("apk", "add") &&
                !command.HasFlag("no-cache") &&
                !PackageRuleSupport.HasCacheMount(run, "/var/cache/apk"));
        }
    }
}
