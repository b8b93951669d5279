using CoursePlatform.Linting.Shell;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3016PinNpmVersions : Rule
{
    public override string Code => "DL3016";

    public override string Title => "Pin versions in npm install";

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Message => "Pin versions in npm. Instead of `npm install <package>` use `npm install <package>@<version>`";

    public override bool ChecksOnbuild => true;

    public override string Explanation => """
        ## What it does
        Flags `npm install <package>` when a package has no version: no `@version` after the name (or after
        the `@scope/` part), no `#commit` on a git URL, and it is neither a tarball (`.tar`, `.tar.gz`, `.tgz`)
        nor a path (`/`, `./`, `../`, `~/`).

        ## Why is this bad?
        Without a version, every build installs whatever is newest that day. The image changes without any
        change to the Dockerfile, and a broken release upstream breaks your build.

        ## Example
        ```dockerfile
        FROM node:20-bookworm-slim
        RUN npm install -g typescript
        ```

        ## Use instead
        ```dockerfile
        FROM node:20-bookworm-slim
        RUN npm install -g typescript@5.4.5
        ```

        `install` must be the first word after `npm` that is not an option (values of `--loglevel` and
        `--registry` written as separate words are skipped). `npm install` without packages (from
        `package.json`), `npm ci` and the alias `npm i` are not checked.
        """;

    public override void Check(RuleContext context)
    {
        if (!context.UsesCommand("npm"))
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
                if (command.Name == "npm" && FirstUnpinned(command) is { } package)
                {
                    ShellRuleSupport.Report(context, run, package);
                    break;
                }
            }
        }
    }

    private static ShellWord? FirstUnpinned(ShellCommandView command)
    {
        var seenInstall = false;
        var first = true;
        var arguments = command.Command.Arguments;
        for (var i = 0; i < arguments.Count; i++)
        {
            var word = arguments[i];
            if (word.IsFlag)
            {
                if (word.Value is "--loglevel" or "--registry")
                {
                    i++;
                }
                continue;
            }
            if (first)
            {
                first = false;
                if (word.Value != "install")
                {
                    return null;
                }
                seenInstall = true;
                continue;
            }
            if (seenInstall && word.Value == "install")
            {
                continue;
            }
            seenInstall = false;
            if (!IsPinned(word.Value))
            {
                return word;
            }
        }
        return null;
    }

    private static bool IsPinned(string package)
    {
        if (package.StartsWith("git://", StringComparison.Ordinal) || package.StartsWith("git+ssh://", StringComparison.Ordinal) ||
            package.StartsWith("git+http://", StringComparison.Ordinal) || package.StartsWith("git+https://", StringComparison.Ordinal))
        {
            return package.Contains('#');
        }
        if (package.EndsWith(".tar", StringComparison.Ordinal) || package.EndsWith(".tar.gz", StringComparison.Ordinal) ||
            package.EndsWith(".tgz", StringComparison.Ordinal))
        {
            return true;
        }
        if (package.StartsWith('/') || package.StartsWith("./", StringComparison.Ordinal) ||
            package.StartsWith("../", StringComparison.Ordinal) || package.StartsWith("~/", StringComparison.Ordinal))
        {
            return true;
        }
        var rest = package.AsSpan();
        if (rest.StartsWith('@'))
        {
            // hadolint drops the scope by skipping every character above '/' in code order.
            var i = 0;
            while (i < rest.Length && rest[i] > '/')
            {
                i++;
            }
            rest = rest[i..];
        }
        return rest.Contains('@');
    }
}
