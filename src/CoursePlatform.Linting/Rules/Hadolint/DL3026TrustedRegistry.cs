using CoursePlatform.Linting.Configuration;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3026TrustedRegistry : Rule
{
    public override string Code => "DL3026";

    public override string Title => "Pull images only from trusted registries";

    public override Severity DefaultSeverity => Severity.Error;

    public override string Message => "Use only an allowed registry in the FROM image";

    public override string Explanation => """
        ## What it does
        Only active when a list of trusted registries is configured, for example (the examples below
        assume exactly this configuration):

        ```yaml
        trustedRegistries:
          - registry.example.com
        ```

        Then every image a build pulls must come from one of them: the `FROM` image, `COPY --from=<image>`
        and `RUN --mount=type=bind|cache,from=<image>`. The registry is the part before the first `/` when
        it contains a dot; an image without one comes from Docker Hub and is allowed only when `docker.io`
        or `hub.docker.com` is trusted. Patterns: `*` allows everything, `*.example.com` matches by suffix,
        `registry*` by prefix, anything else exactly. `scratch` and names of stages defined earlier in the
        file are always allowed.

        ## Why is this bad?
        Images from unknown registries bypass the scanning, signing and availability guarantees your
        organisation relies on.

        ## Example
        ```dockerfile
        FROM docker.io/library/python:3.12-slim
        ```

        ## Use instead
        ```dockerfile
        FROM registry.example.com/library/python:3.12-slim
        ```

        Note that `localhost:5000/app` has no registry by this reading (the first part has no dot), so it
        counts as Docker Hub. `COPY --from=0` reads `0` as an image name unless a stage is called `0`.
        """;

    public override bool AppliesTo(LintOptions options) => options.TrustedRegistries.Count > 0;

    public override void Check(RuleContext context)
    {
        var trusted = context.Options.TrustedRegistries;
        if (trusted.Count == 0)
        {
            return;
        }
        var aliases = new List<string>();
        foreach (var instruction in context.Instructions)
        {
            switch (instruction)
            {
                case FromInstruction from:
                    if (from.Image is { } image && !IsAllowed(ImageReference.Parse(image.Text), aliases, trusted))
                    {
                        context.Report(from, image);
                    }
                    if (InstructionRuleSupport.AliasOf(from) is { } alias)
                    {
                        aliases.Add(alias);
                    }
                    break;
                case CopyInstruction { From: { Value: { } value } flag } copy:
                    if (!IsAllowed(ImageReference.Parse(value.Value), aliases, trusted))
                    {
                        context.Report(copy, flag);
                    }
                    break;
                case RunInstruction run:
                    foreach (var mount in run.Mounts)
                    {
                        if (mount.Type is "bind" or "cache" && mount.From is { } source
                            && !IsAllowed(ImageReference.Parse(source), aliases, trusted))
                        {
                            context.Report(run, mount.Flag);
                        }
                    }
                    break;
            }
        }
    }

    private static bool IsAllowed(ImageReference image, List<string> aliases, IReadOnlyList<string> trusted)
    {
        if (image.Registry is { } registry)
        {
            return Matches(registry, trusted);
        }
        return image.Name == "scratch" || aliases.Contains(image.Name)
            || Matches("docker.io", trusted) || Matches("hub.docker.com", trusted);
    }

    internal static bool Matches(string registry, IReadOnlyList<string> trusted)
    {
        foreach (var pattern in trusted)
        {
            if (pattern == "*" || pattern == registry)
            {
                return true;
            }
            if (pattern.Length > 1 && pattern[0] == '*' && registry.EndsWith(pattern.AsSpan(1), StringComparison.Ordinal))
            {
                return true;
            }
            if (pattern.Length > 1 && pattern[^1] == '*' && registry.StartsWith(pattern.AsSpan(0, pattern.Length - 1), StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
