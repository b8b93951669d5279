using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Content.Grading.Checks;

/// <summary>
/// <c>kind: copy-from</c> — the final stage copies artifacts from an earlier stage of the file
/// (<c>COPY --from=&lt;name or index&gt;</c>, names compared case-insensitively). With <c>built-by</c>, the
/// source stage (or a stage it builds on) must run a matching command, e.g. <c>go build</c>.
/// </summary>
public sealed class CopyFromCheck : GradingCheck
{
    private readonly List<CommandPattern> _builtBy;

    public CopyFromCheck(CheckSpec spec) : base(spec)
    {
        _builtBy = [.. spec.List("built-by").Select(p => new CommandPattern(p))];
    }

    public override CheckEvaluation Evaluate(GradingContext context)
    {
        if (context.Final is not { } final)
        {
            return CheckEvaluation.Fail();
        }
        var lines = new List<int>();
        foreach (var instruction in final.Instructions)
        {
            if (instruction is CopyInstruction copy && context.CopySource(copy, final) is { } source)
            {
                if (_builtBy.Count == 0 || GradingContext.Commands(GradingContext.Chain(source)).Any(c => _builtBy.Any(p => p.Matches(c.Command))))
                {
                    lines.AddRange(GradingContext.LinesOf(copy));
                }
            }
        }
        return lines.Count > 0 ? CheckEvaluation.Pass(lines) : CheckEvaluation.Fail([final.From.Line]);
    }
}
