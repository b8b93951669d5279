using System.Security.Claims;
using BlazorMonaco.Editor;
using Bunit.TestDoubles;
using CoursePlatform.Content.Course;
using CoursePlatform.Content.Markdown;
using CoursePlatform.Web.Components.Pages;
using CoursePlatform.Web.Learning;
using CoursePlatform.Web.Problems;
using Microsoft.Extensions.DependencyInjection;

namespace CoursePlatform.Web.Tests.Support;

/// <summary>
/// The problem page's world in bUnit: the repository's real problems, a migrated SQLite database, a signed-in
/// learner ("ann"), and Monaco's interop answered by the test context (the editor's text is <see cref="EditorValue"/>).
/// </summary>
public abstract class ProblemPageTestContext : BunitContext
{
    protected const string ModelUri = "inmemory://model/1";
    protected const string SingleStage = "FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /server .\nCMD /server\n";

    protected static readonly LearnerKey Ann = LearnerKey.ForAccount("ann");

    private readonly ContentStore _content = new(RepositoryContent.Root, CourseMarkdown.Default, watch: false);
    private readonly TestDatabase _database = new();

    protected ProblemPageTestContext()
    {
        Problems = new ProblemStore(_content);
        Progress = new LearnerProgress(_database.Factory, Problems, _content, new SubmissionRateLimiter(new SubmissionOptions()), TimeProvider.System);
        Services.AddSingleton(_content);
        Services.AddSingleton(Problems);
        Services.AddSingleton(CourseMarkdown.Default);
        Services.AddSingleton(Progress);
        Authorization = AddAuthorization();
        Authorization.SetAuthorized("ann@example.com");
        Authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, "ann"));
        JSInterop.Mode = JSRuntimeMode.Loose;
        JSInterop.Setup<TextModel>("blazorMonaco.editor.getInstanceModel", _ => true).SetResult(new TextModel { Id = "model-1", Uri = ModelUri });
        EditorValue = JSInterop.Setup<string>("blazorMonaco.editor.getValue", _ => true);
        EditorValue.SetResult(SingleStage);
        JSInterop.Setup<string[]>("blazorMonaco.editor.deltaDecorations", _ => true).SetResult(["decoration-1"]);
    }

    protected ProblemStore Problems { get; }

    protected LearnerProgress Progress { get; }

    protected BunitAuthorizationContext Authorization { get; }

    /// <summary>What the editor answers when the page reads its text.</summary>
    protected JSRuntimeInvocationHandler<string> EditorValue { get; }

    /// <summary>Renders a problem page and waits until its editors are ready (the learner's draft loaded, the starting text linted).</summary>
    protected IRenderedComponent<ProblemPage> RenderProblemPage(string id)
    {
        var page = Render<ProblemPage>(p => p.Add(x => x.Id, id));
        page.WaitForAssertion(() => Assert.Equal("true", page.Find(".editor-shell").GetAttribute("data-ready")));
        return page;
    }

    protected override void Dispose(bool disposing)
    {
        Problems.Dispose();
        _content.Dispose();
        _database.Dispose();
        base.Dispose(disposing);
    }
}
