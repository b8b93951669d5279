using CoursePlatform.Linting.Semantics;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.BuildKit;

/// <summary>The port specs of every dispatched EXPOSE, after expansion and word splitting, with the word each came from.</summary>
internal static class ExposePorts
{
    /// <summary>Calls <paramref name="visitor"/> for every port spec (a struct visitor: no closure per file).</summary>
    public static void Each<TVisitor>(RuleContext context, TVisitor visitor) where TVisitor : struct, IPortVisitor
    {
        var document = context.Document;
        // One walk tells whether there is any EXPOSE at all and whether a variable calls for the replay.
        var any = false;
        var needsScope = false;
        // The stages' instructions, read straight from the document: the stage graph is only wanted for a replay.
        var instructions = StageGraph.Dispatched(document);
        foreach (var instruction in instructions)
        {
            if (instruction is ExposeInstruction expose)
            {
                any = true;
                // Indexed: foreach over the interface list would allocate an enumerator.
                for (var i = 0; i < expose.Ports.Count; i++)
                {
                    needsScope |= expose.Ports[i].TextSpan.Contains('$');
                }
            }
        }
        if (!any)
        {
            return;
        }
        var options = new ExpansionOptions(document.EscapeChar, SplitWords: true);
        if (!needsScope)
        {
            foreach (var instruction in instructions)
            {
                Visit(instruction, null, options, ref visitor);
            }
            return;
        }
        var replay = new Replay<TVisitor>(visitor, options);
        BuildEnvironment.Dispatch(document, context.Options, ref replay, context);
    }

    private struct Replay<TVisitor>(TVisitor visitor, ExpansionOptions options) : IDispatchVisitor where TVisitor : struct, IPortVisitor
    {
        private TVisitor _visitor = visitor;

        public readonly bool Wants(Stage stage)
        {
            foreach (var instruction in stage.Instructions)
            {
                if (instruction is ExposeInstruction)
                {
                    return true;
                }
            }
            return false;
        }

        public readonly bool NeedsValues => true;

        public void Visit(Stage stage, Instruction instruction, StageScope scope)
            => ExposePorts.Visit(instruction, scope, options, ref _visitor);
    }

    // Without a scope (no port mentions a variable) nothing is set.
    private static void Visit<TVisitor>(Instruction instruction, StageScope? scope, ExpansionOptions options, ref TVisitor visitor)
        where TVisitor : struct, IPortVisitor
    {
        if (instruction is not ExposeInstruction expose)
        {
            return;
        }
        var ports = expose.Ports;
        for (var i = 0; i < ports.Count; i++)
        {
            var port = ports[i];
            // A plain port spec (no variable, quote, escape or space) is its only word: no expansion needed, and it
            // is read in place.
            if (IsPlain(port.TextSpan, options.Escape))
            {
                visitor.Visit(expose, port, port.TextSpan);
                continue;
            }
            var text = port.Text;
            var result = scope is null ? VariableExpansion.Expand(text, static _ => null, options) : VariableExpansion.Expand(text, scope, options);
            if (!result.Succeeded)
            {
                continue;
            }
            foreach (var spec in result.Words)
            {
                visitor.Visit(expose, port, spec);
            }
        }
    }

    // The lexer would leave such a word unchanged, and the word split (on char.IsWhiteSpace) would keep it whole.
    private static bool IsPlain(ReadOnlySpan<char> text, char escape)
    {
        if (text.Length == 0)
        {
            return false;
        }
        foreach (var c in text)
        {
            if (c is '$' or '\'' or '"' || c == escape || char.IsWhiteSpace(c))
            {
                return false;
            }
        }
        return true;
    }
}

/// <summary>What <see cref="ExposePorts.Each"/> calls for every port spec, with the EXPOSE and the word it came from.</summary>
internal interface IPortVisitor
{
    void Visit(ExposeInstruction expose, Word word, ReadOnlySpan<char> spec);
}
