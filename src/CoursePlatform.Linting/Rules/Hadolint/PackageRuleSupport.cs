using CoursePlatform.Linting.Shell;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

/// <summary>
/// What the package-manager rules (apt, apk, pip, yum, dnf, zypper, yarn) share: reading package words the way
/// hadolint does, cache-mount exemptions, the "stage is last or reused" decision and variable-aware RPM pins.
/// </summary>
internal static class PackageRuleSupport
{
    /// <summary>
    /// True when the RUN mounts a cache or tmpfs whose target contains <paramref name="targetFragment"/>
    /// (hadolint compares by substring, so <c>/root/.cache/pip</c> matches <c>.cache/pip</c>).
    /// </summary>
    public static bool HasCacheMount(RunInstruction run, string targetFragment)
    {
        var mounts = run.Mounts;
        for (var i = 0; i < mounts.Count; i++)
        {
            var mount = mounts[i];
            var type = mount.Type;
            if ((type == "cache" || type == "tmpfs") && mount.Target is { } target &&
                target.Contains(targetFragment, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Underlines a word of the RUN script, or the RUN's first line when the word has no source position.</summary>
    public static void Report(RuleContext context, RunInstruction run, ShellWord word) =>
        Report(context, run, run.Script.SpanOf(word));

    /// <summary>Underlines a command of the RUN script, or the RUN's first line when it has no source position.</summary>
    public static void Report(RuleContext context, RunInstruction run, ShellCommand command) =>
        Report(context, run, run.Script.SpanOf(command));

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

    /// <summary>Reports, once per RUN, the first command <paramref name="offends"/> picks.</summary>
    public static void ReportFirstCommand(RuleContext context, Func<RunInstruction, ShellCommand, bool> offends)
    {
        var instructions = context.Instructions;
        for (var i = 0; i < instructions.Count; i++)
        {
            if (instructions[i] is not RunInstruction run)
            {
                continue;
            }
            var commands = run.Script.Commands;
            for (var k = 0; k < commands.Count; k++)
            {
                if (offends(run, commands[k]))
                {
                    Report(context, run, commands[k]);
                    break;
                }
            }
        }
    }

    /// <summary>Reports, once per RUN, the first word <paramref name="offendingWord"/> finds in its commands.</summary>
    public static void ReportFirstWord(RuleContext context, Func<ShellCommand, ShellWord?> offendingWord)
    {
        var instructions = context.Instructions;
        for (var i = 0; i < instructions.Count; i++)
        {
            if (instructions[i] is not RunInstruction run)
            {
                continue;
            }
            var commands = run.Script.Commands;
            for (var k = 0; k < commands.Count; k++)
            {
                if (offendingWord(commands[k]) is { } word)
                {
                    Report(context, run, word);
                    break;
                }
            }
        }
    }

    /// <summary>True when some RUN has a command <paramref name="predicate"/> accepts (a cheap pre-check before folding state).</summary>
    public static bool AnyCommand(RuleContext context, Func<ShellCommand, bool> predicate)
    {
        var instructions = context.Instructions;
        for (var i = 0; i < instructions.Count; i++)
        {
            if (instructions[i] is RunInstruction run && FirstIndex(run.Script.Commands, predicate) >= 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// True when a flag word names one of <paramref name="options"/> (long name, or any letter of a short cluster)
    /// and so takes the next word as its value. A word with an inline <c>=value</c> never takes the next word.
    /// </summary>
    public static bool TakesNextWord(string word, ReadOnlySpan<string> options)
    {
        if (word.Length < 2 || word[0] != '-' || word == "--" || word.Contains('='))
        {
            return false;
        }
        if (word[1] == '-')
        {
            var name = word.AsSpan(2);
            foreach (var option in options)
            {
                if (name.SequenceEqual(option))
                {
                    return true;
                }
            }
            return false;
        }
        for (var i = 1; i < word.Length; i++)
        {
            foreach (var option in options)
            {
                if (option.Length == 1 && option[0] == word[i])
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// hadolint's package list of a command: the non-flag arguments, without the values of
    /// <paramref name="valueOptions"/> given as separate words and without the <paramref name="skipWords"/>
    /// (the subcommand). Returns the first one <paramref name="isPinned"/> rejects.
    /// </summary>
    public static ShellWord? FirstUnpinned(ShellCommand command, ReadOnlySpan<string> valueOptions, ReadOnlySpan<string> skipWords, Func<string, bool> isPinned)
    {
        var arguments = command.Arguments;
        for (var i = 0; i < arguments.Count; i++)
        {
            var word = arguments[i];
            if (word.IsFlag)
            {
                if (TakesNextWord(word.Value, valueOptions))
                {
                    i++;
                }
                continue;
            }
            if (IsOneOf(word.Value, skipWords))
            {
                continue;
            }
            if (!isPinned(word.Value))
            {
                return word;
            }
        }
        return null;
    }

    public static bool IsOneOf(string value, ReadOnlySpan<string> candidates)
    {
        foreach (var candidate in candidates)
        {
            if (value == candidate)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when the arguments contain the words in this exact consecutive order.</summary>
    public static bool HasArgumentSequence(ShellCommand command, ReadOnlySpan<string> sequence)
    {
        var arguments = command.Arguments;
        for (var start = 0; start + sequence.Length <= arguments.Count; start++)
        {
            var match = true;
            for (var k = 0; k < sequence.Length && match; k++)
            {
                match = arguments[start + k].Value == sequence[k];
            }
            if (match)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Index of the first command matching, or -1.</summary>
    public static int FirstIndex(IReadOnlyList<ShellCommand> commands, Func<ShellCommand, bool> predicate)
    {
        for (var i = 0; i < commands.Count; i++)
        {
            if (predicate(commands[i]))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>True when some command after index <paramref name="after"/> matches.</summary>
    public static bool AnyAfter(IReadOnlyList<ShellCommand> commands, int after, Func<ShellCommand, bool> predicate)
    {
        for (var i = after + 1; i < commands.Count; i++)
        {
            if (predicate(commands[i]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// hadolint's pip install detection: a command whose name starts with <c>pip</c> (not <c>pipenv</c>) with an
    /// <c>install</c> argument, or a <c>python*</c> command running <c>-m pip install</c>.
    /// </summary>
    public static bool IsPipInstall(ShellCommand command)
    {
        var name = command.Name;
        if (name.StartsWith("pip", StringComparison.Ordinal))
        {
            return !name.StartsWith("pipenv", StringComparison.Ordinal) && command.HasArgument("install");
        }
        return name.StartsWith("python", StringComparison.Ordinal) && HasArgumentSequence(command, ["-m", "pip", "install"]);
    }

    /// <summary>
    /// Reports the RUNs found by <paramref name="check"/> only when their stage is the last one or is reused as the
    /// base of some FROM (hadolint's DL3009/DL3060 logic). Before any FROM a RUN belongs to a pseudo <c>scratch</c>
    /// stage, which is all the ONBUILD pass ever sees, so there every finding is kept.
    /// </summary>
    public static void ReportInLastOrReusedStages(RuleContext context, Func<RunInstruction, ShellCommand?> check)
    {
        var instructions = context.Instructions;
        FromInstruction? current = null;
        List<(FromInstruction? From, RunInstruction Run, ShellCommand Command)>? pending = null;
        for (var i = 0; i < instructions.Count; i++)
        {
            var instruction = instructions[i];
            if (instruction is FromInstruction from)
            {
                current = from;
            }
            else if (instruction is RunInstruction run && check(run) is { } command)
            {
                (pending ??= []).Add((current, run, command));
            }
        }
        if (pending is null)
        {
            return;
        }
        // Decided at the end of the file: "last" is the final FROM, "reused" means a FROM anywhere names the alias.
        var last = current;
        var baseImages = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < instructions.Count; i++)
        {
            if (instructions[i] is FromInstruction { Reference.Name: { Length: > 0 } name })
            {
                baseImages.Add(name);
            }
        }
        foreach (var (from, run, command) in pending)
        {
            var isLast = SameFrom(from, last);
            var isReused = from?.StageName is { } alias && baseImages.Contains(alias.Text);
            if (isLast || isReused)
            {
                Report(context, run, command);
            }
        }
    }

    /// <summary>Structural equality of two FROMs the way hadolint compares them; null stands for a bare <c>FROM scratch</c>.</summary>
    private static bool SameFrom(FromInstruction? a, FromInstruction? b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }
        return KeyOf(a) == KeyOf(b);
    }

    private static (string? Registry, string? Name, string? Tag, string? Digest, string? Alias, string? Platform) KeyOf(FromInstruction? from) =>
        from is null
            ? (null, "scratch", null, null, null, null)
            : (from.Reference?.Registry, from.Reference?.Name, from.Reference?.Tag, from.Reference?.Digest, from.StageName?.Text, from.Platform?.Value?.Text);

    /// <summary>Values accepted as "on" for <c>PIP_NO_CACHE_DIR</c>.</summary>
    public static bool IsTruthy(string value) =>
        value is "1" or "true" or "True" or "TRUE" or "on" or "On" or "ON" or "yes" or "Yes" or "YES";

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
                Report(context, run, unpinned);
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
            var commands = run.Script.Commands;
            for (var k = 0; k < commands.Count; k++)
            {
                if (IsOneOf(commands[k].Name, tools) && commands[k].HasArgument("install"))
                {
                    return i;
                }
            }
        }
        return -1;
    }

    private static ShellWord? FirstUnpinnedRpm(ShellScript script, ReadOnlySpan<string> tools, ReadOnlySpan<string> excludedWords, VariableScope variables)
    {
        var commands = script.Commands;
        for (var k = 0; k < commands.Count; k++)
        {
            var command = commands[k];
            if (!IsOneOf(command.Name, tools) || !command.HasArgument("install") ||
                excludedWords.Length > 0 && command.HasArgument(excludedWords))
            {
                continue;
            }
            var isModule = command.HasArgument("module");
            var arguments = command.Arguments;
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

/// <summary>
/// The variables a RUN can see for hadolint's pin rules: ENV keys of the current stage (and of the stage it names
/// in <c>FROM &lt;alias&gt;</c>, transitively) plus every ARG declared earlier anywhere in the file.
/// </summary>
internal sealed class VariableScope
{
    private Dictionary<string, Dictionary<string, string>>? _stagesByAlias;
    private Dictionary<string, string>? _env;
    private HashSet<string>? _args;

    public void Observe(Instruction instruction)
    {
        switch (instruction)
        {
            case FromInstruction from:
                _env = null;
                if (from.Image is { } image && _stagesByAlias is not null && _stagesByAlias.TryGetValue(image.Text, out var inherited))
                {
                    _env = new Dictionary<string, string>(inherited, StringComparer.Ordinal);
                }
                if (from.StageName is { } alias)
                {
                    _env ??= new Dictionary<string, string>(StringComparer.Ordinal);
                    (_stagesByAlias ??= new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal))[alias.Text] = _env;
                }
                break;
            case EnvInstruction env:
                _env ??= new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var pair in env.Pairs)
                {
                    _env[pair.Name] = pair.ValueText;
                }
                break;
            case ArgInstruction arg:
                _args ??= new HashSet<string>(StringComparer.Ordinal);
                foreach (var declaration in arg.Declarations)
                {
                    _args.Add(declaration.Name.Value);
                }
                break;
        }
    }

    /// <summary>The value of an ENV key visible in the current stage, or null.</summary>
    public string? Env(string name) => _env is not null && _env.TryGetValue(name, out var value) ? value : null;

    public bool IsDefined(string name) => _env is not null && _env.ContainsKey(name) || _args is not null && _args.Contains(name);

    /// <summary>True when the text uses <c>${name}</c> (or <c>$name</c>) for a variable defined here.</summary>
    public bool ReferencesKnownVariable(string text)
    {
        if (_env is null && _args is null)
        {
            return false;
        }
        for (var i = text.IndexOf('$'); i >= 0 && i < text.Length - 1; i = text.IndexOf('$', i + 1))
        {
            var braced = text[i + 1] == '{';
            var start = braced ? i + 2 : i + 1;
            var end = start;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_'))
            {
                end++;
            }
            if (end > start && IsDefined(text[start..end]))
            {
                return true;
            }
        }
        return false;
    }
}
