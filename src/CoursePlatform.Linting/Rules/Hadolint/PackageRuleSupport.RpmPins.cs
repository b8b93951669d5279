using CoursePlatform.Linting.Shell;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

// Version pins for yum, dnf and microdnf packages (DL3033, DL3041), aware of ENV and ARG variables.
internal static partial class PackageRuleSupport
{
    /// <summary>
    /// hadolint's RPM pin (DL3033, DL3041): <c>name-version</c> where every part after the first dash is made of
    /// <c>[0-9A-Za-z.~^_:+]</c> and one of them starts with a digit; or a <c>.rpm</c> file; or a word that uses a
    /// variable <paramref name="variables"/> knows.
    /// </summary>
    public static bool IsRpmPinned(string package, VariableScope variables)
    {
        if (package.EndsWith(".rpm", StringComparison.Ordinal))
        {
            return true;
        }
        if (package.Contains('$') && variables.ReferencesKnownVariable(package))
        {
            return true;
        }
        var dash = package.IndexOf('-');
        if (dash < 0)
        {
            return false;
        }
        var digitStart = false;
        var partStart = dash + 1;
        for (var i = partStart; i <= package.Length; i++)
        {
            if (i == package.Length || package[i] == '-')
            {
                if (i == partStart)
                {
                    return false;
                }
                digitStart |= char.IsAsciiDigit(package[partStart]);
                partStart = i + 1;
                continue;
            }
            var c = package[i];
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('.' or '~' or '^' or '_' or ':' or '+'))
            {
                return false;
            }
        }
        return digitStart;
    }

    /// <summary>
    /// The yum/dnf package words hadolint checks (DL3033, DL3041): for commands named <paramref name="tools"/> with an
    /// <c>install</c> argument, every non-flag argument except <c>install</c> and <c>module</c>. Module commands need
    /// <c>name:stream</c>; other packages need an RPM pin. Commands with one of <paramref name="excludedWords"/> are skipped.
    /// Reports the first unpinned word of the RUN.
    /// </summary>
    public static void CheckRpmPins(RuleContext context, ReadOnlySpan<string> tools, ReadOnlySpan<string> excludedWords)
    {
        if (!context.UsesAnyCommand(tools))
        {
            return;
        }
        var instructions = context.Instructions;
        var first = FirstRunUsing(instructions, tools);
        if (first < 0)
        {
            return;
        }
        var variables = new VariableScope();
        for (var i = 0; i < first; i++)
        {
            variables.Observe(instructions[i]);
        }
        for (var i = first; i < instructions.Count; i++)
        {
            var instruction = instructions[i];
            if (instruction is not RunInstruction run)
            {
                variables.Observe(instruction);
                continue;
            }
            if (FirstUnpinnedRpm(run.Script, tools, excludedWords, variables) is { } unpinned)
            {
                ShellRuleSupport.Report(context, run, unpinned);
            }
        }
    }

    /// <summary>Index of the first RUN with an <c>install</c> by one of the tools, or -1.</summary>
    private static int FirstRunUsing(IReadOnlyList<Instruction> instructions, ReadOnlySpan<string> tools)
    {
        for (var i = 0; i < instructions.Count; i++)
        {
            if (instructions[i] is not RunInstruction run)
            {
                continue;
            }
            foreach (var command in run.Script.CommandViews)
            {
                if (IsOneOf(command.Name, tools) && command.HasArgument("install"))
                {
                    return i;
                }
            }
        }
        return -1;
    }

    private static ShellWord? FirstUnpinnedRpm(ShellScript script, ReadOnlySpan<string> tools, ReadOnlySpan<string> excludedWords, VariableScope variables)
    {
        foreach (var command in script.CommandViews)
        {
            if (!IsOneOf(command.Name, tools) || !command.HasArgument("install") ||
                excludedWords.Length > 0 && command.HasArgument(excludedWords))
            {
                continue;
            }
            var isModule = command.HasArgument("module");
            // Only the installing commands become objects with words.
            var arguments = command.Command.Arguments;
            for (var a = 0; a < arguments.Count; a++)
            {
                var word = arguments[a];
                if (word.IsFlag || word.Value is "install" or "module")
                {
                    continue;
                }
                if (!(isModule ? word.Value.Contains(':') : IsRpmPinned(word.Value, variables)))
                {
                    return word;
                }
            }
        }
        return null;
    }
}
