using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Semantics;

/// <summary>One build stage: a FROM and the instructions up to the next FROM.</summary>
public sealed class Stage(int index, FromInstruction from, ReadOnlyArray<Instruction> instructions, Stage? baseStage)
{
    /// <summary>0-based position, as used by <c>COPY --from=N</c>.</summary>
    public int Index { get; } = index;

    public FromInstruction From { get; } = from;

    // Made on first read: a single-stage file rarely asks for it.
    private string? _name;

    /// <summary>The stage name lower-cased (BuildKit's rule), or null for an unnamed stage.</summary>
    public string? Name => _name ?? (From.StageName is { } name ? _name = name.Text.ToLowerInvariant() : null);

    /// <summary>Instructions after the FROM, up to the next FROM.</summary>
    public ReadOnlyArray<Instruction> Instructions { get; } = instructions;

    /// <summary>The earlier stage this one builds on (<c>FROM &lt;stage&gt;</c>, case-insensitive), if any.</summary>
    public Stage? BaseStage { get; } = baseStage;

    /// <summary>This stage, then its base stage, and so on.</summary>
    public IEnumerable<Stage> SelfAndAncestors()
    {
        for (var stage = this; stage is not null; stage = stage.BaseStage)
        {
            yield return stage;
        }
    }
}

/// <summary>The stages of a Dockerfile, the global ARGs before the first FROM, and lookups between them.</summary>
public sealed class StageGraph
{
    internal StageGraph(DockerfileDocument document)
    {
        // Two walks over the instructions and arrays of the exact size: a stage's instructions are the run between
        // its FROM and the next one, so nothing needs growing lists.
        var instructions = document.Instructions.AsSpan();
        var stageCount = 0;
        var firstFrom = instructions.Length;
        var globalCount = 0;
        for (var i = 0; i < instructions.Length; i++)
        {
            if (instructions[i] is FromInstruction)
            {
                firstFrom = Math.Min(firstFrom, i);
                stageCount++;
            }
            else if (stageCount == 0 && instructions[i] is ArgInstruction)
            {
                globalCount++;
            }
        }
        if (firstFrom > 0)
        {
            BeforeFirstFrom = instructions[..firstFrom].ToArray();
            if (globalCount > 0)
            {
                var globals = new ArgInstruction[globalCount];
                var g = 0;
                foreach (var instruction in instructions[..firstFrom])
                {
                    if (instruction is ArgInstruction arg)
                    {
                        globals[g++] = arg;
                    }
                }
                GlobalArgs = globals;
            }
        }
        GlobalArgs ??= [];
        BeforeFirstFrom ??= [];
        if (stageCount == 0)
        {
            return;
        }
        var stages = new Stage[stageCount];
        var from = firstFrom;
        for (var index = 0; index < stages.Length; index++)
        {
            var next = from + 1;
            while (next < instructions.Length && instructions[next] is not FromInstruction)
            {
                next++;
            }
            var body = next - from - 1 == 0 ? default : ReadOnlyArray.Wrap(instructions[(from + 1)..next].ToArray());
            stages[index] = Create(stages, index, (FromInstruction)instructions[from], body);
            from = next;
        }
        All = ReadOnlyArray.Wrap(stages);
    }

    /// <summary>
    /// The instructions the stages are made of, in order: each stage's FROM followed by its instructions (every
    /// top-level instruction from the first FROM on). For walks that need no stage objects: read from the
    /// document, without building the graph.
    /// </summary>
    internal static ReadOnlySpan<Instruction> Dispatched(DockerfileDocument document)
    {
        var instructions = document.Instructions.AsSpan();
        return instructions[FirstFrom(instructions)..];
    }

    /// <summary>The instructions before the first FROM (<see cref="BeforeFirstFrom"/>), without building the graph.</summary>
    internal static ReadOnlySpan<Instruction> Preamble(DockerfileDocument document)
    {
        var instructions = document.Instructions.AsSpan();
        return instructions[..FirstFrom(instructions)];
    }

    private static int FirstFrom(ReadOnlySpan<Instruction> instructions)
    {
        for (var i = 0; i < instructions.Length; i++)
        {
            if (instructions[i] is FromInstruction)
            {
                return i;
            }
        }
        return instructions.Length;
    }

    public ReadOnlyArray<Stage> All { get; }

    /// <summary>ARG instructions before the first FROM.</summary>
    public IReadOnlyList<ArgInstruction> GlobalArgs { get; }

    /// <summary>Every instruction before the first FROM (ARGs and anything misplaced).</summary>
    public IReadOnlyList<Instruction> BeforeFirstFrom { get; }

    /// <summary>The last stage (what <c>docker build</c> produces without <c>--target</c>), or null.</summary>
    public Stage? Final => All.Count > 0 ? All[^1] : null;

    /// <summary>The stage containing an instruction (or whose FROM it is), or null when it precedes every FROM.</summary>
    public Stage? StageOf(Instruction instruction)
    {
        var top = instruction;
        while (top.Parent is not null)
        {
            top = top.Parent;
        }
        Stage? result = null;
        foreach (var stage in All)
        {
            if (stage.From.Span.Start > top.Span.Start)
            {
                break;
            }
            result = stage;
        }
        return result;
    }

    /// <summary>Finds a stage by name (case-insensitive) or 0-based index text, among stages before <paramref name="before"/>.</summary>
    public Stage? Find(string nameOrIndex, Stage? before = null)
    {
        var limit = before?.Index ?? All.Count;
        if (int.TryParse(nameOrIndex, System.Globalization.NumberStyles.None, null, out var index))
        {
            return index < limit ? All[index] : null;
        }
        for (var i = 0; i < limit; i++)
        {
            if (string.Equals(All[i].Name, nameOrIndex, StringComparison.OrdinalIgnoreCase))
            {
                return All[i];
            }
        }
        return null;
    }

    private static Stage Create(Stage[] earlier, int index, FromInstruction from, ReadOnlyArray<Instruction> body)
    {
        Stage? baseStage = null;
        var image = index == 0 ? null : from.Image?.Text;
        for (var i = index - 1; i >= 0 && image is not null; i--)
        {
            if (string.Equals(earlier[i].Name, image, StringComparison.OrdinalIgnoreCase))
            {
                baseStage = earlier[i];
                break;
            }
        }
        return new Stage(index, from, body, baseStage);
    }
}
