using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Semantics;

/// <summary>One build stage: a FROM and the instructions up to the next FROM.</summary>
public sealed class Stage(int index, FromInstruction from, ReadOnlyArray<Instruction> instructions, Stage? baseStage)
{
    /// <summary>0-based position, as used by <c>COPY --from=N</c>.</summary>
    public int Index { get; } = index;

    public FromInstruction From { get; } = from;

    /// <summary>The stage name lower-cased (BuildKit's rule), or null for an unnamed stage.</summary>
    public string? Name { get; } = from.StageName?.Text.ToLowerInvariant();

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
        var stages = new List<Stage>();
        List<ArgInstruction>? globals = null;
        List<Instruction>? beforeFirstFrom = null;
        FromInstruction? from = null;
        var body = new List<Instruction>();
        foreach (var instruction in document.Instructions)
        {
            if (instruction is FromInstruction next)
            {
                if (from is not null)
                {
                    stages.Add(Create(stages, from, body));
                }
                from = next;
                body.Clear();
            }
            else if (from is null)
            {
                (beforeFirstFrom ??= []).Add(instruction);
                if (instruction is ArgInstruction arg)
                {
                    (globals ??= []).Add(arg);
                }
            }
            else
            {
                body.Add(instruction);
            }
        }
        if (from is not null)
        {
            stages.Add(Create(stages, from, body));
        }
        All = ReadOnlyArray.From(stages);
        GlobalArgs = globals ?? (IReadOnlyList<ArgInstruction>)[];
        BeforeFirstFrom = beforeFirstFrom ?? (IReadOnlyList<Instruction>)[];
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

    private static Stage Create(List<Stage> earlier, FromInstruction from, List<Instruction> body)
    {
        Stage? baseStage = null;
        var image = from.Image?.Text;
        for (var i = earlier.Count - 1; i >= 0 && image is not null; i--)
        {
            if (string.Equals(earlier[i].Name, image, StringComparison.OrdinalIgnoreCase))
            {
                baseStage = earlier[i];
                break;
            }
        }
        return new Stage(earlier.Count, from, ReadOnlyArray.From(body), baseStage);
    }
}
