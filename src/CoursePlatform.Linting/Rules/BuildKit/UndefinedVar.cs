using CoursePlatform.Linting.Semantics;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.BuildKit;

public sealed class UndefinedVar : Rule
{
    public override string Code => "UndefinedVar";

    public override string Title => "Variables should be defined before their use";

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Message => "Usage of undefined variable";

    public override string Explanation => """
        ## What it does
        Flags `$NAME` / `${NAME...}` in the places the builder expands itself (ENV, LABEL, ARG defaults, COPY and
        ADD sources, destination and flags, unquoted COPY/ADD heredoc bodies, WORKDIR, USER, VOLUME, STOPSIGNAL,
        RUN `--mount` options) when `NAME` is not set by an earlier `ENV` or `ARG` of the stage or of its parent
        stages, not declared with `ARG NAME`, and not known to come from the base image. A close name is suggested.

        Commands of RUN, CMD and ENTRYPOINT are left alone: the shell expands those at run time. `\$x` and `'$x'`
        are literals, except that quotes are plain text inside a heredoc body, as the builder treats them. Base images: `PATH` and `HOME` are always known, well-known official images (node, python,
        golang, nginx, dotnet, ...) add the variables they set; other images add nothing
        (see `docs/undefined-var-policy.md`).

        ## Why is this bad?
        An undefined variable expands to an empty string without an error: `COPY $SRC_DIR .` copies the whole
        context, `WORKDIR $APP_HOME` lands in `/`. Using an ARG before its `ARG` line has the same effect.

        ## Example
        ```dockerfile
        FROM alpine:3.20
        ARG DIR_ASSETS=assets/
        COPY $DIR_ASSET /srv/
        ```

        ## Use instead
        ```dockerfile
        FROM alpine:3.20
        ARG DIR_ASSETS=assets/
        COPY $DIR_ASSETS /srv/
        ```
        """;

    private static readonly string[] NeverReported = ["BUILDKIT_SBOM_SCAN_CONTEXT", "BUILDKIT_SBOM_SCAN_STAGE"];

    public override void Check(RuleContext context)
    {
        var document = context.Document;
        if (context.IsOnbuildPass || !document.Source.Contains('$'))
        {
            return;
        }
        BuildEnvironment.Dispatch(document, context.Options, (_, instruction, scope) => Visit(context, instruction, scope));
    }

    private static void Visit(RuleContext context, Instruction instruction, StageScope scope)
    {
        switch (instruction)
        {
            case ArgInstruction arg:
                foreach (var declaration in arg.Declarations)
                {
                    Verify(context, instruction, declaration.DefaultValue, scope);
                }
                break;
            case KeyValueInstruction keyValue:
                foreach (var pair in keyValue.Pairs)
                {
                    Verify(context, instruction, pair.Key, scope);
                    Verify(context, instruction, pair.Value, scope);
                }
                break;
            case FileTransferInstruction transfer:
                foreach (var flag in transfer.Flags)
                {
                    if (flag.Name.Text is "chown" or "chmod" || flag.Name.Text == "checksum" && transfer is AddInstruction)
                    {
                        Verify(context, instruction, flag.Value, scope);
                    }
                }
                foreach (var source in transfer.Sources)
                {
                    if (!BuildKitSupport.IsHeredocMarker(transfer, source))
                    {
                        Verify(context, instruction, source, scope, transfer.IsJson);
                    }
                }
                Verify(context, instruction, transfer.Destination, scope, transfer.IsJson);
                foreach (var heredoc in transfer.Heredocs)
                {
                    if (heredoc.Expand)
                    {
                        VerifyText(context, instruction, heredoc.Body, heredoc.Body.Text, 0, scope, ExpansionOptions.Heredoc);
                    }
                }
                break;
            case SingleArgumentInstruction single when single is not MaintainerInstruction:
                Verify(context, instruction, single.Argument, scope);
                break;
            case VolumeInstruction volume:
                foreach (var path in volume.Paths)
                {
                    Verify(context, instruction, path, scope, volume.IsJson);
                }
                break;
            case RunInstruction run:
                foreach (var flag in run.Flags)
                {
                    if (flag.Name.Text == "mount" && flag.Value is { } value)
                    {
                        VerifyMount(context, instruction, value, scope);
                    }
                }
                break;
        }
    }

    private static void Verify(RuleContext context, Instruction instruction, Word? word, StageScope scope, bool json = false)
    {
        if (word is null || !word.Text.Contains('$'))
        {
            return;
        }
        var options = new ExpansionOptions(context.Document.EscapeChar);
        if (json)
        {
            // Exec form: the decoded string is expanded; offsets shift by the opening quote when nothing was escaped.
            var shift = word.Text.Length == word.Value.Length + 2 && word.Text[0] == '"' ? 1 : -1;
            VerifyText(context, instruction, word, word.Value, shift, scope, options);
            return;
        }
        VerifyText(context, instruction, word, word.Text, 0, scope, options);
    }

    // RUN --mount=type=cache,target=$DIR: every option value but `from` is expanded on its own.
    private static void VerifyMount(RuleContext context, Instruction instruction, Word value, StageScope scope)
    {
        var text = value.Text;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf(',', start);
            if (end < 0)
            {
                end = text.Length;
            }
            var equals = text.IndexOf('=', start, end - start);
            if (equals > 0 && !text.AsSpan(start, equals - start).Trim().Equals("from", StringComparison.OrdinalIgnoreCase))
            {
                var field = text[(equals + 1)..end];
                if (field.Contains('$'))
                {
                    VerifyText(context, instruction, value, field, equals + 1, scope, new ExpansionOptions(context.Document.EscapeChar));
                }
            }
            start = end + 1;
        }
    }

    /// <summary>Reports each undefined name of one expanded word once; <paramref name="shift"/> -1 means "whole token".</summary>
    private static void VerifyText(RuleContext context, Instruction instruction, Token token, string text, int shift, StageScope scope, ExpansionOptions options)
    {
        if (!text.Contains('$'))
        {
            return;
        }
        var result = VariableExpansion.Expand(text, scope.Lookup, options with { Lenient = true });
        foreach (var reference in result.Unmatched)
        {
            if (scope.IsKnown(reference.Name) || Array.IndexOf(NeverReported, reference.Name) >= 0)
            {
                continue;
            }
            var suggestion = BuildKitSupport.Suggest(reference.Name, scope.Names.Where(n => scope.Lookup(n) is not null));
            var message = suggestion is null
                ? $"Usage of undefined variable '${reference.Name}'"
                : $"Usage of undefined variable '${reference.Name}' (did you mean ${suggestion}?)";
            var span = shift < 0
                ? token.Span
                : BuildKitSupport.SpanWithin(context.Document, instruction, token, reference.Start + shift, reference.End + shift);
            context.Report(span, message, instruction);
        }
    }
}
