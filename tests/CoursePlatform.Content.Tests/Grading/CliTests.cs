using System.Text.Json;
using CoursePlatform.Cli;
using CoursePlatform.Content.Tests.Problems;

namespace CoursePlatform.Content.Tests.Grading;

/// <summary>The CLI commands grade and content validate, run in process.</summary>
public class CliTests
{
    private static (int Exit, string Out, string Error) Run(string currentDirectory, string stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(args, CliConsole.ForTest(stdin, stdout, stderr, currentDirectory));
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static string Content => RealContentTests.RepositoryContent();

    private static string Problem(string id, string path) => Path.Combine(Content, "problems", id, path);

    [Fact]
    public void Content_validate_succeeds_on_the_repository_content()
    {
        var (exit, output, error) = Run(Content, "", "content", "validate", Content);
        Assert.True(exit == 0, output + error);
        Assert.Contains("content OK", output);
    }

    [Fact]
    public void Content_validate_finds_the_content_folder_from_a_subdirectory()
    {
        var (exit, output, error) = Run(Problem("go-scratch", "context"), "", "content", "validate");
        Assert.True(exit == 0, output + error);
    }

    [Fact]
    public void Content_validate_prints_file_and_line_and_fails_on_broken_content()
    {
        using var content = ProblemFixture.Create();
        content.Write("problems/demo/known-bad/one-stage/expected.yaml", "fails: [two-stages]\n");
        var (exit, output, _) = Run(content.Root, "", "content", "validate", content.Root);
        Assert.Equal(1, exit);
        Assert.Contains("problems/demo/known-bad/one-stage/expected.yaml:1: also fails exec-form", output);
    }

    [Fact]
    public void Content_validate_with_a_missing_folder_is_a_usage_error()
        => Assert.Equal(2, Run(Content, "", "content", "validate", "/no/such/dir").Exit);

    [Fact]
    public void Grade_passes_the_reference_with_exit_zero_and_json_of_the_documented_shape()
    {
        var (exit, output, error) = Run(Content, "", "grade", "--problem", "go-scratch", "--format", "json", Problem("go-scratch", "reference/Dockerfile"));
        Assert.True(exit == 0, output + error);
        using var json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.GetProperty("passed").GetBoolean());
        Assert.Equal(100, json.RootElement.GetProperty("score").GetInt32());
        foreach (var check in json.RootElement.GetProperty("checks").EnumerateArray())
        {
            Assert.Equal(JsonValueKind.String, check.GetProperty("id").ValueKind);
            Assert.Contains(check.GetProperty("tier").GetString(), new[] { "essential", "actionable", "informative", "celebratory" });
            Assert.Equal(JsonValueKind.Array, check.GetProperty("lines").ValueKind);
            Assert.False(string.IsNullOrEmpty(check.GetProperty("message").GetString()));
            _ = check.GetProperty("passed").GetBoolean();
        }
    }

    [Fact]
    public void Grade_fails_a_known_mistake_with_exit_one_and_names_the_line()
    {
        var (exit, output, _) = Run(Content, "", "grade", "--problem", "go-scratch", "--format", "json", Problem("go-scratch", "known-bad/cgo-binary-on-scratch/Dockerfile"));
        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(output);
        var check = json.RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "static-binary");
        Assert.False(check.GetProperty("passed").GetBoolean());
        Assert.Contains(6, check.GetProperty("lines").EnumerateArray().Select(l => l.GetInt32()));
    }

    [Fact]
    public void Grade_reads_standard_input_and_prints_tty_feedback()
    {
        var (exit, output, _) = Run(Content, "FROM golang:1.22\nRUN go build -o /s .\nCMD /s\n", "grade", "--problem", "go-scratch", "-");
        Assert.Equal(1, exit);
        Assert.Contains("[FAIL] essential   multi-stage", output);
        Assert.Contains("lesson: /lessons/day-09-advanced-dockerfiles#", output);
    }

    [Fact]
    public void Grade_uses_the_dockerignore_next_to_the_dockerfile()
    {
        var (exit, output, error) = Run(Content, "", "grade", "--problem", "write-dockerignore", Problem("write-dockerignore", "reference/Dockerfile"));
        Assert.True(exit == 0, output + error);
    }

    [Theory]
    [InlineData("grade", "--problem", "go-scratch", "/no/such/Dockerfile")]
    [InlineData("grade", "--problem", "no-such-problem", "-")]
    [InlineData("grade", "Dockerfile")]
    [InlineData("grade", "--problem", "go-scratch")]
    [InlineData("grade", "--problem", "go-scratch", "--format", "xml", "-")]
    [InlineData("grade", "--problem", "go-scratch", "--content", "/no/such/dir", "-")]
    [InlineData("grade", "--problem", "go-scratch", "--bogus", "-")]
    public void Grade_usage_and_content_errors_exit_two_with_a_message(params string[] args)
    {
        var (exit, _, error) = Run(Content, "FROM scratch\n", args);
        Assert.Equal(2, exit);
        Assert.StartsWith("courseplatform:", error);
    }

    [Fact]
    public void Bench_grade_reports_time_per_submission()
    {
        var (exit, output, _) = Run(Content, "", "bench-grade", "--iterations", "1");
        Assert.Equal(0, exit);
        Assert.Contains("p95", output);
    }
}
