using CoursePlatform.Linting.Shell;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3028PinGemVersions : Rule
{
    public override string Code => "DL3028";

    public override string Title => "Pin versions in gem install";

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Message => "Pin versions in gem install. Instead of `gem install <gem>` use `gem install <gem>:<version>`";

    public override bool ChecksOnbuild => true;

    public override string Explanation => """
        ## What it does
        Flags `gem install` (or `gem i`) when a gem is named without a version (`rails` instead of
        `rails:7.1.3`).

        ## Why is this bad?
        Without a version, every build installs the newest release of the gem. Builds stop being
        reproducible, and a new major release can break the image without any change on your side.

        ## Example
        ```dockerfile
        FROM ruby:3.3-slim
        RUN gem install bundler
        ```

        ## Use instead
        ```dockerfile
        FROM ruby:3.3-slim
        RUN gem install bundler:2.5.10
        ```

        A version option (`-v`, `--version`, `--version=...`) exempts the whole command. As in hadolint, every
        word starting with `-` is taken to swallow the next word (so `gem install -N rails` sees no gem), and
        words after `--` are ignored.
        """;

    public override void Check(RuleContext context)
    {
        if (!context.UsesCommand("gem"))
        {
            return;
        }
        foreach (var instruction in context.InstructionsOf(InstructionKind.Run))
        {
            if (instruction is not RunInstruction run)
            {
                continue;
            }
            foreach (var command in run.Script.CommandViews)
            {
                if (command.Is("gem", "install", "i") && FirstUnpinned(command) is { } gem)
                {
                    ShellRuleSupport.Report(context, run, gem);
                    break;
                }
            }
        }
    }

    private static ShellWord? FirstUnpinned(ShellCommandView command)
    {
        var arguments = command.Command.Arguments;
        foreach (var word in arguments)
        {
            if (word.Value is "-v" or "--version" || word.Value.StartsWith("--version=", StringComparison.Ordinal))
            {
                return null;
            }
        }
        for (var i = 0; i < arguments.Count; i++)
        {
            var value = arguments[i].Value;
            if (value == "--")
            {
                return null;
            }
            if (value.StartsWith('-'))
            {
                i++;
                continue;
            }
            if (value is "install" or "i")
            {
                continue;
            }
            if (!value.Contains(':'))
            {
                return arguments[i];
            }
        }
        return null;
    }
}
