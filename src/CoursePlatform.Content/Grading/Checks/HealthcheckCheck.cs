using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Content.Grading.Checks;

/// <summary>
/// <c>kind: healthcheck</c> — the final image has a HEALTHCHECK (its own or from a base stage) whose last one
/// is not <c>HEALTHCHECK NONE</c>. With <c>tool-installed: true</c>, a probe that calls <c>curl</c> or
/// <c>wget</c> needs the tool in the final image: installed by apt-get/apk/yum in the final stage or its
/// base stages, or (wget only) provided by busybox on an alpine/busybox base.
/// </summary>
public sealed class HealthcheckCheck(CheckSpec spec) : GradingCheck(spec)
{
    private readonly bool _toolInstalled = spec.Bool("tool-installed", false);

    public override CheckEvaluation Evaluate(GradingContext context)
    {
        if (context.Final is not { } final)
        {
            return CheckEvaluation.Fail();
        }
        HealthcheckInstruction? last = null;
        foreach (var instruction in GradingContext.ChainInstructions(final))
        {
            if (instruction is HealthcheckInstruction healthcheck)
            {
                last = healthcheck;
            }
        }
        if (last is null)
        {
            return CheckEvaluation.Fail([final.From.Line], "no HEALTHCHECK");
        }
        var lines = GradingContext.LinesOf(last).ToList();
        if (last.IsNone || last.Command is null)
        {
            return CheckEvaluation.Fail(lines, "HEALTHCHECK NONE disables the check");
        }
        if (_toolInstalled && Tool(last.Command) is { } tool && tool is "curl" or "wget" && !Installed(context, final, tool))
        {
            return CheckEvaluation.Fail(lines, $"{tool} is not installed in the final image");
        }
        return CheckEvaluation.Pass(lines);
    }

    private static string? Tool(CommandLine command)
    {
        if (command.IsExec)
        {
            var first = command.ExecArguments.Count > 0 ? command.ExecArguments[0].Value : null;
            if (first is "/bin/sh" or "sh" && command.ExecArguments.Count > 2)
            {
                first = command.ExecArguments[2].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            }
            return first is null ? null : Path.GetFileName(first);
        }
        var text = command.Text.Text.TrimStart();
        var space = text.IndexOf(' ');
        return Path.GetFileName(space < 0 ? text : text[..space]);
    }

    private static bool Installed(GradingContext context, CoursePlatform.Linting.Semantics.Stage final, string tool)
    {
        foreach (var (_, command) in GradingContext.Commands(GradingContext.Chain(final)))
        {
            var first = command.NonFlagArguments.FirstOrDefault().Value;
            if ((command.Name is "apt-get" or "apt" or "yum" or "dnf" or "microdnf" && first == "install") || (command.Name == "apk" && first == "add"))
            {
                foreach (var argument in command.NonFlagArguments.Skip(1))
                {
                    if (argument.Value == tool || argument.Value.StartsWith(tool + "=", StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }
        }
        if (tool == "wget" && context.ExternalBase(final) is { } image)
        {
            var info = context.Catalog.Find(image);
            return info is not null && info.HasShell && info.Libc == "musl";
        }
        return false;
    }
}
