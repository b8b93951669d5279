namespace CoursePlatform.Content.Grading.Checks;

/// <summary><c>kind: stages</c> — the number of build stages is within <c>min</c>..<c>max</c>.</summary>
public sealed class StageCountCheck : GradingCheck
{
    private readonly int _min;
    private readonly int _max;

    public StageCountCheck(CheckSpec spec) : base(spec)
    {
        _min = spec.Int("min") ?? 1;
        _max = spec.Int("max") ?? int.MaxValue;
    }

    public override CheckEvaluation Evaluate(GradingContext context)
    {
        var stages = context.Stages.All;
        var lines = stages.Select(s => s.From.Line);
        var passed = stages.Count >= _min && stages.Count <= _max;
        return new CheckEvaluation(passed, [.. lines], $"{stages.Count} stage(s)");
    }
}
