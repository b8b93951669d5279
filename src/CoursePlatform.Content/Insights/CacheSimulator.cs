using CoursePlatform.Linting.Semantics;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Content.Insights;

/// <summary>
/// The cache simulation of platform.md section 5: after some build-context files change, which steps of a
/// Dockerfile the builder runs again. Docker's rules, over the parsed Dockerfile:
/// <list type="bullet">
/// <item>FROM an external image stays cached (the image is not pulled again); FROM &lt;stage&gt; re-runs when that stage changed.</item>
/// <item>COPY/ADD from the context re-runs when a file it copies changed: sources cleaned, globs and directories
/// followed, files that .dockerignore (or a <c>--exclude</c>) leaves out never count.</item>
/// <item>COPY --from=&lt;stage&gt; re-runs when that stage changed (any of its steps re-ran); from an external image it stays cached.</item>
/// <item>RUN --mount=type=bind re-runs when a file under the bound context source changed, or the stage it binds from changed.</item>
/// <item>ADD of a URL or git repository stays cached: only context files change here, so its source (pinned by
/// <c>--checksum</c> when given) is taken as unchanged. Here-document sources stay cached.</item>
/// <item>Once a step re-runs, every later step of the stage re-runs, and so does every stage built FROM it.</item>
/// </list>
/// What a changed stage produces is taken as changed (the builder may still match its output by content; the
/// simulation does not guess). Variables in sources and <c>--from</c> are expanded with the stage's ARG and ENV values.
/// </summary>
public static class CacheSimulator
{
    /// <summary>Simulates a rebuild of a submission to a problem, over the problem's <c>context/</c>.</summary>
    public static CacheSimulation Simulate(DockerfileDocument document, Problems.Problem problem, string? dockerignore, IEnumerable<string> changedPaths)
        => Simulate(document, problem.ContextFileSizes.Keys, dockerignore, changedPaths);

    /// <summary>Simulates a rebuild after some files of the build context changed.</summary>
    /// <param name="document">The parsed Dockerfile.</param>
    /// <param name="contextFiles">The files of the build context, relative with forward slashes (may be empty).</param>
    /// <param name="dockerignore">The .dockerignore text, or null for none.</param>
    /// <param name="changedPaths">Context-relative paths; a directory of the context stands for every file under it, an unknown path for a new file.</param>
    public static CacheSimulation Simulate(DockerfileDocument document, IEnumerable<string> contextFiles, string? dockerignore, IEnumerable<string> changedPaths)
    {
        var ignore = DockerIgnore.Parse(dockerignore);
        var (changed, ignored) = ChangedFiles(contextFiles, ignore, changedPaths);
        var inputs = StepInputs.Resolve(document);
        var stages = document.Stages.All;
        var built = BuiltStages(document, inputs);
        var results = new List<CacheStage>(stages.Count);
        foreach (var stage in stages)
        {
            var steps = new List<CacheStep>(stage.Instructions.Count + 1);
            var from = SimulateFrom(stage, results);
            steps.Add(from);
            var broken = from.BrokenBy;
            foreach (var instruction in stage.Instructions)
            {
                var kind = instruction is RunInstruction or FileTransferInstruction or WorkdirInstruction ? CacheStepKind.Build : CacheStepKind.Settings;
                CacheStep step;
                if (broken is not null)
                {
                    step = new CacheStep(instruction, kind, false, $"an earlier step re-ran (line {broken.Line})", broken, []);
                }
                else
                {
                    var own = inputs.TryGetValue(instruction, out var input)
                        ? OwnInputs(stage, input, document, results, changed, ignored)
                        : (Changed: false, Reason: "nothing before it changed", Files: (IReadOnlyList<string>)[]);
                    step = new CacheStep(instruction, kind, !own.Changed, own.Reason, null, own.Files);
                    broken = step.BrokenBy;
                }
                steps.Add(step);
            }
            results.Add(new CacheStage(stage, built.Contains(stage.Index), steps));
        }
        return new CacheSimulation(changed, ignored, results);
    }

    private static CacheStep SimulateFrom(Stage stage, List<CacheStage> earlier)
    {
        if (stage.BaseStage is { } parent && parent.Index < earlier.Count)
        {
            var result = earlier[parent.Index];
            return result.FirstRerun is { } first
                ? new CacheStep(stage.From, CacheStepKind.From, false, $"builds on {result.Mention}, which re-ran", first.BrokenBy, [])
                : new CacheStep(stage.From, CacheStepKind.From, true, $"builds on {result.Mention}, which stayed cached", null, []);
        }
        var image = stage.From.Image?.Text ?? "?";
        var reason = string.Equals(image, "scratch", StringComparison.OrdinalIgnoreCase)
            ? "an empty base"
            : $"the image {image} is already pulled";
        return new CacheStep(stage.From, CacheStepKind.From, true, reason, null, []);
    }

    private static (bool Changed, string Reason, IReadOnlyList<string> Files) OwnInputs(
        Stage stage, StepInputs input, DockerfileDocument document, List<CacheStage> earlier, IReadOnlyList<string> changed, IReadOnlyList<string> ignored)
    {
        if (input.From is { } from)
        {
            if (document.Stages.Find(from, stage) is { } source && source.Index < earlier.Count)
            {
                var result = earlier[source.Index];
                return result.Changed
                    ? (true, $"{result.Mention} re-ran", [])
                    : (false, $"{result.Mention} stayed cached", []);
            }
            return (false, $"copies from the image {from}, which does not change", []);
        }
        var files = new List<string>();
        var excluded = new List<string>();
        var filtered = new List<string>();
        var remote = false;
        var inline = false;
        foreach (var source in input.Sources)
        {
            switch (source.Kind)
            {
                case StepSourceKind.Remote:
                    remote = true;
                    break;
                case StepSourceKind.Heredoc:
                    inline = true;
                    break;
                case StepSourceKind.Stage:
                    if (document.Stages.Find(source.Path, stage) is { } bound && bound.Index < earlier.Count && earlier[bound.Index].Changed)
                    {
                        return (true, $"{earlier[bound.Index].Mention} re-ran (bind mount)", []);
                    }
                    break;
                default:
                    var path = ContextPaths.Normalize(source.Path);
                    foreach (var file in changed)
                    {
                        if (ContextPaths.Takes(path, file) && !files.Contains(file))
                        {
                            if (input.Excludes is { } excludes && (excludes.Matches(ContextPaths.RelativeToSource(path, file)) || excludes.Matches(file)))
                            {
                                excluded.Add(file);
                            }
                            else
                            {
                                files.Add(file);
                            }
                        }
                    }
                    foreach (var file in ignored)
                    {
                        if (ContextPaths.Takes(path, file) && !filtered.Contains(file))
                        {
                            filtered.Add(file);
                        }
                    }
                    break;
            }
        }
        if (files.Count > 0)
        {
            return (true, Describe(files) + " changed", files);
        }
        if (filtered.Count > 0)
        {
            return (false, $"{Describe(filtered)} changed, but .dockerignore leaves {(filtered.Count == 1 ? "it" : "them")} out of the context", []);
        }
        if (excluded.Count > 0)
        {
            return (false, $"{Describe(excluded)} changed, but --exclude leaves {(excluded.Count == 1 ? "it" : "them")} out", []);
        }
        if (remote)
        {
            return (false, "a remote source, taken as unchanged (only context files change here)", []);
        }
        if (inline)
        {
            return (false, "inline content, unchanged", []);
        }
        return (false, input.Sources.Count > 0 ? "none of its files changed" : "nothing before it changed", []);
    }

    private static string Describe(IReadOnlyList<string> files) => files.Count switch
    {
        1 => files[0],
        2 => files[0] + " and " + files[1],
        3 => $"{files[0]}, {files[1]} and {files[2]}",
        _ => $"{files[0]}, {files[1]} and {files.Count - 2} more files",
    };

    /// <summary>The changed files, split into those the builder sees and those .dockerignore leaves out.</summary>
    private static (List<string> Changed, List<string> Ignored) ChangedFiles(IEnumerable<string> contextFiles, DockerIgnore ignore, IEnumerable<string> changedPaths)
    {
        var listing = contextFiles as IReadOnlyCollection<string> ?? [.. contextFiles];
        var all = new List<string>();
        foreach (var raw in changedPaths)
        {
            var path = ContextPaths.Normalize(raw);
            var before = all.Count;
            foreach (var file in listing)
            {
                if (ContextPaths.Takes(path, file) && !all.Contains(file))
                {
                    all.Add(file);
                }
            }
            if (all.Count == before && path != "." && !all.Contains(path))
            {
                all.Add(path);
            }
        }
        var changed = new List<string>();
        var ignored = new List<string>();
        foreach (var file in all)
        {
            (ignore.Matches(file) ? ignored : changed).Add(file);
        }
        return (changed, ignored);
    }

    /// <summary>The stages the final stage needs (BuildKit builds only those): its base stages, COPY --from and mount sources, transitively.</summary>
    private static HashSet<int> BuiltStages(DockerfileDocument document, IReadOnlyDictionary<Instruction, StepInputs> inputs)
    {
        var built = new HashSet<int>();
        if (document.Stages.Final is not { } final)
        {
            return built;
        }
        var pending = new Stack<Stage>();
        pending.Push(final);
        while (pending.Count > 0)
        {
            var stage = pending.Pop();
            if (!built.Add(stage.Index))
            {
                continue;
            }
            if (stage.BaseStage is { } parent)
            {
                pending.Push(parent);
            }
            foreach (var instruction in stage.Instructions)
            {
                if (!inputs.TryGetValue(instruction, out var input))
                {
                    continue;
                }
                foreach (var name in input.StageReferences)
                {
                    if (document.Stages.Find(name, stage) is { } used)
                    {
                        pending.Push(used);
                    }
                }
            }
        }
        return built;
    }
}
