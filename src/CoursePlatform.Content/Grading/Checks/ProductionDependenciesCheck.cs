using CoursePlatform.Linting.Semantics;
using CoursePlatform.Linting.Shell;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Content.Grading.Checks;

/// <summary>
/// <c>kind: node-production-dependencies</c> — the final image has node_modules with production dependencies
/// only. Follows where node_modules comes from: installs in the final stage (and its base stages), or a
/// <c>COPY --from</c> of another stage whose last dependency step decides. An install counts as production
/// only when it says so (<c>npm ci --omit=dev</c>, <c>--production</c>, <c>--only=prod[uction]</c>,
/// <c>yarn install --production</c>) or runs with <c>NODE_ENV=production</c> in its environment (ENV,
/// inline assignment); a later <c>npm prune --production</c>/<c>--omit=dev</c> turns dev into production.
/// </summary>
public sealed class ProductionDependenciesCheck(CheckSpec spec) : GradingCheck(spec)
{
    private enum DepState { None, Dev, Production }

    public override CheckEvaluation Evaluate(GradingContext context)
    {
        if (context.Final is not { } final)
        {
            return CheckEvaluation.Fail();
        }
        var states = StageStates(context);
        var finalChain = GradingContext.Chain(final);
        var state = DepState.None;
        var lines = new List<int>();
        foreach (var stage in finalChain)
        {
            foreach (var instruction in stage.Instructions)
            {
                if (instruction is RunInstruction && states.Steps.TryGetValue(instruction, out var step))
                {
                    state = step;
                    lines.AddRange(GradingContext.LinesOf(instruction));
                }
                else if (instruction is CopyInstruction copy && context.CopySource(copy, stage) is { } source
                    && CopiesModules(copy, source) && states.Final.TryGetValue(source, out var copied) && copied != DepState.None)
                {
                    state = Combine(state, copied);
                    lines.AddRange(GradingContext.LinesOf(copy));
                    if (copied == DepState.Dev)
                    {
                        lines.AddRange(states.DevLines.GetValueOrDefault(source) ?? []);
                    }
                }
            }
        }
        return state switch
        {
            DepState.Production => CheckEvaluation.Pass(lines, "production dependencies only"),
            DepState.Dev => CheckEvaluation.Fail(lines, "the final image gets development dependencies"),
            _ => CheckEvaluation.Fail(lines, "the final image has no node_modules"),
        };
    }

    private static DepState Combine(DepState current, DepState copied)
        => current == DepState.Dev || copied == DepState.Dev ? DepState.Dev : DepState.Production;

    /// <summary>
    /// A COPY that can bring node_modules: a source naming node_modules, or the directory the source stage
    /// installed into (its last WORKDIR) or one of its parents, or the context root.
    /// </summary>
    private static bool CopiesModules(CopyInstruction copy, Stage source)
    {
        var workdir = "/";
        foreach (var instruction in GradingContext.ChainInstructions(source))
        {
            if (instruction is WorkdirInstruction { Argument: { } dir })
            {
                var value = dir.Value;
                workdir = value.StartsWith('/') ? value : workdir.TrimEnd('/') + "/" + value;
            }
        }
        workdir = workdir.TrimEnd('/') + "/";
        foreach (var word in copy.Sources)
        {
            var value = word.Value;
            if (value.Contains("node_modules", StringComparison.Ordinal))
            {
                return true;
            }
            var absolute = value.StartsWith('/') ? value : workdir + (value is "." or "./" ? "" : value);
            absolute = absolute.TrimEnd('/') + "/";
            if (workdir.StartsWith(absolute, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private sealed record States(Dictionary<Instruction, DepState> Steps, Dictionary<Stage, DepState> Final, Dictionary<Stage, List<int>> DevLines);

    private static States StageStates(GradingContext context)
    {
        var steps = new Dictionary<Instruction, DepState>();
        var finals = new Dictionary<Stage, DepState>();
        var devLines = new Dictionary<Stage, List<int>>();
        BuildEnvironment.Dispatch(context.Document, context.LintOptions, (stage, instruction, scope) =>
        {
            if (!finals.ContainsKey(stage))
            {
                finals[stage] = stage.BaseStage is { } parent && finals.TryGetValue(parent, out var inherited) ? inherited : DepState.None;
                devLines[stage] = stage.BaseStage is { } p && devLines.TryGetValue(p, out var l) ? [.. l] : [];
            }
            if (instruction is RunInstruction run)
            {
                var nodeEnv = scope.Lookup("NODE_ENV");
                foreach (var command in run.Script.Commands)
                {
                    var step = Classify(command, nodeEnv);
                    if (step != DepState.None)
                    {
                        steps[run] = step;
                        finals[stage] = step;
                        if (step == DepState.Dev)
                        {
                            devLines[stage].AddRange(GradingContext.LinesOf(run));
                        }
                    }
                }
            }
            else if (instruction is CopyInstruction copy && context.CopySource(copy, stage) is { } source
                && CopiesModules(copy, source) && finals.TryGetValue(source, out var copied) && copied != DepState.None)
            {
                finals[stage] = Combine(finals[stage], copied);
            }
        });
        return new States(steps, finals, devLines);
    }

    private static DepState Classify(ShellCommand command, string? nodeEnv)
    {
        var inlineEnv = command.Assignments.FirstOrDefault(a => a.Name == "NODE_ENV").Value ?? nodeEnv;
        var productionEnv = inlineEnv == "production";
        var first = command.NonFlagArguments.FirstOrDefault().Value;
        switch (command.Name)
        {
            case "npm" when first is "ci" or "install" or "i" or "add":
                if (first is "install" or "i" or "add" && command.NonFlagArguments.Count() > 1)
                {
                    return DepState.None; // installing a named package, not the project's dependencies
                }
                return productionEnv || ProductionFlags(command) ? DepState.Production : DepState.Dev;
            case "npm" when first == "prune":
                return ProductionFlags(command) || productionEnv ? DepState.Production : DepState.None;
            case "yarn" when first is null or "install":
                return productionEnv || CommandPattern.HasFlag(command, "--production", null) ? DepState.Production : DepState.Dev;
            case "pnpm" when first is "install" or "i":
                return productionEnv || CommandPattern.HasFlag(command, "--prod", null) || CommandPattern.HasFlag(command, "-P", null) ? DepState.Production : DepState.Dev;
            default:
                return DepState.None;
        }
    }

    private static bool ProductionFlags(ShellCommand command)
        => CommandPattern.HasFlag(command, "--omit", "dev")
            || (CommandPattern.HasFlag(command, "--production", null) && !CommandPattern.HasFlag(command, "--production", "false"))
            || CommandPattern.HasFlag(command, "--only", "production")
            || CommandPattern.HasFlag(command, "--only", "prod");
}
