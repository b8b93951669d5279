using CoursePlatform.Linting.Semantics;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.BuildKit;

public sealed class UndefinedArgInFrom : Rule
{
    public override string Code => "UndefinedArgInFrom";

    public override string Title => "FROM command must use declared ARGs";

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Message => "FROM argument is not declared";

    public override string Explanation => """
        ## What it does
        Flags a variable used in a `FROM` image or `--platform` value that is neither a global `ARG` (declared
        before the first `FROM`, with or without a default) nor one of the predefined platform args
        (`BUILDPLATFORM`, `TARGETARCH`, ...). A close match is suggested ("did you mean").

        A value passed with `--build-arg` does not count as a declaration.

        ## Why is this bad?
        An undeclared variable expands to an empty string, so `FROM node:22${VARIANT}` silently builds from
        `node:22`, and a misspelt `$BULIDPLATFORM` leaves the platform empty.

        ## Example
        ```dockerfile
        FROM node:22${VARIANT} AS build
        ```

        ## Use instead
        ```dockerfile
        ARG VARIANT=-alpine
        FROM node:22${VARIANT} AS build
        ```
        """;

    public override void Check(RuleContext context)
    {
        var document = context.Document;
        Func<string, string?>? lookup = null;
        foreach (var instruction in context.Instructions)
        {
            if (instruction is not FromInstruction from)
            {
                continue;
            }
            if (from.Image is { } image && image.Text.Contains('$'))
            {
                Verify(context, from, image, lookup ??= Lookup(document));
            }
            if (from.Platform?.Value is { } platform && platform.Text.Contains('$'))
            {
                Verify(context, from, platform, lookup ??= Lookup(document));
            }
        }
    }

    // A declared name reads as empty, an undeclared one as unset. Made here so that only files with a variable in
    // FROM allocate the closure.
    private static Func<string, string?> Lookup(DockerfileDocument document)
        => name => IsDeclared(document, name) || BuildEnvironment.PredefinedPlatformArgs.ContainsKey(name) ? "" : null;

    private static bool IsDeclared(DockerfileDocument document, string name)
    {
        var globalArgs = document.Stages.GlobalArgs;
        for (var a = 0; a < globalArgs.Count; a++)
        {
            var declarations = globalArgs[a].Declarations;
            for (var i = 0; i < declarations.Count; i++)
            {
                if (declarations[i].Name?.Value == name)
                {
                    return true;
                }
            }
        }
        return false;
    }

    // The names a suggestion may come from: global ARGs in order, then the predefined platform args.
    private static List<string> KnownNames(DockerfileDocument document)
    {
        var names = new List<string>();
        foreach (var arg in document.Stages.GlobalArgs)
        {
            foreach (var declaration in arg.Declarations)
            {
                if (declaration.Name?.Value is { Length: > 0 } name && !names.Contains(name))
                {
                    names.Add(name);
                }
            }
        }
        names.AddRange(BuildEnvironment.PredefinedPlatformArgs.Keys);
        return names;
    }

    private static void Verify(RuleContext context, FromInstruction from, Word word, Func<string, string?> lookup)
    {
        var references = VariableExpansion.References(word.Text, lookup, new ExpansionOptions(context.Document.EscapeChar));
        List<string>? known = null;
        for (var i = 0; i < references.Count; i++)
        {
            if (!VariableExpansion.IsFirstUnmatched(references, i))
            {
                continue;
            }
            var reference = references[i];
            var suggestion = BuildKitSupport.Suggest(reference.Name, known ??= KnownNames(context.Document));
            var message = suggestion is null
                ? $"FROM argument '{reference.Name}' is not declared"
                : $"FROM argument '{reference.Name}' is not declared (did you mean {suggestion}?)";
            context.Report(BuildKitSupport.SpanWithin(context.Document, from, word, reference.Start, reference.End), message, from);
        }
    }
}
