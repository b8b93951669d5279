using CoursePlatform.Content.Insights;
using CoursePlatform.Content.Problems;
using CoursePlatform.Linting.Parsing;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Content.Tests.Insights;

/// <summary>
/// The cache simulation follows Docker's rules. Cases write the outcome as one letter per step in Dockerfile
/// order (FROM included): C stays cached, R re-runs; <c>|</c> separates stages.
/// </summary>
public class CacheSimulatorTests
{
    private static readonly string[] Context =
    [
        "package.json", "package-lock.json", "tsconfig.json", "src/index.ts", "src/lib/util.ts", "src-old/a.ts",
        "README.md", "docs/guide.md", "test/app.test.ts", ".env", "go.mod", "go.sum", "main.go",
    ];

    private const string ManifestsFirst = "FROM node:20-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n";

    private const string MultiStage = """
        FROM node:20 AS build
        WORKDIR /app
        COPY package*.json ./
        RUN npm ci
        COPY src ./src
        RUN npm run build
        FROM node:20-slim
        COPY package*.json ./
        RUN npm ci --omit=dev
        COPY --from=build /app/dist ./dist
        CMD ["node", "dist/index.js"]
        """;

    private static CacheSimulation Simulate(string dockerfile, string change, string? dockerignore = null)
    {
        var document = DockerfileParser.Parse(dockerfile.Replace("\\n", "\n"));
        Assert.Empty(document.Diagnostics);
        return CacheSimulator.Simulate(document, Context, dockerignore?.Replace("\\n", "\n"), change.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Outcome(CacheSimulation simulation)
        => string.Join(" | ", simulation.Stages.Select(stage => string.Concat(stage.Steps.Select(s => s.Cached ? 'C' : 'R'))));

    private static string Outcome(string dockerfile, string change, string? dockerignore = null)
        => Outcome(Simulate(dockerfile, change, dockerignore));

    [Theory]
    [InlineData("src/index.ts", "CCCCRR")]
    [InlineData("package.json", "CCRRRR")]
    [InlineData("package-lock.json", "CCRRRR")]
    [InlineData("README.md", "CCCCRR")]
    [InlineData("src/index.ts, package.json", "CCRRRR")]
    public void Manifests_copied_first_keep_the_install_cached_when_only_sources_change(string change, string expected)
        => Assert.Equal(expected, Outcome(ManifestsFirst, change));

    [Fact]
    public void Copying_everything_first_re_runs_the_install_on_any_source_change()
        => Assert.Equal("CCRR", Outcome("FROM node:20-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\n", "src/index.ts"));

    [Theory]
    [InlineData("COPY package*.json ./", "package-lock.json", "CR")]
    [InlineData("COPY package*.json ./", "src/index.ts", "CC")]
    [InlineData("COPY src/*.ts ./", "src/index.ts", "CR")]
    [InlineData("COPY src/*.ts ./", "src/lib/util.ts", "CC")]
    [InlineData("COPY */util.ts ./", "src/lib/util.ts", "CC")]
    [InlineData("COPY */*/util.ts ./", "src/lib/util.ts", "CR")]
    [InlineData("COPY sr? ./src", "src/lib/util.ts", "CR")]
    [InlineData("COPY src/[a-m]*.ts ./", "src/index.ts", "CR")]
    [InlineData("COPY src/[^a-m]*.ts ./", "src/index.ts", "CC")]
    [InlineData("COPY go.* ./", "go.sum", "CR")]
    [InlineData("COPY go.* ./", "main.go", "CC")]
    [InlineData("COPY *.go ./", "main.go", "CR")]
    public void Source_globs_follow_go_filepath_match_and_a_matched_directory_brings_its_files(string copy, string change, string expected)
        => Assert.Equal(expected, Outcome("FROM alpine:3.20\n" + copy + "\n", change));

    [Theory]
    [InlineData("COPY src ./src", "CR")]
    [InlineData("COPY src/ ./src", "CR")]
    [InlineData("COPY ./src ./src", "CR")]
    [InlineData("COPY /src /app/src", "CR")]
    [InlineData("COPY src/../src ./src", "CR")]
    [InlineData("COPY [\"src\", \"./src\"]", "CR")]
    [InlineData("COPY src/lib ./lib", "CC")]
    [InlineData("COPY src-old ./old", "CC")]
    [InlineData("COPY . .", "CR")]
    [InlineData("COPY ./ /app/", "CR")]
    [InlineData("COPY package.json ./", "CC")]
    public void A_directory_source_takes_every_file_under_it_and_nothing_beside_it(string copy, string expected)
        => Assert.Equal(expected, Outcome("FROM alpine:3.20\n" + copy + "\n", "src/index.ts"));

    [Fact]
    public void A_changed_directory_stands_for_every_file_in_it()
    {
        var simulation = Simulate("FROM alpine:3.20\nCOPY src/lib ./lib\n", "src");
        Assert.Equal("CR", Outcome(simulation));
        Assert.Equal(["src/index.ts", "src/lib/util.ts"], simulation.ChangedFiles);
    }

    [Fact]
    public void A_changed_path_the_context_does_not_have_is_a_new_file()
        => Assert.Equal("CR", Outcome("FROM alpine:3.20\nCOPY src ./src\n", "src/new.ts"));

    [Theory]
    [InlineData("README.md", "README.md", "CC")]
    [InlineData("README.md", "src/index.ts", "CR")]
    [InlineData("test", "test/app.test.ts", "CC")]
    [InlineData("**/*.md", "docs/guide.md", "CC")]
    [InlineData("*.md\\n!README.md", "README.md", "CR")]
    [InlineData("*.md\\n!README.md", "docs/guide.md", "CR")]
    [InlineData("*.md\\ndocs\\n!README.md", "docs/guide.md", "CC")]
    [InlineData("*\\n!src", "src/index.ts", "CR")]
    [InlineData("*\\n!src", ".env", "CC")]
    public void Files_that_dockerignore_leaves_out_never_invalidate_a_copy(string dockerignore, string change, string expected)
        => Assert.Equal(expected, Outcome("FROM alpine:3.20\nCOPY . /app\n", change, dockerignore));

    [Fact]
    public void An_ignored_change_is_reported_as_such()
    {
        var simulation = Simulate("FROM alpine:3.20\nCOPY . /app\n", "README.md, test/app.test.ts", "README.md\\ntest");
        Assert.Empty(simulation.ChangedFiles);
        Assert.Equal(["README.md", "test/app.test.ts"], simulation.IgnoredChanges);
        var copy = simulation.Steps.Last();
        Assert.True(copy.Cached);
        Assert.Equal("README.md and test/app.test.ts changed, but .dockerignore leaves them out of the context", copy.Reason);
    }

    [Theory]
    [InlineData("README.md", "CC")]
    [InlineData("docs/guide.md", "CC")]
    [InlineData("src/index.ts", "CR")]
    public void Copy_exclude_patterns_leave_files_out_of_that_copy(string change, string expected)
        => Assert.Equal(expected, Outcome("FROM alpine:3.20\nCOPY --exclude=*.md --exclude=docs . /app\n", change));

    [Fact]
    public void A_source_change_re_runs_the_build_stage_and_the_copy_of_its_output_but_not_the_production_install()
        => Assert.Equal("CCCCRR | CCCRR", Outcome(MultiStage, "src/index.ts"));

    [Fact]
    public void A_manifest_change_re_runs_both_installs()
        => Assert.Equal("CCRRRR | CRRRR", Outcome(MultiStage, "package.json"));

    [Fact]
    public void A_change_nothing_copies_leaves_every_stage_cached()
    {
        var simulation = Simulate(MultiStage, "README.md");
        Assert.Equal("CCCCCC | CCCCC", Outcome(simulation));
        Assert.All(simulation.Stages, s => Assert.False(s.Changed));
    }

    [Fact]
    public void Copying_a_stages_output_before_the_install_re_runs_the_install_and_blames_that_copy()
    {
        var dockerfile = MultiStage.Replace("COPY --from=build /app/dist ./dist\n", "").Replace("FROM node:20-slim\n", "FROM node:20-slim\nCOPY --from=build /app/dist ./dist\n");
        var simulation = Simulate(dockerfile, "src/index.ts");
        Assert.Equal("CCCCRR | CRRRR", Outcome(simulation));
        var install = simulation.Stages[1].Steps.Single(s => s.Instruction.Text.Contains("npm ci", StringComparison.Ordinal));
        Assert.Equal(8, install.BrokenBy!.Line);
        Assert.Equal("stage 'build' re-ran", install.BrokenBy.Reason);
        Assert.Equal("an earlier step re-ran (line 8)", install.Reason);
    }

    [Theory]
    [InlineData("COPY --from=0 /app/dist ./dist", "CR | CR")]
    [InlineData("COPY --from=BUILD /app/dist ./dist", "CR | CR")]
    [InlineData("COPY --from=nginx:1.27-alpine /etc/nginx /etc/nginx", "CR | CC")]
    [InlineData("COPY --from=later /x /x", "CR | CC")]
    public void Copy_from_follows_stages_by_name_or_index_and_treats_images_as_unchanged(string copy, string expected)
        => Assert.Equal(expected, Outcome("FROM alpine:3.20 AS build\nCOPY src /app/src\nFROM alpine:3.20\n" + copy + "\n", "src/index.ts"));

    [Fact]
    public void A_stage_built_from_a_changed_stage_re_runs_from_its_from_and_blames_the_first_breaker()
    {
        var simulation = Simulate("FROM node:20 AS base\nWORKDIR /app\nCOPY . .\nFROM base AS test\nRUN npm test\nFROM base\nCMD [\"node\"]\n", "src/index.ts");
        Assert.Equal("CCR | RR | RR", Outcome(simulation));
        var test = simulation.Stages[1];
        Assert.Equal("builds on stage 'base', which re-ran", test.Steps[0].Reason);
        Assert.All(test.Steps, s => Assert.Equal(3, s.BrokenBy!.Line));
    }

    [Fact]
    public void A_stage_built_from_an_unchanged_stage_stays_cached()
        => Assert.Equal("CCC | CC", Outcome("FROM node:20 AS base\nWORKDIR /app\nCOPY package.json ./\nFROM base\nRUN npm ci\n", "src/index.ts"));

    [Fact]
    public void Stages_the_final_stage_does_not_need_are_marked_as_not_built()
    {
        var simulation = Simulate("FROM alpine AS unused\nRUN true\nFROM alpine AS deps\nRUN true\nFROM deps AS lib\nRUN true\nFROM golang AS tools\nRUN true\nFROM alpine\nCOPY --from=lib /x /x\nRUN --mount=type=bind,from=tools,target=/t true\n", "main.go");
        Assert.Equal([false, true, true, true, true], simulation.Stages.Select(s => s.Built));
    }

    [Theory]
    [InlineData("RUN --mount=type=bind,source=go.mod,target=go.mod go mod download", "main.go", "CR")]
    [InlineData("RUN --mount=type=bind,source=go.mod,target=go.mod go mod download", "go.mod", "RR")]
    [InlineData("RUN --mount=type=bind,target=/src go build", "main.go", "RR")]
    [InlineData("RUN --mount=type=bind,src=./src,dst=/src true", "src/lib/util.ts", "RR")]
    [InlineData("RUN --mount=type=bind,src=./src,dst=/src true", "main.go", "CR")]
    [InlineData("RUN --mount=type=cache,target=/root/.cache/go-build go build", "main.go", "CR")]
    [InlineData("RUN --mount=type=secret,id=token true", "main.go", "CR")]
    [InlineData("RUN --mount=type=tmpfs,target=/tmp true", "main.go", "CR")]
    public void A_bind_mount_of_the_context_re_runs_its_step_when_a_bound_file_changed(string run, string change, string expected)
        => Assert.Equal("C" + expected, Outcome("FROM golang:1.22\n" + run + "\nCOPY . .\n", change));

    [Theory]
    [InlineData("src/index.ts", "CR | CR")]
    [InlineData("README.md", "CC | CC")]
    public void A_bind_mount_from_a_stage_re_runs_when_that_stage_changed(string change, string expected)
        => Assert.Equal(expected, Outcome("FROM node:20 AS build\nCOPY src /src\nFROM alpine\nRUN --mount=type=bind,from=build,source=/src,target=/src ls /src\n", change));

    [Theory]
    [InlineData("ADD https://example.com/tool.tar.gz /opt/")]
    [InlineData("ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool.tar.gz /opt/")]
    [InlineData("ADD git@github.com:moby/buildkit.git /src")]
    [InlineData("ADD https://github.com/moby/buildkit.git#v0.14.0 /src")]
    public void Remote_add_sources_are_taken_as_unchanged_because_a_scenario_changes_context_files_only(string add)
    {
        var simulation = Simulate("FROM alpine:3.20\n" + add + "\nRUN true\n", "src/index.ts");
        Assert.Equal("CCC", Outcome(simulation));
        Assert.StartsWith("a remote source", simulation.Steps.ElementAt(1).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_local_add_is_a_copy_from_the_context()
        => Assert.Equal("CR", Outcome("FROM alpine:3.20\nADD src /app/src\n", "src/index.ts"));

    [Fact]
    public void A_heredoc_copy_stays_cached()
        => Assert.Equal("CCC", Outcome("FROM alpine:3.20\nCOPY <<EOF /etc/app.conf\nport=80\nEOF\nRUN true\n", "src/index.ts"));

    [Fact]
    public void Settings_steps_follow_the_step_before_them_and_workdir_is_a_build_step()
    {
        var simulation = Simulate("FROM alpine:3.20\nENV A=1\nWORKDIR /app\nCOPY src ./src\nENV B=2\nWORKDIR /out\nUSER app\nCMD [\"x\"]\n", "src/index.ts");
        Assert.Equal("CCCRRRRR", Outcome(simulation));
        Assert.Equal(
            [CacheStepKind.From, CacheStepKind.Settings, CacheStepKind.Build, CacheStepKind.Build, CacheStepKind.Settings, CacheStepKind.Build, CacheStepKind.Settings, CacheStepKind.Settings],
            simulation.Steps.Select(s => s.Kind));
        Assert.Equal("an earlier step re-ran (line 4)", simulation.Steps.Last().Reason);
    }

    [Theory]
    [InlineData("ARG SRC=src\nCOPY ${SRC} /app/src\n", "CR")]
    [InlineData("ENV DIR=src\nCOPY $DIR/index.ts /app/\n", "CR")]
    [InlineData("ARG SRC=docs\nCOPY ${SRC} /app/docs\n", "CC")]
    public void Variables_in_sources_are_expanded_with_the_stage_values(string body, string expected)
        => Assert.Equal("C" + expected, Outcome("FROM alpine:3.20\n" + body, "src/index.ts"));

    [Fact]
    public void A_copy_from_named_by_an_arg_follows_that_stage()
        => Assert.Equal("CR | CCR", Outcome("FROM alpine AS build\nCOPY src /src\nFROM alpine\nARG FROM_STAGE=build\nCOPY --from=${FROM_STAGE} /src /src\n", "src/index.ts"));

    [Fact]
    public void Steps_carry_their_line_span_reason_and_the_changed_files_they_read()
    {
        var simulation = Simulate("FROM alpine:3.20\nCOPY src/index.ts \\\n     package.json /app/\nRUN echo one \\\n && echo two\n", "src/index.ts, package.json");
        var copy = simulation.Steps.ElementAt(1);
        Assert.Equal((2, 3), (copy.Line, copy.EndLine));
        Assert.Equal("src/index.ts and package.json changed", copy.Reason);
        Assert.Equal(["package.json", "src/index.ts"], copy.ChangedFiles.Order());
        Assert.Same(copy, copy.BrokenBy);
        var run = simulation.Steps.ElementAt(2);
        Assert.Equal((4, 5), (run.Line, run.EndLine));
        Assert.Same(copy, run.BrokenBy);
        Assert.Empty(run.ChangedFiles);
        Assert.Equal("RUN echo one && echo two", run.Summary);
    }

    [Fact]
    public void Cached_steps_say_why()
    {
        var simulation = Simulate("FROM node:20-slim\nCOPY package.json ./\nRUN npm ci\n", "src/index.ts");
        Assert.Equal(
            ["the image node:20-slim is already pulled", "none of its files changed", "nothing before it changed"],
            simulation.Steps.Select(s => s.Reason));
        Assert.All(simulation.Steps, s => Assert.Null(s.BrokenBy));
    }

    [Fact]
    public void Many_changed_files_are_summarised()
    {
        var simulation = Simulate("FROM alpine\nCOPY . .\n", "package.json, src, README.md");
        Assert.Equal("package.json, src/index.ts and 2 more files changed", simulation.Steps.Last().Reason);
    }

    [Fact]
    public void The_multi_stage_reference_keeps_both_installs_cached_when_the_source_changes()
    {
        var problem = ContentValidator.LoadProblems(RealContentTests.RepositoryContent()).Find("multi-stage-typescript")!;
        var simulation = CacheSimulator.Simulate(DockerfileParser.Parse(problem.Reference.Dockerfile), problem, null, ["src/index.ts"]);
        var installs = simulation.Steps.Where(s => s.Instruction is RunInstruction run && run.Text.Contains("npm ci", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, installs.Count);
        Assert.All(installs, s => Assert.True(s.Cached));
        var copy = Assert.Single(simulation.Steps, s => s.ChangedFiles.Count > 0);
        Assert.Equal("COPY src ./src", copy.Summary);
        Assert.True(simulation.Stages[0].Changed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ARG A=1\n")]
    [InlineData("# only a comment\n")]
    public void A_dockerfile_without_stages_gives_an_empty_simulation(string dockerfile)
        => Assert.Empty(CacheSimulator.Simulate(DockerfileParser.Parse(dockerfile), Context, null, ["src/index.ts"]).Stages);

    [Fact]
    public void Every_stored_dockerfile_of_the_corpus_simulates_without_throwing_and_every_rerun_has_a_breaker()
    {
        var corpus = Path.GetFullPath(Path.Combine(RealContentTests.RepositoryContent(), "..", "..", "shared", "corpus", "dockerfiles"));
        if (!Directory.Exists(corpus))
        {
            return;
        }
        foreach (var file in Directory.EnumerateFiles(corpus).Order(StringComparer.Ordinal))
        {
            var document = DockerfileParser.Parse(File.ReadAllText(file));
            var simulation = CacheSimulator.Simulate(document, Context, "*.md\n!README.md", ["src/index.ts", "package.json", "main.go"]);
            Assert.All(simulation.Steps, s => Assert.True(s.Cached == (s.BrokenBy is null), file));
        }
    }
}
