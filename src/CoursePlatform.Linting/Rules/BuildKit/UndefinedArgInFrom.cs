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

    // Reused by Verify on the thread; filled and read within one call.
    [ThreadStatic]
    private static List<VariableReference>? t_references;

    public override void Check(RuleContext context)
    {
        var document = context.Document;
        StageScope? declared = null;
        foreach (var instruction in context.InstructionsOf(InstructionKind.From))
        {
            if (instruction is not FromInstruction from)
            {
                continue;
            }
            if (from.Image is { } image && image.TextSpan.Contains('$') && !OnlyGlobalArgs(document, image.TextSpan))
            {
                Verify(context, from, image, declared ??= Declared(document));
            }
            if (from.Platform?.Value is { } platform && platform.TextSpan.Contains('$') && !OnlyGlobalArgs(document, platform.TextSpan))
            {
                Verify(context, from, platform, declared ??= Declared(document));
            }
        }
    }

    // True when every '$' starts a plain reference ($NAME or ${NAME...}) to a name a global ARG declares: those are
    // all declared (see Declared), so nothing is reported and no scope is made. Anything else is left to Verify; an
    // escaped or quoted '$' counts as a reference, which only sends the word there.
    private static bool OnlyGlobalArgs(DockerfileDocument document, ReadOnlySpan<char> text)
    {
        int found;
        while ((found = BuildKitSupport.NextPlainReference(ref text, out var name)) != 0)
        {
            if (found < 0 || !IsGlobalArg(document, name))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsGlobalArg(DockerfileDocument document, ReadOnlySpan<char> name)
    {
        foreach (var instruction in StageGraph.Preamble(document))
        {
            if (instruction is not ArgInstruction arg)
            {
                continue;
            }
            var declarations = arg.Declarations;
            for (var i = 0; i < declarations.Count; i++)
            {
                // A raw name equal to a plain name has nothing to unquote: its value is the same.
                if (declarations[i].Name is { } declared && declared.TextSpan.SequenceEqual(name))
                {
                    return true;
                }
            }
        }
        return false;
    }

    // What FROM may refer to: the global ARG names (declared, whatever their value) and, behind them, the predefined
    // platform args. Only set or unset matters here, never the value. A scope rather than a lookup delegate: no
    // closure, and the names of references to it are its own strings.
    private static StageScope Declared(DockerfileDocument document)
    {
        // The ARGs before the first FROM, read straight from the document (no stage graph).
        var preamble = StageGraph.Preamble(document);
        var count = 0;
        foreach (var instruction in preamble)
        {
            count += instruction is ArgInstruction arg ? arg.Declarations.Count : 0;
        }
        var scope = new StageScope(count, predefinedFallback: true);
        foreach (var instruction in preamble)
        {
            if (instruction is not ArgInstruction arg)
            {
                continue;
            }
            var declarations = arg.Declarations;
            for (var i = 0; i < declarations.Count; i++)
            {
                if (declarations[i].Name?.Value is { } name)
                {
                    scope.DeclareArg(name, "");
                }
            }
        }
        return scope;
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

    private static void Verify(RuleContext context, FromInstruction from, Word word, StageScope declared)
    {
        var references = t_references ??= [];
        references.Clear();
        VariableExpansion.References(word.Text, declared, new ExpansionOptions(context.Document.EscapeChar), references);
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
