namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3018PinApkVersions : Rule
{
    public override string Code => "DL3018";

    public override string Title => "Pin versions in `apk add`";

    public override Severity DefaultSeverity => Severity.Warning;

    public override bool ChecksOnbuild => true;

    public override string Message =>
        "Pin versions in apk add. Instead of `apk add <package>` use `apk add <package>=<version>`";

    public override string Explanation => """
        ## What it does
        Flags an `apk add` with a package that has no version constraint: none of `=`, `~`, `>`, `<`
        (`curl=8.5.0-r0`, `git~2.43`, `flex>=2.6`), and not a `.apk` file. The values of `-t`/`--virtual`
        and `-X`/`--repository` are not packages.

        ## Why is this bad?
        Alpine repositories move on; an unpinned package installs whatever is newest at build time, so the same
        Dockerfile builds different images and can break without any change on your side.

        ## Example
        ```dockerfile
        FROM alpine:3.20
        RUN apk add --no-cache curl
        ```

        ## Use instead
        ```dockerfile
        FROM alpine:3.20
        RUN apk add --no-cache curl=8.12.1-r0
        ```

        `--repository=URL` written with `=` is a single option word, so the next word is still a package.
        """;

    public override void Check(RuleContext context)
    {
        if (context.UsesCommand("apk"))
        {
            PackageRuleSupport.ReportFirstWord(context, "apk", static command => command.Is("apk", "add")
                ? PackageRuleSupport.FirstUnpinned(command, ["t", "virtual", "repository", "X"], ["add"], IsPinned)
                : null);
        }
    }

    private static bool IsPinned(string package) =>
        package.AsSpan().IndexOfAny("=~<>") >= 0 || package.EndsWith(".apk", StringComparison.Ordinal);
}
