using CoursePlatform.Linting.Semantics;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Content.Insights;

/// <summary>What a step of a stage is to the builder.</summary>
public enum CacheStepKind
{
    /// <summary>The stage's FROM.</summary>
    From,

    /// <summary>RUN, COPY, ADD or WORKDIR: a build step with its own cache entry.</summary>
    Build,

    /// <summary>ENV, LABEL, USER, CMD and the like: image settings, which follow the step before them.</summary>
    Settings,
}

/// <summary>
/// One instruction of a stage in a cache simulation: whether it stays cached or re-runs after the change, and why.
/// </summary>
public sealed class CacheStep
{
    internal CacheStep(Instruction instruction, CacheStepKind kind, bool cached, string reason, CacheStep? brokenBy, IReadOnlyList<string> changedFiles)
    {
        Instruction = instruction;
        Kind = kind;
        Cached = cached;
        Reason = reason;
        BrokenBy = cached ? null : brokenBy ?? this;
        ChangedFiles = changedFiles;
    }

    public Instruction Instruction { get; }

    public CacheStepKind Kind { get; }

    /// <summary>First line of the instruction (1-based).</summary>
    public int Line => Instruction.Line;

    /// <summary>Last line of the instruction (continuations and here-documents included).</summary>
    public int EndLine => Instruction.EndLine;

    public bool Cached { get; }

    /// <summary>Why, in a few words: <c>src/index.ts changed</c>, <c>an earlier step re-ran (line 3)</c>, <c>none of its files changed</c>.</summary>
    public string Reason { get; }

    /// <summary>
    /// For a step that re-runs, the step where the cache broke: itself when its own inputs changed, else the
    /// first re-run step before it (in this stage or, through <c>FROM &lt;stage&gt;</c>, in the stage it builds on).
    /// Null for a cached step.
    /// </summary>
    public CacheStep? BrokenBy { get; }

    /// <summary>The changed context files this step reads itself (COPY/ADD sources, bind mounts); empty otherwise.</summary>
    public IReadOnlyList<string> ChangedFiles { get; }

    /// <summary>The instruction on one line, shortened for messages.</summary>
    public string Summary
    {
        get
        {
            var text = string.Join(' ', Instruction.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            return text.Length > 60 ? text[..57] + "..." : text;
        }
    }
}

/// <summary>One stage in a cache simulation: its steps, FROM first.</summary>
public sealed class CacheStage(Stage stage, bool built, IReadOnlyList<CacheStep> steps)
{
    public Stage Stage { get; } = stage;

    /// <summary>The stage's name as written, or its index (<c>0</c>, <c>1</c>...) when it has none.</summary>
    public string DisplayName { get; } = stage.From.StageName?.Text ?? stage.Index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>How messages name the stage: <c>stage 'build'</c>, or <c>stage 0</c> without a name.</summary>
    public string Mention => Stage.From.StageName is { } name ? $"stage '{name.Text}'" : "stage " + DisplayName;

    /// <summary>False for a stage the final stage does not need: BuildKit skips it in a plain <c>docker build</c>.</summary>
    public bool Built { get; } = built;

    public IReadOnlyList<CacheStep> Steps { get; } = steps;

    /// <summary>True when any step re-runs, so what the stage produces may differ.</summary>
    public bool Changed => Steps.Any(s => !s.Cached);

    /// <summary>The first step that re-runs, or null.</summary>
    public CacheStep? FirstRerun => Steps.FirstOrDefault(s => !s.Cached);
}

/// <summary>
/// The result of <see cref="CacheSimulator"/>: for a change to some build-context files, every step of every
/// stage with whether it stays cached or re-runs. Built for display (cached/re-run colouring) and for checks.
/// </summary>
public sealed class CacheSimulation(IReadOnlyList<string> changedFiles, IReadOnlyList<string> ignoredChanges, IReadOnlyList<CacheStage> stages)
{
    /// <summary>The changed files the builder sees (after .dockerignore), context-relative.</summary>
    public IReadOnlyList<string> ChangedFiles { get; } = changedFiles;

    /// <summary>Changed files that .dockerignore keeps out of the context (they cannot invalidate anything).</summary>
    public IReadOnlyList<string> IgnoredChanges { get; } = ignoredChanges;

    public IReadOnlyList<CacheStage> Stages { get; } = stages;

    /// <summary>Every step of every stage, in Dockerfile order.</summary>
    public IEnumerable<CacheStep> Steps => Stages.SelectMany(s => s.Steps);

    /// <summary>The step of an instruction (a FROM or an instruction of a stage), or null.</summary>
    public CacheStep? StepOf(Instruction instruction) => Steps.FirstOrDefault(s => ReferenceEquals(s.Instruction, instruction));

    public CacheStage? StageOf(Stage stage) => stage.Index < Stages.Count && ReferenceEquals(Stages[stage.Index].Stage, stage) ? Stages[stage.Index] : null;
}
