using CoursePlatform.Linting.Shell;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3062PinGoVersions : Rule
{
    public override string Code => "DL3062";

    public override string Title => "Pin versions in go install";

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Message => "Pin versions in go. Instead of `go install <package>` use `go install <package>@<version>`";

    public override bool ChecksOnbuild => true;

    public override string Explanation => """
        ## What it does
        Flags `go install`, `go get` and `go run` with a remote package that has no `@version`, or that asks
        for `@latest` or `@none`.

        ## Why is this bad?
        Without a version, Go resolves the newest release at build time, so the same Dockerfile builds a
        different binary from one day to the next. A pinned version is reproducible and reviewable.

        ## Example
        ```dockerfile
        FROM golang:1.22
        RUN go install golang.org/x/tools/gopls@latest
        ```

        ## Use instead
        ```dockerfile
        FROM golang:1.22
        RUN go install golang.org/x/tools/gopls@v0.15.3
        ```

        Local packages (`.`, `./cmd/app`, `/src/app`) pass. For `go run` only the package is checked, not the
        arguments passed to the program. As in hadolint, when a `RUN` contains a `go run`, its `go install`
        and `go get` commands are not checked.
        """;

    public override void Check(RuleContext context)
    {
        if (!context.UsesCommand("go"))
        {
            return;
        }
        foreach (var instruction in context.InstructionsOf(InstructionKind.Run))
        {
            if (instruction is RunInstruction run && FirstUnpinned(run.Script) is { } package)
            {
                ShellRuleSupport.Report(context, run, package);
            }
        }
    }

    private static ShellWord? FirstUnpinned(ShellScript script)
    {
        ShellWord? firstRun = null;
        ShellWord? firstInstall = null;
        var sawRun = false;
        foreach (var view in script.CommandViews)
        {
            if (view.Name != "go")
            {
                continue;
            }
            // Only go commands become objects; the script's other commands are read in place.
            var command = view.Command;
            var isInstall = command.HasArgument("install", "get");
            var runState = 0; // 0: before "run", 1: the next non-flag word is the package, 2: done
            foreach (var word in command.Arguments)
            {
                if (word.IsFlag)
                {
                    continue;
                }
                if (runState == 1)
                {
                    runState = 2;
                    sawRun = true;
                    if (firstRun is null && !IsPinned(word.Value))
                    {
                        firstRun = word;
                    }
                }
                else if (runState == 0 && word.Value == "run")
                {
                    runState = 1;
                }
                if (isInstall && firstInstall is null && word.Value is not ("install" or "get" or "tool") && !IsPinned(word.Value))
                {
                    firstInstall = word;
                }
            }
        }
        return sawRun ? firstRun : firstInstall;
    }

    private static bool IsPinned(string package)
    {
        if (package == "." || package.StartsWith('/') || package.StartsWith('.'))
        {
            return true;
        }
        var at = package.LastIndexOf('@');
        if (at < 0)
        {
            return false;
        }
        var version = package[(at + 1)..];
        return version.Length > 0 && version is not ("latest" or "none");
    }
}
