using CoursePlatform.Content.Course;
using CoursePlatform.Content.Problems;
using CoursePlatform.Content.Tests.Support;

namespace CoursePlatform.Content.Tests.Problems;

/// <summary>Content validation (platform.md section 2): clear errors with file and line, never exceptions.</summary>
public class ContentValidationTests
{
    private static IReadOnlyList<ContentError> Validate(TempContent content) => ContentValidator.Validate(content.Root);

    private static ContentError Single(TempContent content, string fileContains, string messageContains)
    {
        var errors = Validate(content);
        var match = errors.Where(e => e.File.Contains(fileContains, StringComparison.Ordinal) && e.Message.Contains(messageContains, StringComparison.Ordinal)).ToList();
        Assert.True(match.Count == 1, "errors: " + string.Join(" | ", errors));
        return match[0];
    }

    [Fact]
    public void The_fixture_is_valid()
    {
        using var content = ProblemFixture.Create();
        Assert.Empty(Validate(content).Select(e => e.ToString()));
        var problem = Assert.Single(ContentValidator.LoadProblems(content.Root).Problems);
        Assert.Equal(["Use FROM twice."], problem.Hints[0]);
        Assert.Equal("/lessons/one#start", problem.LessonLink(null));
    }

    [Fact]
    public void The_repository_content_validates()
        => Assert.Empty(ContentValidator.Validate(RealContentTests.RepositoryContent()).Select(e => e.ToString()));

    [Fact]
    public void Bad_yaml_in_checks_is_reported_with_its_line()
    {
        using var content = ProblemFixture.Create();
        content.Write("problems/demo/checks.yaml", "checks:\n  - id: x\n    kind: stages\n   bad: [\n");
        var error = Single(content, "checks.yaml", "invalid YAML");
        Assert.InRange(error.Line, 3, 5);
    }

    [Fact]
    public void Bad_front_matter_is_reported_with_its_line()
    {
        using var content = ProblemFixture.Create();
        content.Write("problems/demo/problem.md", ProblemFixture.ProblemMd.Replace("version: 1", "version: one"));
        Assert.Equal(4, Single(content, "problem.md", "version").Line);
    }

    [Fact]
    public void An_id_that_does_not_match_its_folder_is_an_error()
    {
        using var content = ProblemFixture.Create();
        content.Write("problems/demo/problem.md", ProblemFixture.ProblemMd.Replace("id: demo", "id: other"));
        Assert.Equal(2, Single(content, "problem.md", "folder name").Line);
    }

    [Fact]
    public void A_missing_reference_is_reported()
    {
        using var content = ProblemFixture.Create();
        File.Delete(Path.Combine(content.Root, "problems/demo/reference/Dockerfile"));
        Single(content, "problems/demo/reference", "missing Dockerfile");
    }

    [Fact]
    public void A_known_bad_case_that_fails_less_than_declared_is_reported()
    {
        using var content = ProblemFixture.Create();
        content.Write("problems/demo/known-bad/one-stage/Dockerfile", "FROM alpine:3.20\nCMD [\"cat\", \"/app.txt\"]\n");
        Single(content, "known-bad/one-stage/expected.yaml", "expected to fail exec-form, but passes");
    }

    [Fact]
    public void A_known_bad_case_that_fails_more_than_declared_is_reported()
    {
        using var content = ProblemFixture.Create();
        content.Write("problems/demo/known-bad/one-stage/expected.yaml", "fails: [two-stages]\n");
        Single(content, "known-bad/one-stage/expected.yaml", "also fails exec-form");
    }

    [Fact]
    public void A_known_bad_case_naming_an_unknown_check_is_reported()
    {
        using var content = ProblemFixture.Create();
        content.Write("problems/demo/known-bad/one-stage/expected.yaml", "fails: [two-stages, exec-form, nope]\n");
        Single(content, "expected.yaml", "'nope'");
    }

    [Fact]
    public void A_reference_that_fails_is_reported_at_the_line_of_the_check()
    {
        using var content = ProblemFixture.Create();
        content.Write("problems/demo/reference/Dockerfile", "FROM alpine:3.20\nCMD [\"true\"]\n");
        var error = Single(content, "reference/Dockerfile", "two-stages");
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void An_alternative_with_a_syntax_error_is_reported()
    {
        using var content = ProblemFixture.Create();
        content.Write("problems/demo/alternatives/other/Dockerfile", "FROM busybox AS a\nFROM busybox\nHEALTHCHECK --interval=1s\n");
        Single(content, "alternatives/other/Dockerfile", "syntax error");
    }

    [Fact]
    public void A_starter_that_passes_is_reported()
    {
        using var content = ProblemFixture.Create();
        content.Write("problems/demo/starter/Dockerfile", "FROM a AS b\nFROM c\nCMD [\"x\"]\n");
        Single(content, "starter/Dockerfile", "must fail");
    }

    [Fact]
    public void An_unknown_lint_code_is_reported_at_the_check()
    {
        using var content = ProblemFixture.Create();
        content.Write("problems/demo/checks.yaml", ProblemFixture.ChecksYaml + "  - id: lint\n    kind: lint\n    rules: [DL9999]\n    tier: informative\n    message: m\n    why: w\n");
        Assert.Equal(15, Single(content, "checks.yaml", "DL9999").Line);
    }

    [Fact]
    public void An_unknown_kind_and_an_unknown_key_are_reported()
    {
        using var content = ProblemFixture.Create();
        content.Write("problems/demo/checks.yaml", ProblemFixture.ChecksYaml + "  - id: odd\n    kind: magic\n    message: m\n    why: w\n  - id: typo\n    kind: stages\n    mni: 2\n    message: m\n    why: w\n");
        Single(content, "checks.yaml", "unknown kind 'magic'");
        Assert.Equal(21, Single(content, "checks.yaml", "unknown key 'mni'").Line);
    }

    [Fact]
    public void Duplicate_check_ids_and_a_task_out_of_range_are_reported()
    {
        using var content = ProblemFixture.Create();
        content.Write("problems/demo/checks.yaml", ProblemFixture.ChecksYaml + "  - id: two-stages\n    kind: stages\n    task: 3\n    message: m\n    why: w\n");
        Single(content, "checks.yaml", "duplicate check id");
        Single(content, "checks.yaml", "task 3");
    }

    [Fact]
    public void A_section_that_is_not_a_heading_of_the_lesson_is_reported()
    {
        using var content = ProblemFixture.Create();
        content.Write("problems/demo/problem.md", ProblemFixture.ProblemMd.Replace("section: start", "section: nowhere"));
        Single(content, "problem.md", "'nowhere'");
    }

    [Fact]
    public void A_lesson_that_is_not_in_the_course_is_reported()
    {
        using var content = ProblemFixture.Create();
        content.Write("problems/demo/problem.md", ProblemFixture.ProblemMd.Replace("lesson: one", "lesson: ten"));
        Single(content, "problem.md", "lesson 'ten'");
    }

    [Fact]
    public void Task_headings_must_match_the_front_matter()
    {
        using var content = ProblemFixture.Create();
        content.Write("problems/demo/problem.md", ProblemFixture.ProblemMd.Replace("## 1. Split the build", "## Split the build"));
        Single(content, "problem.md", "task heading");
    }

    [Fact]
    public void A_missing_expected_yaml_and_missing_context_are_reported()
    {
        using var content = ProblemFixture.Create();
        File.Delete(Path.Combine(content.Root, "problems/demo/known-bad/one-stage/expected.yaml"));
        Directory.Delete(Path.Combine(content.Root, "problems/demo/context"), true);
        Single(content, "expected.yaml", "missing expected.yaml");
        Single(content, "problems/demo", "missing context/");
    }

    [Fact]
    public void Garbage_files_never_throw()
    {
        using var content = ProblemFixture.Create();
        content.Write("problems/demo/problem.md", "---\n: : :\n\t- [\n---\n");
        content.Write("problems/demo/checks.yaml", "- just\n- a list\n");
        content.Write("problems/demo/known-bad/one-stage/expected.yaml", "fails: {a: b}\n");
        content.Write("data/base-images.yaml", "images: 3\n");
        content.Write("problems/empty/problem.md", "");
        var errors = Validate(content);
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.True(e.Line >= 1));
    }
}
