using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Content.Grading.Checks;

/// <summary>
/// <c>kind: healthcheck</c> — the final image has a HEALTHCHECK (its own or from a base stage) whose last one
/// is not <c>HEALTHCHECK NONE</c>.
/// </summary>
public sealed class HealthcheckCheck(CheckSpec spec) : GradingCheck(spec)
{
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
        return new CheckEvaluation(!last.IsNone && last.Command is not null, [.. GradingContext.LinesOf(last)]);
    }
}
