using CoursePlatform.Content.Insights;
using CoursePlatform.Linting.Semantics;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Content.Grading.Checks;

/// <summary>
/// <c>kind: cache</c> — after an edit to the <c>change</c> paths of the build context (after the submitted
/// .dockerignore), the <see cref="CacheSimulator"/> decides which steps re-run. Every RUN of <c>stage</c> that
/// runs one of the <c>cached</c> commands must stay cached (at least one must exist); every RUN running one of
/// the <c>reruns</c> commands must re-run (it must see the edit); with <c>all-cached: true</c> the whole final
/// image stays cached. Only the stages the final stage needs count (BuildKit builds no others). A failure points
/// at the step where the cache broke, e.g. the <c>COPY . .</c> before the install.
/// </summary>
public sealed class CacheCheck : GradingCheck
{
    private readonly IReadOnlyList<string> _change;
    private readonly string _stage;
    private readonly List<CommandPattern> _cached;
    private readonly List<CommandPattern> _reruns;
    private readonly bool _allCached;

    public CacheCheck(CheckSpec spec) : base(spec)
    {
        _change = spec.List("change");
        _stage = spec.StageSelector("any");
        _cached = [.. spec.List("cached").Select(p => new CommandPattern(p))];
        _reruns = [.. spec.List("reruns").Select(p => new CommandPattern(p))];
        _allCached = spec.Bool("all-cached", false);
        if (_change.Count == 0)
        {
            spec.Error(null, $"check '{spec.Id}' (cache) needs 'change' (the context paths an edit touches)");
        }
        if (_cached.Count == 0 && _reruns.Count == 0 && !_allCached)
        {
            spec.Error(null, $"check '{spec.Id}' (cache) needs 'cached' or 'reruns' patterns, or 'all-cached: true'");
        }
        foreach (var path in _change)
        {
            if (Insights.ContextPaths.Normalize(path) == ".")
            {
                spec.Error("change", $"check '{spec.Id}' (cache): 'change' names the whole context ('{path}'); name the files an edit touches");
            }
        }
    }

    /// <summary>The changed paths, so validation can prove they exist in the problem's context.</summary>
    public override IEnumerable<string> ContextPaths => _change;

    public override CheckEvaluation Evaluate(GradingContext context)
    {
        var simulation = CacheSimulator.Simulate(context.Document, context.ContextFiles.Keys, context.Dockerignore, _change);
        var edit = "an edit to " + string.Join(", ", _change);
        var lines = new List<int>();
        var cachedLines = new List<int>();
        var problems = new List<string>();
        var matched = 0;
        var rerunsMatched = 0;
        if (_allCached && context.Final is { } final)
        {
            foreach (var stage in GradingContext.Chain(final))
            {
                if (simulation.StageOf(stage)?.FirstRerun is { } rerun)
                {
                    problems.Add($"`{rerun.Summary}` (line {rerun.Line}) re-runs after {edit}{Cause(rerun)}");
                    lines.AddRange(GradingContext.LinesOf(rerun.BrokenBy!.Instruction));
                    break;
                }
            }
        }
        var built = context.StagesFor(_stage).Where(s => simulation.StageOf(s)?.Built == true).ToList();
        foreach (var stage in built)
        {
            foreach (var step in simulation.StageOf(stage)!.Steps)
            {
                if (step.Instruction is not RunInstruction run)
                {
                    continue;
                }
                if (_cached.Count > 0 && run.Script.Commands.Any(c => _cached.Any(p => p.Matches(c))))
                {
                    matched++;
                    if (!step.Cached)
                    {
                        problems.Add($"`{step.Summary}` (line {step.Line}) re-runs after {edit}{Cause(step)}");
                        lines.AddRange(GradingContext.LinesOf(step.BrokenBy!.Instruction));
                    }
                    else
                    {
                        cachedLines.AddRange(GradingContext.LinesOf(run));
                    }
                }
                if (_reruns.Count > 0 && run.Script.Commands.Any(c => _reruns.Any(p => p.Matches(c))))
                {
                    rerunsMatched++;
                    if (step.Cached)
                    {
                        problems.Add($"`{step.Summary}` (line {step.Line}) stays cached after {edit}: it never sees the edited files");
                        lines.AddRange(GradingContext.LinesOf(run));
                    }
                }
            }
        }
        var missing = (_cached.Count > 0 && matched == 0 ? _cached : []).Concat(_reruns.Count > 0 && rerunsMatched == 0 ? _reruns : []).ToList();
        if (missing.Count > 0)
        {
            IReadOnlyList<Stage> stages = built.Count > 0 ? built : context.Stages.All;
            return CheckEvaluation.Fail(stages.Select(s => s.From.Line), $"no RUN runs {string.Join(" or ", missing.Select(p => p.Text))}");
        }
        // A failure points at where the cache broke only: a cached step's line would send the student to the wrong place.
        return problems.Count > 0
            ? CheckEvaluation.Fail(lines, string.Join("; ", problems))
            : CheckEvaluation.Pass(cachedLines);
    }

    private static string Cause(CacheStep step)
    {
        var breaker = step.BrokenBy!;
        return ReferenceEquals(breaker, step)
            ? ": " + breaker.Reason
            : $"; the cache breaks at `{breaker.Summary}` (line {breaker.Line}): {breaker.Reason}";
    }
}
