using CoursePlatform.Linting.Shell;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3042PipNoCacheDir : Rule
{
    private const string Variable = "PIP_NO_CACHE_DIR";

    public override string Code => "DL3042";

    public override string Title => "Use `--no-cache-dir` with `pip install`";

    public override Severity DefaultSeverity => Severity.Warning;

    public override bool ChecksOnbuild => true;

    public override string Message => "Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`";

    public override string Explanation => """
        ## What it does
        Flags a `pip install` (also `pip3` and `python -m pip install`) without `--no-cache-dir`. It is not
        reported when `PIP_NO_CACHE_DIR` is switched on (`1`, `true`, `on`, `yes`) by an `ENV` of this stage (or
        of the stage it is built `FROM`) or anywhere in the RUN itself, or when the RUN mounts a cache or tmpfs on
        a path containing `.cache/pip`. `pipx` and `pipenv` manage their own environments and are not checked.

        ## Why is this bad?
        pip keeps every downloaded wheel in `~/.cache/pip`. In an image that cache is never used again but is
        shipped in the layer, often tens of megabytes.

        ## Example
        ```dockerfile
        FROM python:3.12-slim
        RUN pip install requests==2.32.3
        ```

        ## Use instead
        ```dockerfile
        FROM python:3.12-slim
        RUN pip install --no-cache-dir requests==2.32.3
        ```

        `PIP_NO_CACHE_DIR=0` (or `off`, `no`, `false`) leaves the cache on and is reported.
        """;

    public override void Check(RuleContext context)
    {
        if (!(context.UsesCommandStartingWith("pip") || context.UsesCommandStartingWith("python")))
        {
            return;
        }
        if (!PackageRuleSupport.AnyCommand(context, IsOffending))
        {
            return;
        }
        var scope = new VariableScope();
        var instructions = context.Instructions;
        for (var i = 0; i < instructions.Count; i++)
        {
            var instruction = instructions[i];
            if (instruction is not RunInstruction run)
            {
                scope.Observe(instruction);
                continue;
            }
            var commands = run.Script.CommandViews;
            var offending = PackageRuleSupport.FirstIndex(commands, IsOffending);
            if (offending < 0 ||
                scope.Env(Variable) is { } value && PackageRuleSupport.IsTruthy(value) ||
                SwitchedOnInScript(run.Script.Text) ||
                PackageRuleSupport.HasCacheMount(run, ".cache/pip"))
            {
                continue;
            }
            ShellRuleSupport.Report(context, run, commands[offending]);
        }
    }

    private static bool IsOffending(ShellCommandView command) =>
        PackageRuleSupport.IsPipInstall(command) && !command.HasArgument("--no-cache-dir") && !IsWrapper(command);

    private static bool IsWrapper(ShellCommandView command)
    {
        var name = command.Name;
        return name.Contains("pipx", StringComparison.Ordinal) || name.Contains("pipenv", StringComparison.Ordinal) ||
               name.StartsWith("python", StringComparison.Ordinal) &&
               (PackageRuleSupport.HasArgumentSequence(command, ["-m", "pipx"]) || PackageRuleSupport.HasArgumentSequence(command, ["-m", "pipenv"]));
    }

    /// <summary>True when the RUN text sets <c>PIP_NO_CACHE_DIR</c> to a truthy value anywhere (assignment or export).</summary>
    private static bool SwitchedOnInScript(string text)
    {
        const string Assignment = Variable + "=";
        for (var at = text.IndexOf(Assignment, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Assignment, at + 1, StringComparison.Ordinal))
        {
            var start = at + Assignment.Length;
            var end = start;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not (';' or '&' or '|' or ')'))
            {
                end++;
            }
            if (PackageRuleSupport.IsTruthy(text[start..end].Trim('"', '\'')))
            {
                return true;
            }
        }
        return false;
    }
}
