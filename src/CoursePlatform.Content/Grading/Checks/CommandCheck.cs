namespace CoursePlatform.Content.Grading.Checks;

/// <summary>
/// <c>kind: command</c> — in the RUN instructions of <c>stage</c> (final: the final stage and the stages it
/// builds on; build: every other stage; any), at least one command matches one of <c>present</c> (when given)
/// and no command matches any of <c>absent</c>. Patterns are <see cref="CommandPattern"/>s over the shell model.
/// </summary>
public sealed class CommandCheck : GradingCheck
{
    private readonly string _stage;
    private readonly List<CommandPattern> _present;
    private readonly List<CommandPattern> _absent;

    public CommandCheck(CheckSpec spec) : base(spec)
    {
        _stage = spec.StageSelector("any");
        _present = [.. spec.List("present").Select(p => new CommandPattern(p))];
        _absent = [.. spec.List("absent").Select(p => new CommandPattern(p))];
        if (_present.Count == 0 && _absent.Count == 0)
        {
            spec.Error(null, $"check '{spec.Id}' (command) needs 'present' or 'absent' patterns");
        }
    }

    public override CheckEvaluation Evaluate(GradingContext context)
    {
        var found = new List<int>();
        var forbidden = new List<int>();
        foreach (var (run, command) in GradingContext.Commands(context.StagesFor(_stage)))
        {
            if (_present.Any(p => p.Matches(command)))
            {
                found.AddRange(GradingContext.LinesOf(run));
            }
            if (_absent.Any(p => p.Matches(command)))
            {
                forbidden.AddRange(GradingContext.LinesOf(run));
            }
        }
        if (forbidden.Count > 0)
        {
            return CheckEvaluation.Fail(forbidden);
        }
        if (_present.Count > 0 && found.Count == 0)
        {
            // Point at the command where it runs in the wrong stage, else at the stages it should be in.
            var elsewhere = GradingContext.Commands(context.Stages.All)
                .Where(c => _present.Any(p => p.Matches(c.Command)))
                .SelectMany(c => GradingContext.LinesOf(c.Run));
            var stages = context.StagesFor(_stage);
            var fallback = stages.Count > 0 ? stages.Select(s => s.From.Line) : context.Stages.All.Select(s => s.From.Line);
            return CheckEvaluation.Fail(elsewhere.Any() ? elsewhere : fallback, "not found in the " + _stage + " stage(s)");
        }
        return CheckEvaluation.Pass(found);
    }
}
