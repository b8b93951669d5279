using CoursePlatform.Content.Insights;
using CoursePlatform.Linting.Parsing;

namespace CoursePlatform.Content.Tests.Insights;

/// <summary>The stage graph of platform.md section 5, as data and as Mermaid text.</summary>
public sealed class StageDiagramTests
{
    [Fact]
    public void Stages_their_images_and_the_copy_and_from_edges_are_found()
    {
        var diagram = Build("""
            FROM golang:1.22 AS build
            RUN go build -o /server .
            FROM build AS test
            RUN go test ./...
            FROM scratch
            COPY --from=build /server /server
            COPY --from=nginx:1.27 /etc/nginx/mime.types /etc/
            """);

        Assert.Equal([("s0", "build", "golang:1.22", false), ("s1", "test", null, false), ("s2", "stage 2", "scratch", true)],
            diagram.Stages.Select(s => (s.Id, s.Name, s.Image, s.Final)));
        Assert.Equal([("i0", "nginx:1.27")], diagram.Images.Select(i => (i.Id, i.Name)));
        Assert.Equal([("s0", "s1", "FROM", 3), ("s0", "s2", "COPY --from", 6), ("i0", "s2", "COPY --from", 7)],
            diagram.Edges.Select(e => (e.From, e.To, e.Label, e.Line)));
    }

    [Fact]
    public void Copy_from_by_index_and_through_a_variable_and_mounts_from_a_stage_are_edges_too()
    {
        var diagram = Build("""
            ARG BUILDER=deps
            FROM node:20 AS deps
            RUN npm ci
            FROM node:20-slim
            ARG BUILDER
            RUN --mount=type=bind,from=deps,source=/app/node_modules,target=/m ls /m
            COPY --from=${BUILDER} /app /app
            COPY --from=0 /app/package.json /app/
            """);

        Assert.Equal([("s0", "s1", "mount"), ("s0", "s1", "COPY --from")], diagram.Edges.Select(e => (e.From, e.To, e.Label)));
        Assert.Empty(diagram.Images);
    }

    [Fact]
    public void The_mermaid_text_draws_every_stage_marks_the_final_one_and_spells_out_characters_mermaid_would_read()
    {
        var mermaid = Build("FROM alpine AS odd\nFROM alpine#x<y>\nCOPY --from=odd / /\n").ToMermaid();

        Assert.True(mermaid.StartsWith("flowchart LR\n", StringComparison.Ordinal), mermaid);
        Assert.True(mermaid.Contains("s1[\"stage 1<br/>FROM alpine#35;x#lt;y#gt;<br/>(final image)\"]", StringComparison.Ordinal), mermaid);
        Assert.Contains("s0 -.->|\"COPY --from\"| s1", mermaid);
        Assert.Contains("class s1 final", mermaid);
        Assert.DoesNotContain("<y>", mermaid);
    }

    [Fact]
    public void A_dockerfile_without_stages_gives_an_empty_diagram()
    {
        var diagram = Build("# nothing yet\n");

        Assert.Empty(diagram.Stages);
        Assert.Equal("flowchart LR\n", diagram.ToMermaid());
    }

    private static StageDiagram Build(string dockerfile) => StageDiagram.Build(DockerfileParser.Parse(dockerfile));
}
