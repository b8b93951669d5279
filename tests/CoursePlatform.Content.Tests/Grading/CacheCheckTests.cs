using CoursePlatform.Content.Course;
using CoursePlatform.Content.Grading;
using CoursePlatform.Content.Problems;
using static CoursePlatform.Content.Tests.Grading.CheckHarness;

namespace CoursePlatform.Content.Tests.Grading;

/// <summary><c>kind: cache</c>: a change scenario leaves the named steps cached (or re-run), judged by the cache simulation.</summary>
public class CacheCheckTests
{
    private const string Install = "change: [src/index.ts]\ncached: [npm ci, npm install]";

    private const string Good = "FROM node:20-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n";

    private const string CopyAllFirst = "FROM node:20-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\nRUN npm run build\n";

    [Theory]
    [InlineData(Good, true)]
    [InlineData("FROM node:20-slim\nCOPY package.json package-lock.json ./\nRUN --mount=type=cache,target=/root/.npm npm ci\nCOPY src ./src\n", true)]
    [InlineData("FROM node:20-slim\nCOPY package.json ./\nRUN npm install\nCOPY src ./src\n", true)]
    [InlineData(CopyAllFirst, false)]
    [InlineData("FROM node:20-slim\nCOPY src ./src\nCOPY package.json ./\nRUN npm ci\n", false)]
    [InlineData("FROM node:20-slim\nCOPY package.json ./\nRUN --mount=type=bind,target=/ctx npm ci\n", false)]
    public void The_install_must_stay_cached_when_a_source_file_changes(string dockerfile, bool passes)
        => Assert.Equal(passes, Passes("cache", Install, dockerfile));

    [Fact]
    public void A_failure_points_at_the_step_that_broke_the_cache_and_names_the_step_that_re_ran()
    {
        var result = Evaluate("cache", Install, CopyAllFirst);
        Assert.False(result.Passed);
        Assert.Equal([3], result.Lines);
        Assert.Equal("`RUN npm ci` (line 4) re-runs after an edit to src/index.ts; the cache breaks at `COPY . .` (line 3): src/index.ts changed", result.Detail);
    }

    [Fact]
    public void A_step_that_reads_the_change_itself_is_its_own_breaker()
    {
        var result = Evaluate("cache", Install, "FROM node:20-slim\nCOPY package.json ./\nRUN --mount=type=bind,target=/ctx \\\n    npm ci\n");
        Assert.Equal([3, 4], result.Lines);
        Assert.Equal("`RUN --mount=type=bind,target=/ctx npm ci` (line 3) re-runs after an edit to src/index.ts: src/index.ts changed", result.Detail);
    }

    [Fact]
    public void A_passing_check_points_at_the_cached_installs()
        => Assert.Equal([4], Evaluate("cache", Install, Good).Lines);

    [Fact]
    public void Copying_the_build_output_before_the_production_install_fails_and_points_at_that_copy()
    {
        const string dockerfile = "FROM node:20 AS build\nCOPY package*.json ./\nRUN npm ci\nCOPY src ./src\nRUN npm run build\n"
            + "FROM node:20-slim\nCOPY --from=build /dist ./dist\nCOPY package*.json ./\nRUN npm ci --omit=dev\n";
        var result = Evaluate("cache", Install, dockerfile);
        Assert.False(result.Passed);
        Assert.Equal([7], result.Lines);
        Assert.Contains("`RUN npm ci --omit=dev` (line 9) re-runs", result.Detail, StringComparison.Ordinal);
        Assert.Contains("stage 'build' re-ran", result.Detail, StringComparison.Ordinal);
        Assert.True(Passes("cache", Install, dockerfile.Replace("COPY --from=build /dist ./dist\n", "") + "COPY --from=build /dist ./dist\n"));
    }

    [Fact]
    public void A_stage_built_from_a_stage_that_copied_the_sources_re_runs_its_install()
    {
        var result = Evaluate("cache", Install, "FROM node:20 AS src\nCOPY . /app\nFROM src\nRUN npm ci\n");
        Assert.False(result.Passed);
        Assert.Equal([2], result.Lines);
    }

    [Fact]
    public void Without_a_matching_run_the_check_fails_and_says_so()
    {
        var result = Evaluate("cache", Install, "FROM node:20-slim\nCOPY . .\nRUN yarn install\n");
        Assert.False(result.Passed);
        Assert.Equal([1], result.Lines);
        Assert.Equal("no RUN runs npm ci or npm install", result.Detail);
    }

    [Fact]
    public void Stages_the_final_stage_does_not_need_are_not_judged()
    {
        const string unused = "FROM node:20 AS scratchpad\nCOPY . .\nRUN npm ci\n";
        Assert.True(Passes("cache", Install, unused + Good));
        Assert.False(Passes("cache", Install, unused + Good + "COPY --from=scratchpad /x /x\n"));
    }

    [Theory]
    [InlineData("final", true)]
    [InlineData("build", false)]
    [InlineData("any", false)]
    public void The_stage_option_limits_which_runs_are_judged(string stage, bool passes)
    {
        const string dockerfile = "FROM node:20 AS build\nCOPY . .\nRUN npm ci\nRUN npm run build\nFROM node:20-slim\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY --from=build /dist ./dist\n";
        Assert.Equal(passes, Passes("cache", Install + "\nstage: " + stage, dockerfile));
    }

    [Theory]
    [InlineData(Good, true)]
    [InlineData("FROM node:20-slim\nCOPY package*.json ./\nRUN npm ci\nRUN npm run build\nCOPY . .\n", false)]
    [InlineData("FROM node:20-slim\nCOPY package*.json ./\nRUN npm ci\nCOPY README.md ./\nRUN npm run build\n", false)]
    public void Reruns_demands_that_the_step_sees_the_edit(string dockerfile, bool passes)
        => Assert.Equal(passes, Passes("cache", "change: [src/index.ts]\nreruns: [npm run build]", dockerfile));

    [Fact]
    public void Reruns_without_a_matching_run_fails()
        => Assert.Equal("no RUN runs npm run build", Evaluate("cache", "change: [src/index.ts]\nreruns: [npm run build]", "FROM node:20-slim\nCOPY . .\nRUN npx tsc\n").Detail);

    [Fact]
    public void A_reruns_failure_points_at_the_step_that_stayed_cached()
    {
        var result = Evaluate("cache", "change: [src/index.ts]\nreruns: [npm run build]", "FROM node:20-slim\nCOPY package*.json ./\nRUN npm ci\nRUN npm run build\nCOPY . .\n");
        Assert.Equal([4], result.Lines);
        Assert.Equal("`RUN npm run build` (line 4) stays cached after an edit to src/index.ts: it never sees the edited files", result.Detail);
    }

    [Theory]
    [InlineData("test\n", true)]
    [InlineData("**/*.test.js\n", true)]
    [InlineData("node_modules\n", false)]
    [InlineData(null, false)]
    public void All_cached_holds_when_dockerignore_keeps_the_edited_file_out_of_the_context(string? dockerignore, bool passes)
        => Assert.Equal(passes, Evaluate("cache", "change: [test/index.test.js]\nall-cached: true", "FROM node:20-slim\nCOPY package.json ./\nRUN npm ci\nCOPY . .\nCMD [\"node\", \"index.js\"]\n", dockerignore).Passed);

    [Fact]
    public void All_cached_blames_the_first_step_of_the_final_image_that_re_ran()
    {
        var result = Evaluate("cache", "change: [test/index.test.js]\nall-cached: true", "FROM node:20-slim AS base\nCOPY . .\nFROM base\nRUN npm ci\n");
        Assert.Equal([2], result.Lines);
        Assert.Equal("`COPY . .` (line 2) re-runs after an edit to test/index.test.js: test/index.test.js changed", result.Detail);
    }

    [Fact]
    public void The_simulation_uses_the_real_context_files_of_the_problem()
    {
        var context = Path.Combine(RealContentTests.RepositoryContent(), "problems", "multi-stage-typescript", "context");
        // "src" names a folder of the context: every file in it changed.
        var result = Evaluate("cache", "change: [src]\ncached: [npm ci]", "FROM node:20-slim\nCOPY src/index.ts ./\nRUN npm ci\n", contextDirectory: context);
        Assert.False(result.Passed);
        Assert.Contains("src/index.ts changed", result.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cached: [npm ci]", "needs 'change'")]
    [InlineData("change: [src/index.ts]", "needs 'cached' or 'reruns' patterns, or 'all-cached: true'")]
    [InlineData("change: [.]\ncached: [npm ci]", "names the whole context")]
    [InlineData("change: [src/index.ts]\nall-cached: maybe", "'all-cached' must be true or false")]
    [InlineData("change: [src/index.ts]\ncached: [npm ci]\nstage: runtime", "'stage' must be final, build or any")]
    [InlineData("change: [src/index.ts]\ncahced: [npm ci]", "unknown key 'cahced' for kind 'cache'")]
    public void Bad_options_are_content_errors(string options, string message)
    {
        var yaml = "checks:\n  - id: c\n    kind: cache\n    message: m\n    why: w\n" + string.Join("", options.Split('\n').Select(l => "    " + l + "\n"));
        var errors = new List<ContentError>();
        ChecksFile.Parse(yaml, "checks.yaml", errors);
        Assert.Contains(errors, e => e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Validation_reports_a_changed_path_that_is_not_in_the_context()
    {
        using var content = Problems.ProblemFixture.Create();
        content.Write("problems/demo/checks.yaml", Problems.ProblemFixture.ChecksYaml
            + "  - id: cached\n    kind: cache\n    change: [app.txt, src/missing.ts]\n    all-cached: true\n    task: 1\n    tier: informative\n    message: m\n    why: w\n");
        var errors = ContentValidator.Validate(content.Root);
        var error = Assert.Single(errors);
        Assert.Equal("problems/demo/checks.yaml", error.File);
        Assert.Equal(15, error.Line);
        Assert.Contains("'src/missing.ts', which is not in context/", error.Message, StringComparison.Ordinal);
    }
}
