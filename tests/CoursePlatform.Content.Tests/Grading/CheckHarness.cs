using CoursePlatform.Content.Course;
using CoursePlatform.Content.Grading;
using CoursePlatform.Linting.Parsing;

namespace CoursePlatform.Content.Tests.Grading;

/// <summary>Evaluates one check, written as checks.yaml text, against a Dockerfile, with the real image catalogue.</summary>
internal static class CheckHarness
{
    private static readonly Lazy<BaseImageCatalog> RealCatalog = new(() =>
    {
        var errors = new List<ContentError>();
        var catalog = BaseImageCatalog.Load(RealContentTests.RepositoryContent(), errors);
        Assert.Empty(errors);
        return catalog;
    });

    public static BaseImageCatalog Catalog => RealCatalog.Value;

    /// <summary><paramref name="options"/> are the kind's YAML keys, one per line, e.g. "min: 2".</summary>
    public static GradingCheck Check(string kind, string options)
    {
        var yaml = "checks:\n  - id: under-test\n    kind: " + kind + "\n    message: m\n    why: w\n"
            + string.Join("", options.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => "    " + l + "\n"));
        var errors = new List<ContentError>();
        var checks = ChecksFile.Parse(yaml, "checks.yaml", errors);
        Assert.Empty(errors.Select(e => e.ToString()));
        return Assert.Single(checks);
    }

    public static CheckEvaluation Evaluate(string kind, string options, string dockerfile, string? dockerignore = null, string? contextDirectory = null)
    {
        var check = Check(kind, options);
        var document = DockerfileParser.Parse(dockerfile.Replace("\\n", "\n"));
        Assert.Empty(document.Diagnostics);
        return check.Evaluate(new GradingContext(document, dockerignore?.Replace("\\n", "\n"), Catalog, contextDirectory));
    }

    public static bool Passes(string kind, string options, string dockerfile, string? dockerignore = null)
        => Evaluate(kind, options, dockerfile, dockerignore).Passed;
}
