namespace CoursePlatform.Content.Grading.Checks;

/// <summary>
/// <c>kind: run-mount</c> — a RUN in <c>stage</c> uses <c>--mount=type=&lt;type&gt;</c> (secret, cache, ssh...);
/// with <c>command</c> patterns, it must be a RUN running one of those commands (the mount must reach the step
/// that needs it).
/// </summary>
public sealed class RunMountCheck : GradingCheck
{
    private readonly string _type;
    private readonly string _stage;
    private readonly List<CommandPattern> _commands;

    public RunMountCheck(CheckSpec spec) : base(spec)
    {
        _type = spec.RequiredString("type");
        _stage = spec.StageSelector("any");
        _commands = [.. spec.List("command").Select(p => new CommandPattern(p))];
    }

    public override CheckEvaluation Evaluate(GradingContext context)
    {
        var lines = new List<int>();
        foreach (var stage in context.StagesFor(_stage))
        {
            foreach (var instruction in stage.Instructions)
            {
                if (instruction is CoursePlatform.Linting.Syntax.RunInstruction run
                    && run.Mounts.Any(m => string.Equals(m.Type, _type, StringComparison.OrdinalIgnoreCase))
                    && (_commands.Count == 0 || run.Script.Commands.Any(c => _commands.Any(p => p.Matches(c)))))
                {
                    lines.AddRange(GradingContext.LinesOf(run));
                }
            }
        }
        if (lines.Count > 0)
        {
            return CheckEvaluation.Pass(lines);
        }
        // Point at the steps that need the mount, else at the final stage.
        var steps = _commands.Count == 0
            ? []
            : GradingContext.Commands(context.StagesFor(_stage)).Where(c => _commands.Any(p => p.Matches(c.Command))).SelectMany(c => GradingContext.LinesOf(c.Run)).ToList();
        return CheckEvaluation.Fail(steps.Count > 0 ? steps : context.Final is { } final ? [final.From.Line] : [], $"no RUN --mount=type={_type}");
    }
}
