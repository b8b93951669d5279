using CoursePlatform.Linting;

namespace CoursePlatform.Cli;

/// <summary>The command-line front end: <c>lint</c>, <c>rules</c>, <c>explain</c> and <c>bench</c>.</summary>
public static class CliApp
{
    public const string Usage = """
        usage: courseplatform lint [options] <file|->...
               courseplatform rules
               courseplatform explain <CODE|BuildKitName>
               courseplatform bench <dir> [--passes N]

        lint options:
          -f, --format tty|json|sarif|checkstyle|gnu   output format (default tty)
          -c, --config FILE            .hadolint.yaml to use (default: discovered like hadolint)
          --ignore CODE                drop a rule (DL code, BuildKit name or SC code); repeatable
          -t, --failure-threshold L    error|warning|info|style|ignore|none (default info)
          --no-fail                    always exit 0 when the files could be linted
          --dockerignore FILE          .dockerignore for CopyIgnoredFile (default: next to the Dockerfile)
          --no-shellcheck              do not run ShellCheck on RUN scripts
          --error|--warning|--info|--style CODE   change a rule's severity; repeatable
          --trusted-registry REG       enable DL3026 with this registry; repeatable
          --require-label NAME:TYPE    enable the label schema rules; repeatable
          --strict-labels              report labels outside the schema (DL3050)
          --disable-ignore-pragma      ignore inline ignore comments and check directives
          --no-color                   no ANSI colours in tty output
          -V, --verbose                say which config file is used
        """;

    /// <summary>Runs the CLI and returns the exit code. Never throws for bad input.</summary>
    public static int Run(string[] args, CliConsole console)
    {
        try
        {
            if (args.Length == 0)
            {
                console.Error.WriteLine(Usage);
                return 1;
            }
            return args[0] switch
            {
                "lint" => LintCommand.Run(args[1..], console),
                "rules" => InfoCommands.Rules(console),
                "explain" => InfoCommands.Explain(args[1..], console),
                "bench" => BenchCommand.Run(args[1..], console),
                "-h" or "--help" or "help" => Help(console),
                "-v" or "--version" => Version(console),
                _ => LintCommand.Run(args, console),
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"courseplatform: {e.Message}");
            return 1;
        }
        catch (Exception e) when (console.GetVariable("COURSEPLATFORM_DEBUG") is null)
        {
            // A bug, not bad input: say so in one line; COURSEPLATFORM_DEBUG=1 lets the stack trace through.
            console.Error.WriteLine($"courseplatform: internal error: {e.GetType().Name}: {e.Message} (set COURSEPLATFORM_DEBUG=1 for details)");
            return 1;
        }
    }

    private static int Help(CliConsole console)
    {
        console.Out.WriteLine(Usage);
        return 0;
    }

    private static int Version(CliConsole console)
    {
        console.Out.WriteLine($"courseplatform {Linter.EngineVersion}");
        return 0;
    }
}
