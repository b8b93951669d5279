using System.Text;
using CoursePlatform.Linting.Configuration;
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

    // Reused by Verify on the thread; filled and read within one call, before anything else can use it.
    [ThreadStatic]
    private static List<VariableReference>? t_references;

    [ThreadStatic]
    private static List<ExpandedWord>? t_words;

    private static readonly string[] NeverReported = ["BUILDKIT_SBOM_SCAN_CONTEXT", "BUILDKIT_SBOM_SCAN_STAGE"];

    public override void Check(RuleContext context)
    {
        var document = context.Document;
        if (context.IsOnbuildPass || !document.Source.Contains('$'))
        {
            return;
        }
        // Most files use '$' only in RUN commands, or only for names an earlier ARG or ENV of the same stage sets:
        // then nothing can be reported. That is found from the instructions themselves, before the replay asks for
        // the stage graph and makes the stages' scopes.
        if (!NeedsReplay(document, context.Options))
        {
            return;
        }
        var visitor = new Visitor(context);
        BuildEnvironment.Dispatch(document, context.Options, ref visitor, context);
    }

    // The names set by the earlier ARGs and ENVs of the stage being read, kept as their words (no strings).
    [ThreadStatic]
    private static List<Word>? t_declared;

    // The union of what Visitor.Wants asks of each stage (an instruction after some FROM, not a FROM, with a word
    // the builder expands), less the words whose every reference is surely known: a plain name that an earlier ARG
    // or ENV of the same stage declares, one BuildKit always sets, or one a well-known base image sets. A stage's
    // scope knows at least those, so the replay would report nothing for them. Anything this scan cannot read
    // plainly is left to the replay.
    private static bool NeedsReplay(DockerfileDocument document, LintOptions options)
    {
        var dispatched = StageGraph.Dispatched(document);
        List<ExpandedWord>? words = t_words ??= [];
        var declared = t_declared ??= [];
        declared.Clear();
        try
        {
            var from = 0;
            // The base image's names, looked up when a word first needs them (most stages never do).
            IReadOnlyList<string>? imageNames = null;
            for (var n = 0; n < dispatched.Length; n++)
            {
                var instruction = dispatched[n];
                if (instruction is FromInstruction)
                {
                    declared.Clear();
                    from = n;
                    imageNames = null;
                    continue;
                }
                words?.Clear();
                ExpandedWords.Collect(document, instruction, ref words);
                if (words is { Count: > 0 })
                {
                    for (var i = 0; i < words.Count; i++)
                    {
                        if (!AllReferencesKnown(words[i].Text, declared, imageNames ?? [])
                            && (imageNames is not null || !AllReferencesKnown(words[i].Text, declared, imageNames = ImageNames(dispatched, from, options))))
                        {
                            return true;
                        }
                    }
                }
                Declare(instruction, declared);
            }
            return false;
        }
        finally
        {
            // The list must not keep the document's words alive after the call.
            declared.Clear();
        }
    }

    // What the stage's scope takes from its base image: the names the table lists for a literal image that is not an
    // earlier stage (a stage built on another starts from that stage's scope instead, so it gets none here).
    private static IReadOnlyList<string> ImageNames(ReadOnlySpan<Instruction> dispatched, int from, LintOptions options)
    {
        if (dispatched[from] is not FromInstruction { Image: { } image } || image.TextSpan.Contains('$') || !Ascii.IsValid(image.TextSpan))
        {
            return [];
        }
        for (var i = 0; i < from; i++)
        {
            // Stage names match case-insensitively; on ASCII text an ordinal comparison ignoring case is that match.
            if (dispatched[i] is FromInstruction { StageName: { } name }
                && (!Ascii.IsValid(name.TextSpan) || name.TextSpan.Equals(image.TextSpan, StringComparison.OrdinalIgnoreCase)))
            {
                return [];
            }
        }
        return BaseImageEnvironments.ImageNames(image.Text, options);
    }

    private static void Declare(Instruction instruction, List<Word> declared)
    {
        if (instruction is ArgInstruction arg)
        {
            var declarations = arg.Declarations;
            for (var i = 0; i < declarations.Count; i++)
            {
                if (declarations[i].Name is { } name && BuildKitSupport.IsPlainName(name.TextSpan))
                {
                    declared.Add(name);
                }
            }
        }
        else if (instruction is EnvInstruction env)
        {
            var pairs = env.Pairs;
            for (var i = 0; i < pairs.Count; i++)
            {
                if (pairs[i].Key is { } key && BuildKitSupport.IsPlainName(key.TextSpan))
                {
                    declared.Add(key);
                }
            }
        }
    }

    // Every '$' must start a plain reference ($NAME or ${NAME...}) to a name known for sure; an escaped or quoted
    // '$' is taken as a reference too, which only sends more words to the replay.
    private static bool AllReferencesKnown(string text, List<Word> declared, IReadOnlyList<string> imageNames)
    {
        var rest = text.AsSpan();
        int found;
        while ((found = BuildKitSupport.NextPlainReference(ref rest, out var name)) != 0)
        {
            if (found < 0 || !IsSurelyKnown(name, declared, imageNames))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsSurelyKnown(ReadOnlySpan<char> name, List<Word> declared, IReadOnlyList<string> imageNames)
    {
        for (var i = 0; i < imageNames.Count; i++)
        {
            if (name.SequenceEqual(imageNames[i]))
            {
                return true;
            }
        }
        var always = BaseImageEnvironments.AlwaysKnown;
        for (var i = 0; i < always.Count; i++)
        {
            if (name.SequenceEqual(always[i]))
            {
                return true;
            }
        }
        for (var i = 0; i < declared.Count; i++)
        {
            if (name.SequenceEqual(declared[i].TextSpan))
            {
                return true;
            }
        }
        return false;
    }

    private struct Visitor(RuleContext context) : IDispatchVisitor
    {
        // One list for the expanded words of every instruction, reused on the thread (nothing else touches it
        // while a check runs).
        private List<ExpandedWord>? _words = t_words ??= [];

        // Only whether a name is set is ever asked.
        public readonly bool NeedsValues => false;

        public bool Wants(Stage stage)
        {
            var instructions = stage.Instructions;
            for (var i = 0; i < instructions.Count; i++)
            {
                _words?.Clear();
                ExpandedWords.Collect(context.Document, instructions[i], ref _words);
                if (_words is { Count: > 0 })
                {
                    return true;
                }
            }
            return false;
        }

        public void Visit(Stage stage, Instruction instruction, StageScope scope)
        {
            if (instruction is ArgInstruction arg)
            {
                if (ExpandedWords.MentionsVariable(context.Document, arg) && arg.TextSpan.Contains('$'))
                {
                    VerifyArg(context, arg, scope);
                }
                return;
            }
            _words?.Clear();
            ExpandedWords.Collect(context.Document, instruction, ref _words);
            if (_words is not { Count: > 0 } words)
            {
                return;
            }
            for (var i = 0; i < words.Count; i++)
            {
                Verify(context, instruction, words[i], scope);
            }
        }
    }

    // Each default of one ARG sees the names declared before it in the same instruction.
    private static void VerifyArg(RuleContext context, ArgInstruction arg, StageScope scope)
    {
        var options = new ExpansionOptions(context.Document.EscapeChar);
        var local = scope;
        var declarations = arg.Declarations;
        for (var i = 0; i < declarations.Count; i++)
        {
            var declaration = declarations[i];
            if (declaration.DefaultValue is { } defaultValue && defaultValue.TextSpan.Contains('$'))
            {
                Verify(context, arg, new ExpandedWord(defaultValue, defaultValue.Text, 0, options), local);
            }
            // The scope is copied only when a later default of this ARG can refer to the name.
            if (declaration.Name?.Value is { Length: > 0 } name && AnyReferenceAfter(declarations, i))
            {
                // Only whether the name is set matters (see Visitor.NeedsValues): a default stands for itself.
                var value = declaration.DefaultValue?.Text;
                local = local == scope ? scope.Clone() : local;
                local.DeclareArg(name, value);
            }
        }
    }

    private static bool AnyReferenceAfter(IReadOnlyList<ArgDeclaration> declarations, int index)
    {
        for (var i = index + 1; i < declarations.Count; i++)
        {
            if (declarations[i].DefaultValue is { } defaultValue && defaultValue.TextSpan.Contains('$'))
            {
                return true;
            }
        }
        return false;
    }

    // Apart from Verify: the lambda captures the scope, and its closure would be made on every call of Verify.
    private static string? Suggest(string name, StageScope scope)
        => BuildKitSupport.Suggest(name, scope.Names.Where(n => scope.Lookup(n) is not null));

    /// <summary>Reports each undefined name of one expanded word once, on the reference itself.</summary>
    private static void Verify(RuleContext context, Instruction instruction, ExpandedWord word, StageScope scope)
    {
        // The references alone: the expanded text is never looked at here. One list serves every word of the file.
        var references = t_references ??= [];
        references.Clear();
        VariableExpansion.References(word.Text, scope, word.Options, references);
        for (var i = 0; i < references.Count; i++)
        {
            if (!VariableExpansion.IsFirstUnmatched(references, i))
            {
                continue;
            }
            var reference = references[i];
            if (scope.IsKnown(reference.Name) || Array.IndexOf(NeverReported, reference.Name) >= 0)
            {
                continue;
            }
            var suggestion = Suggest(reference.Name, scope);
            var message = suggestion is null
                ? $"Usage of undefined variable '${reference.Name}'"
                : $"Usage of undefined variable '${reference.Name}' (did you mean ${suggestion}?)";
            var span = word.Offset < 0
                ? word.Token.Span
                : BuildKitSupport.SpanWithin(context.Document, instruction, word.Token, reference.Start + word.Offset, reference.End + word.Offset);
            context.Report(span, message, instruction);
        }
    }
}
