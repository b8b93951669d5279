using System.Globalization;
using System.Text;
using CoursePlatform.Linting.Semantics;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Content.Insights;

/// <summary>A stage of the diagram: its display name, the image it starts from (when not a stage), and whether it is the final one.</summary>
public sealed record StageNode(string Id, string Name, string? Image, bool Final);

/// <summary>An edge of the diagram: <c>FROM</c> (built on), <c>COPY --from</c> or <c>mount</c> (RUN --mount=from=).</summary>
public sealed record StageEdge(string From, string To, string Label, int Line);

/// <summary>
/// The stage graph of platform.md section 5: the stages, the images they start from, and their FROM /
/// <c>COPY --from</c> / <c>RUN --mount=from=</c> edges, as data and as Mermaid flowchart text. External images that
/// something copies or mounts from get a node of their own.
/// </summary>
public sealed class StageDiagram
{
    private StageDiagram(IReadOnlyList<StageNode> stages, IReadOnlyList<StageNode> images, IReadOnlyList<StageEdge> edges)
    {
        Stages = stages;
        Images = images;
        Edges = edges;
    }

    public IReadOnlyList<StageNode> Stages { get; }

    /// <summary>External images read by <c>COPY --from</c> or a mount (not the ones a stage starts from: those label the stage).</summary>
    public IReadOnlyList<StageNode> Images { get; }

    public IReadOnlyList<StageEdge> Edges { get; }

    public static StageDiagram Build(DockerfileDocument document)
    {
        var graph = document.Stages;
        var stages = new List<StageNode>(graph.All.Count);
        var images = new List<StageNode>();
        var edges = new List<StageEdge>();
        foreach (var stage in graph.All)
        {
            var image = stage.BaseStage is null ? stage.From.Image?.Text ?? "?" : null;
            stages.Add(new StageNode(StageId(stage), stage.From.StageName?.Text ?? "stage " + stage.Index.ToString(CultureInfo.InvariantCulture), image, stage == graph.Final));
            if (stage.BaseStage is { } baseStage)
            {
                edges.Add(new StageEdge(StageId(baseStage), StageId(stage), "FROM", stage.From.Line));
            }
        }

        var inputs = StepInputs.Resolve(document);
        foreach (var stage in graph.All)
        {
            foreach (var instruction in stage.Instructions)
            {
                if (!inputs.TryGetValue(instruction, out var step))
                {
                    continue;
                }
                if (step.From is { } copyFrom)
                {
                    edges.Add(new StageEdge(Source(graph, stage, copyFrom, images), StageId(stage), "COPY --from", instruction.Line));
                }
                foreach (var mountFrom in step.MountStages)
                {
                    edges.Add(new StageEdge(Source(graph, stage, mountFrom, images), StageId(stage), "mount", instruction.Line));
                }
            }
        }
        return new StageDiagram(stages, images, [.. edges.DistinctBy(e => (e.From, e.To, e.Label))]);
    }

    /// <summary>A Mermaid flowchart: stages as boxes (the final one marked), external images as rounded nodes.</summary>
    public string ToMermaid()
    {
        var text = new StringBuilder("flowchart LR\n");
        foreach (var stage in Stages)
        {
            var lines = new List<string> { stage.Name };
            if (stage.Image is not null)
            {
                lines.Add("FROM " + stage.Image);
            }
            if (stage.Final)
            {
                lines.Add("(final image)");
            }
            text.Append("  ").Append(stage.Id).Append("[\"").Append(Label(lines)).Append("\"]\n");
        }
        foreach (var image in Images)
        {
            text.Append("  ").Append(image.Id).Append("([\"").Append(Label([image.Name])).Append("\"])\n");
        }
        foreach (var edge in Edges)
        {
            text.Append("  ").Append(edge.From).Append(edge.Label == "FROM" ? " ==>" : " -.->").Append("|\"").Append(Label([edge.Label])).Append("\"| ").Append(edge.To).Append('\n');
        }
        if (Stages.FirstOrDefault(s => s.Final) is { } final)
        {
            text.Append("  classDef final stroke-width:3px\n  class ").Append(final.Id).Append(" final\n");
        }
        return text.ToString();
    }

    private static string StageId(Stage stage) => "s" + stage.Index.ToString(CultureInfo.InvariantCulture);

    /// <summary>The node an edge starts at: an earlier stage by name or index, else an external image.</summary>
    private static string Source(StageGraph graph, Stage stage, string reference, List<StageNode> images)
    {
        if (graph.Find(reference, before: stage) is { } source)
        {
            return StageId(source);
        }
        if (images.Find(i => i.Name == reference) is { } known)
        {
            return known.Id;
        }
        var node = new StageNode("i" + images.Count.ToString(CultureInfo.InvariantCulture), reference, reference, Final: false);
        images.Add(node);
        return node.Id;
    }

    /// <summary>
    /// A node or edge label: lines joined by Mermaid's line break, each with the characters that mean something to
    /// Mermaid or HTML spelled as Mermaid entities (names come from the Dockerfile, so they are never trusted).
    /// </summary>
    private static string Label(IEnumerable<string> lines)
    {
        var label = new StringBuilder();
        foreach (var line in lines)
        {
            if (label.Length > 0)
            {
                label.Append("<br/>");
            }
            foreach (var c in line)
            {
                label.Append(c switch
                {
                    '"' => "#quot;",
                    '#' => "#35;",
                    '<' => "#lt;",
                    '>' => "#gt;",
                    '&' => "#amp;",
                    '\n' or '\r' => " ",
                    _ => c.ToString(),
                });
            }
        }
        return label.ToString();
    }
}
