using CoursePlatform.Linting.Rules;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Shell;

/// <summary>What the RUN-script rules share: reporting on a script word, with the RUN's first line as fallback.</summary>
internal static class ShellRuleSupport
{
    /// <summary>Underlines a word of the RUN script, or the RUN's first line when the word has no usable position.</summary>
    public static void Report(RuleContext context, RunInstruction run, ShellWord word) =>
        Report(context, run, run.Script.SpanOf(word));

    /// <summary>Underlines a whole command of the RUN script, or the RUN's first line.</summary>
    public static void Report(RuleContext context, RunInstruction run, ShellCommandView command) =>
        Report(context, run, run.Script.Map(command.Start, command.End));

    private static void Report(RuleContext context, RunInstruction run, SourceSpan span)
    {
        if (span.Length == 0 || span.Start < run.Span.Start || span.End > run.Span.End)
        {
            context.Report(run);
        }
        else
        {
            context.Report(span, null, run);
        }
    }

    /// <summary>Reports, in each RUN, the name word of the first command with one of <paramref name="names"/>.</summary>
    public static void ReportCommandUse(RuleContext context, params ReadOnlySpan<string> names)
    {
        if (!context.UsesAnyCommand(names))
        {
            return;
        }
        foreach (var instruction in context.InstructionsOf(InstructionKind.Run))
        {
            // The names are read in place: no command objects are made for the scripts that do not report.
            if (instruction is RunInstruction run && FirstNamedIndex(run.Script, names) is var index and >= 0
                && run.Script.CommandViews[index].NameWord is { } word)
            {
                Report(context, run, word);
            }
        }
    }

    private static int FirstNamedIndex(ShellScript script, ReadOnlySpan<string> names)
    {
        foreach (var command in script.CommandViews)
        {
            var name = command.Name;
            foreach (var candidate in names)
            {
                if (name == candidate)
                {
                    return command.Index;
                }
            }
        }
        return -1;
    }

    /// <summary>The text after the last <c>/</c> or <c>\</c>.</summary>
    public static string Basename(string path)
    {
        var cut = path.AsSpan().LastIndexOfAny('/', '\\');
        return cut < 0 ? path : path[(cut + 1)..];
    }
}
