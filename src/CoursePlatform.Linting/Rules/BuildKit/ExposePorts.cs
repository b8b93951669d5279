using CoursePlatform.Linting.Semantics;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.BuildKit;

/// <summary>The port specs of every dispatched EXPOSE, after expansion and word splitting, with the word each came from.</summary>
internal static class ExposePorts
{
    /// <summary>True when some dispatched instruction is an EXPOSE.</summary>
    public static bool Any(RuleContext context)
    {
        foreach (var stage in context.Document.Stages.All)
        {
            foreach (var instruction in stage.Instructions)
            {
                if (instruction is ExposeInstruction)
                {
                    return true;
                }
            }
        }
        return false;
    }

    public static void Each(RuleContext context, Action<ExposeInstruction, Word, string> visit)
    {
        var document = context.Document;
        var needsScope = false;
        foreach (var stage in document.Stages.All)
        {
            foreach (var instruction in stage.Instructions)
            {
                if (instruction is ExposeInstruction expose)
                {
                    foreach (var port in expose.Ports)
                    {
                        needsScope |= port.Text.Contains('$');
                    }
                }
            }
        }
        var options = new ExpansionOptions(document.EscapeChar, SplitWords: true);
        if (!needsScope)
        {
            foreach (var stage in document.Stages.All)
            {
                foreach (var instruction in stage.Instructions)
                {
                    Visit(instruction, static _ => null, options, visit);
                }
            }
            return;
        }
        BuildEnvironment.Dispatch(document, context.Options, (_, instruction, scope) => Visit(instruction, scope.LookupFunction, options, visit));
    }

    private static void Visit(Instruction instruction, Func<string, string?> lookup, ExpansionOptions options, Action<ExposeInstruction, Word, string> visit)
    {
        if (instruction is not ExposeInstruction expose)
        {
            return;
        }
        foreach (var port in expose.Ports)
        {
            var result = VariableExpansion.Expand(port.Text, lookup, options);
            if (!result.Succeeded)
            {
                continue;
            }
            foreach (var spec in result.Words)
            {
                visit(expose, port, spec);
            }
        }
    }
}
