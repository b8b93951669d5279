using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Content.Grading.Checks;

/// <summary>
/// <c>kind: exec-form</c> — the final image has a CMD or ENTRYPOINT (its own or inherited from a base
/// stage), and the effective ones are in exec (JSON) form, so the process gets signals as PID 1.
/// </summary>
public sealed class ExecFormCheck(CheckSpec spec) : GradingCheck(spec)
{
    public override CheckEvaluation Evaluate(GradingContext context)
    {
        if (context.Final is not { } final)
        {
            return CheckEvaluation.Fail();
        }
        Instruction? cmd = null;
        Instruction? entrypoint = null;
        foreach (var instruction in GradingContext.ChainInstructions(final))
        {
            if (instruction is CmdInstruction)
            {
                cmd = instruction;
            }
            else if (instruction is EntrypointInstruction)
            {
                entrypoint = instruction;
            }
        }
        if (cmd is null && entrypoint is null)
        {
            return CheckEvaluation.Fail([final.From.Line], "no CMD or ENTRYPOINT");
        }
        var lines = new List<int>();
        var passed = true;
        if (entrypoint is EntrypointInstruction e)
        {
            lines.AddRange(GradingContext.LinesOf(e));
            passed &= e.Command.IsExec;
        }
        if (cmd is CmdInstruction c)
        {
            lines.AddRange(GradingContext.LinesOf(c));
            passed &= c.Command.IsExec;
        }
        return new CheckEvaluation(passed, [.. lines]);
    }
}
