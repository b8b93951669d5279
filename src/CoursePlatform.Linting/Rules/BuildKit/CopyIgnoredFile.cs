using CoursePlatform.Linting.Configuration;
using CoursePlatform.Linting.Semantics;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.BuildKit;

public sealed class CopyIgnoredFile : Rule
{
    public override string Code => "CopyIgnoredFile";

    public override string Title => "Attempting to Copy file that is excluded by .dockerignore";

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Message => "Attempting to Copy file that is excluded by .dockerignore";

    public override string Explanation => """
        ## What it does
        With a `.dockerignore` given (`LintOptions.DockerIgnore`), flags a local `COPY` or `ADD` source that the file
        excludes, directly or through a parent directory. Sources are cleaned first (`./app` is `app`).

        Not checked: `COPY --from=...`, URLs and git sources, heredocs. The whole context (`.`) only counts as
        excluded by a `*`, `**` or `**/*` pattern. A `.dockerignore` with any `!` exception turns the check off,
        as in BuildKit. Without a `.dockerignore` the check does nothing.

        ## Why is this bad?
        An excluded file is not sent to the builder: the build fails with "not found", or a wildcard silently
        copies less than intended.

        ## Example
        With a `.dockerignore` containing `*.md`:
        ```dockerfile
        FROM alpine:3.20
        COPY README.md /docs/
        ```

        ## Use instead
        ```dockerfile
        FROM alpine:3.20
        COPY docs/ /docs/
        ```
        """;

    /// <summary>Without a .dockerignore there is nothing to compare with.</summary>
    public override bool AppliesTo(LintOptions options) => options.DockerIgnore is not null;

    public override void Check(RuleContext context)
    {
        if (context.Options.DockerIgnore is not { } content || context.IsOnbuildPass)
        {
            return;
        }
        var ignore = DockerIgnore.Parse(content);
        if (ignore.HasExceptions || ignore.Patterns.Count == 0)
        {
            return;
        }
        Check(context, ignore);
    }

    // Apart from Check: the closure below captures the context, and C# makes it on entry to the method that
    // declares it, even on the paths that return before the lambda.
    private static void Check(RuleContext context, DockerIgnore ignore)
    {
        var escape = context.Document.EscapeChar;
        Action<Stage, Instruction, StageScope?> visit = (_, instruction, scope) =>
        {
            if (instruction is not FileTransferInstruction transfer || transfer is CopyInstruction { From: not null })
            {
                return;
            }
            var verb = transfer is AddInstruction ? "Add" : "Copy";
            foreach (var source in transfer.Sources)
            {
                if (transfer.IsHeredocSource(source))
                {
                    continue;
                }
                var raw = transfer.IsJson ? source.Value : source.Text;
                var expanded = raw.Contains('$') || raw.Contains('\'') || raw.Contains('"') || raw.Contains(escape)
                    ? VariableExpansion.Expand(raw, scope is null ? static _ => null : scope.Lookup, new ExpansionOptions(escape, Lenient: true)).Value
                    : raw;
                if (FileTransferInstruction.IsRemoteSource(expanded))
                {
                    continue;
                }
                var path = DockerIgnore.CleanPath(expanded);
                var excluded = path is "." or "/" ? ignore.ExcludesWholeContext : ignore.Matches(path);
                if (excluded)
                {
                    context.Report(instruction, source, $"Attempting to {verb} file {BuildKitSupport.Quote(path)} that is excluded by .dockerignore");
                }
            }
        };
        if (context.Document.Source.Contains('$'))
        {
            BuildEnvironment.Dispatch(context.Document, context.Options, (stage, instruction, scope) => visit(stage, instruction, scope));
            return;
        }
        foreach (var stage in context.Document.Stages.All)
        {
            foreach (var instruction in stage.Instructions)
            {
                visit(stage, instruction, null);
            }
        }
    }

}
