using CoursePlatform.Linting.Shell;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3013PinPipVersions : Rule
{
    public override string Code => "DL3013";

    public override string Title => "Pin versions in `pip install`";

    public override Severity DefaultSeverity => Severity.Warning;

    public override bool ChecksOnbuild => true;

    public override string Message =>
        "Pin versions in pip. Instead of `pip install <package>` use `pip install <package>==<version>` or `pip install --requirement <requirements file>`.";

    public override string Explanation => """
        ## What it does
        Flags a `pip install` (also `pip3`, `pipx` and `python -m pip install`) naming a package without a version.
        Pinned means a version operator (`==`, `>=`, `<=`, `>`, `<`, `!=`, `~=`, `===`), a VCS URL with `@ref`
        (`git+https://...@v1.2`), a `.whl` or `.tar.gz` file, or any other path or URL (contains `/`).
        Installs from a requirements file (`-r`), with a constraints file (`-c`) or of the local project (`.`) are
        not checked.

        ## Why is this bad?
        An unpinned package resolves to the newest release at build time, so rebuilding the same Dockerfile
        can bring in a new major version and break the image.

        ## Example
        ```dockerfile
        FROM python:3.12-slim
        RUN pip install --no-cache-dir requests
        ```

        ## Use instead
        ```dockerfile
        FROM python:3.12-slim
        RUN pip install --no-cache-dir requests==2.32.3
        ```

        The values of options that take a separate argument (`--index-url URL`, `--target DIR`,
        `--python PY`, ...) are not packages; an inline `--option=value` does not swallow the next word.
        `pipenv install` is never reported.
        """;

    public override void Check(RuleContext context)
    {
        if (context.UsesCommandStartingWith("pip") || context.UsesCommandStartingWith("python"))
        {
            PackageRuleSupport.ReportFirstWord(context, FirstUnpinned);
        }
    }

    private static ShellWord? FirstUnpinned(ShellCommandView command)
    {
        if (!PackageRuleSupport.IsPipInstall(command) ||
            command.HasArgument("-r", "--requirement", ".") ||
            command.HasFlag("c", "constraint"))
        {
            return null;
        }
        ReadOnlySpan<string> valueOptions =
        [
            "abi", "b", "build", "e", "editable", "extra-index-url", "f", "find-links", "i", "index-url",
            "implementation", "no-binary", "only-binary", "platform", "prefix", "progress-bar", "proxy", "python",
            "python-version", "root", "root-user-action", "src", "t", "target", "trusted-host", "upgrade-strategy",
        ];
        // Only pip installs get here: their words are made (the other commands of the script stay views).
        var arguments = command.Command.Arguments;
        // hadolint drops the words up to the first "install", then that run of "install" words.
        var seenInstall = false;
        var inPackages = false;
        for (var i = 0; i < arguments.Count; i++)
        {
            var word = arguments[i];
            if (word.IsFlag)
            {
                if (PackageRuleSupport.TakesNextWord(word.Value, valueOptions))
                {
                    i++;
                }
                continue;
            }
            if (!inPackages && word.Value == "install")
            {
                seenInstall = true;
                continue;
            }
            inPackages = seenInstall;
            if (inPackages && !IsPinned(word.Value))
            {
                return word;
            }
        }
        return null;
    }

    private static bool IsPinned(string package)
    {
        if (package.Contains('<') || package.Contains('>') || package.Contains("==", StringComparison.Ordinal) ||
            package.Contains("!=", StringComparison.Ordinal) || package.Contains("~=", StringComparison.Ordinal))
        {
            return true;
        }
        if (package.EndsWith(".whl", StringComparison.Ordinal) || package.EndsWith(".tar.gz", StringComparison.Ordinal))
        {
            return true;
        }
        var isVcs = package.StartsWith("git+", StringComparison.Ordinal) || package.StartsWith("hg+", StringComparison.Ordinal) ||
                    package.StartsWith("svn", StringComparison.Ordinal) || package.StartsWith("bzr+", StringComparison.Ordinal);
        return isVcs ? package.Contains('@') : package.Contains('/');
    }
}
