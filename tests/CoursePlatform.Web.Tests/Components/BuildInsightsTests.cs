using CoursePlatform.Web.Components.Pages;
using CoursePlatform.Web.Components.Problems;
using CoursePlatform.Web.Tests.Support;

namespace CoursePlatform.Web.Tests.Components;

/// <summary>The insights shown after a submission: stage graph, size estimate, cache simulation.</summary>
public sealed class BuildInsightsTests : ProblemPageTestContext
{
    private const string Problem = "multi-stage-typescript";

    [Fact]
    public void A_graded_submission_shows_its_stage_graph_its_size_estimate_and_what_an_edit_re_runs()
    {
        var problem = Problems.Find(Problem)!;
        EditorValue.SetResult(problem.Reference.Dockerfile);
        var page = RenderProblemPage(Problem);

        page.Find("#submit-button").Click();

        var insights = page.Find(".build-insights");
        var mermaid = insights.QuerySelector("pre.mermaid")!.TextContent;
        Assert.StartsWith("flowchart LR", mermaid);
        Assert.Contains("COPY --from", mermaid);
        Assert.Contains("(final image)", mermaid);
        Assert.NotEmpty(JSInterop.Invocations["coursePlatform.renderDiagrams"]);
        Assert.Contains("Total (an estimate)", insights.QuerySelector(".size-table tfoot")!.TextContent);
        Assert.Contains("MB", insights.QuerySelector(".size-table tfoot")!.TextContent);
        Assert.Equal("src/index.ts", insights.QuerySelector(".cache-change select")!.GetAttribute("value"));
        Assert.All(InstallSteps(page), step => Assert.Contains("step-cached", step.ClassName));
    }

    [Fact]
    public void Choosing_another_edited_file_re_runs_the_steps_that_read_it()
    {
        var problem = Problems.Find(Problem)!;
        var page = Render<BuildInsights>(p => p
            .Add(x => x.Problem, problem)
            .Add(x => x.Dockerfile, problem.Reference.Dockerfile)
            .Add(x => x.Dockerignore, problem.Reference.Dockerignore));

        page.Find(".cache-change select").Change("package-lock.json");

        var installs = InstallSteps(page);
        Assert.NotEmpty(installs);
        Assert.All(installs, step => Assert.Contains("step-rerun", step.ClassName));
        Assert.Contains("package-lock.json changed", page.Find(".step-rerun .cache-reason").TextContent);
    }

    [Fact]
    public void A_submission_that_does_not_parse_gets_no_insights()
    {
        EditorValue.SetResult("FROM node:20\nFROBNICATE everything\n");
        var page = RenderProblemPage(Problem);

        page.Find("#submit-button").Click();

        Assert.Contains("does not parse", page.Find("[role=status]").TextContent);
        Assert.Empty(page.FindAll(".build-insights"));
    }

    private static List<AngleSharp.Dom.IElement> InstallSteps(IRenderedComponent<Microsoft.AspNetCore.Components.IComponent> page) =>
        [.. page.FindAll(".cache-step").Where(step => step.TextContent.Contains("npm ci", StringComparison.Ordinal))];
}
