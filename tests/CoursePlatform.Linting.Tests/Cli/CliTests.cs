using System.Text.Json;
using CoursePlatform.Cli;

namespace CoursePlatform.Linting.Tests.Cli;

/// <summary>The CLI run in-process: arguments in, captured stdout/stderr and the exit code out.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cp-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private sealed record Outcome(int ExitCode, string Out, string Error);

    private Outcome RunWith(string stdin, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, CliConsole.ForTest(stdin, stdout, stderr, _directory, environment));
        return new Outcome(code, stdout.ToString(), stderr.ToString());
    }

    private Outcome Run(params string[] args) => RunWith("", null, args);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void A_clean_file_exits_zero_and_prints_nothing()
    {
        Write("Dockerfile", "FROM alpine:3.20\nCMD [\"sh\"]\n");
        var outcome = Run("lint", "--no-shellcheck", "Dockerfile");
        Assert.Equal("", outcome.Out);
        Assert.Equal(0, outcome.ExitCode);
    }

    [Fact]
    public void A_warning_fails_with_exit_one_and_is_printed_in_tty_format()
    {
        Write("Dockerfile", "FROM node:latest\n");
        var outcome = Run("lint", "--no-shellcheck", "Dockerfile");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("Dockerfile:1 DL3007 warning: ", outcome.Out);
    }

    [Fact]
    public void The_lint_word_may_be_left_out()
    {
        Write("Dockerfile", "FROM node:latest\n");
        Assert.Contains("DL3007", Run("--no-shellcheck", "Dockerfile").Out);
    }

    [Theory]
    [InlineData("error", 0)]
    [InlineData("warning", 1)]
    [InlineData("style", 1)]
    [InlineData("none", 1)]
    public void The_failure_threshold_decides_the_exit_code(string threshold, int expected)
    {
        Write("Dockerfile", "FROM node:latest\n");
        Assert.Equal(expected, Run("lint", "--no-shellcheck", "--failure-threshold", threshold, "Dockerfile").ExitCode);
        Assert.Equal(expected, Run("lint", "--no-shellcheck", $"--failure-threshold={threshold}", "Dockerfile").ExitCode);
    }

    [Fact]
    public void Style_only_findings_pass_the_default_info_threshold()
    {
        Write("Dockerfile", "FROM node:latest\n");
        var outcome = Run("lint", "--no-shellcheck", "--style", "DL3007", "Dockerfile");
        Assert.Contains("DL3007 style:", outcome.Out);
        Assert.Equal(0, outcome.ExitCode);
    }

    [Fact]
    public void No_fail_always_exits_zero()
    {
        Write("Dockerfile", "FROM node:latest\n");
        Assert.Equal(0, Run("lint", "--no-shellcheck", "--no-fail", "Dockerfile").ExitCode);
        Assert.Equal(0, RunWith("", new Dictionary<string, string> { ["HADOLINT_NOFAIL"] = "true" }, "lint", "--no-shellcheck", "Dockerfile").ExitCode);
    }

    [Fact]
    public void Ignore_drops_a_rule_by_code()
    {
        Write("Dockerfile", "FROM node:latest\n");
        var outcome = Run("lint", "--no-shellcheck", "--ignore", "DL3007", "Dockerfile");
        Assert.Equal(("", 0), (outcome.Out, outcome.ExitCode));
    }

    [Fact]
    public void A_parse_error_fails_even_with_a_lenient_threshold()
    {
        Write("Dockerfile", "FROM alpine:3.20\nBADCMD x\n");
        var outcome = Run("lint", "--no-shellcheck", "--failure-threshold", "error", "--ignore", "DL1000", "Dockerfile");
        Assert.Equal(1, outcome.ExitCode);
    }

    [Fact]
    public void A_missing_file_is_a_clear_error_without_a_stack_trace()
    {
        var outcome = Run("lint", "--no-shellcheck", "nothere");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal("courseplatform: cannot read 'nothere': no such file", outcome.Error.Trim());
        Assert.DoesNotContain("   at ", outcome.Error);
    }

    [Fact]
    public void A_directory_instead_of_a_file_is_a_clear_error()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "sub"));
        var outcome = Run("lint", "--no-shellcheck", "sub");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("cannot read 'sub'", outcome.Error);
    }

    [Fact]
    public void No_file_at_all_asks_for_a_Dockerfile_and_exits_one()
    {
        var outcome = Run("lint");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("please provide a Dockerfile", outcome.Error);
    }

    [Theory]
    [InlineData("--format", "yaml")]
    [InlineData("--frobnicate")]
    [InlineData("--failure-threshold", "loud")]
    [InlineData("--require-label", "x:colour")]
    [InlineData("--ignore")]
    public void Invalid_options_are_reported_without_a_stack_trace(params string[] options)
    {
        Write("Dockerfile", "FROM alpine:3.20\n");
        var outcome = Run(["lint", "--no-shellcheck", .. options, "Dockerfile"]);
        Assert.Equal(1, outcome.ExitCode);
        Assert.StartsWith("courseplatform: ", outcome.Error);
        Assert.DoesNotContain("   at ", outcome.Error);
    }

    [Fact]
    public void A_dash_reads_the_Dockerfile_from_standard_input()
    {
        var outcome = RunWith("FROM node:latest\n", null, "lint", "--no-shellcheck", "--format", "json", "-");
        using var json = JsonDocument.Parse(outcome.Out);
        var item = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("-", item.GetProperty("file").GetString());
        Assert.Equal("DL3007", item.GetProperty("code").GetString());
        Assert.Equal(1, outcome.ExitCode);
    }

    [Fact]
    public void Json_output_covers_all_files_in_one_array()
    {
        Write("a/Dockerfile", "FROM node:latest\n");
        Write("b/Dockerfile", "FROM python:latest\n");
        var outcome = Run("lint", "--no-shellcheck", "-f", "json", "a/Dockerfile", "b/Dockerfile");
        using var json = JsonDocument.Parse(outcome.Out);
        Assert.Equal(["a/Dockerfile", "b/Dockerfile"], json.RootElement.EnumerateArray().Select(e => e.GetProperty("file").GetString()));
    }

    [Theory]
    [InlineData("sarif")]
    [InlineData("checkstyle")]
    [InlineData("gnu")]
    public void Every_format_can_be_chosen(string format)
    {
        Write("Dockerfile", "FROM node:latest\n");
        var outcome = Run("lint", "--no-shellcheck", "--format", format, "Dockerfile");
        Assert.Contains("DL3007", outcome.Out);
    }

    [Fact]
    public void The_config_file_in_the_current_directory_is_used()
    {
        Write("Dockerfile", "FROM node:latest\n");
        Write(".hadolint.yaml", "ignored: [DL3007]\n");
        Assert.Equal(("", 0), (Run("lint", "--no-shellcheck", "Dockerfile").Out, Run("lint", "--no-shellcheck", "Dockerfile").ExitCode));
    }

    [Fact]
    public void A_config_given_with_config_overrides_discovery_and_command_line_beats_it()
    {
        Write("Dockerfile", "FROM node:latest\n");
        Write(".hadolint.yaml", "ignored: [DL3007]\n");
        Write("strict.yaml", "failure-threshold: style\noverride:\n  style: [DL3007]\n");
        var outcome = Run("lint", "--no-shellcheck", "--config", "strict.yaml", "Dockerfile");
        Assert.Contains("DL3007 style:", outcome.Out);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(0, Run("lint", "--no-shellcheck", "--config", "strict.yaml", "-t", "error", "Dockerfile").ExitCode);
    }

    [Fact]
    public void Environment_settings_lose_against_the_config_file()
    {
        Write("Dockerfile", "FROM node:latest\n");
        Write(".hadolint.yaml", "failure-threshold: warning\n");
        var environment = new Dictionary<string, string> { ["HADOLINT_FAILURE_THRESHOLD"] = "error" };
        Assert.Equal(1, RunWith("", environment, "lint", "--no-shellcheck", "Dockerfile").ExitCode);
    }

    [Fact]
    public void A_broken_config_is_reported_on_stderr_and_linting_continues_without_it()
    {
        Write("Dockerfile", "FROM node:latest\n");
        Write(".hadolint.yaml", "ignored: [DL3007]\nfailure-threshold: [\n");
        var outcome = Run("lint", "--no-shellcheck", "Dockerfile");
        Assert.Contains(".hadolint.yaml", outcome.Error);
        Assert.Contains("line ", outcome.Error);
        Assert.Contains("DL3007", outcome.Out);
        Assert.Equal(1, outcome.ExitCode);
    }

    [Fact]
    public void Colour_is_off_when_output_is_not_a_terminal()
    {
        Write("Dockerfile", "FROM node:latest\n");
        Assert.DoesNotContain('\u001b', Run("lint", "--no-shellcheck", "Dockerfile").Out);
    }

    [Fact]
    public void A_dockerignore_next_to_the_Dockerfile_is_used_and_the_flag_overrides_it()
    {
        Write("ctx/Dockerfile", "FROM alpine:3.20\nCOPY secret.txt /app/\n");
        Write("ctx/.dockerignore", "secret.txt\n");
        Write("other.ignore", "nothing\n");
        var beside = Run("lint", "--no-shellcheck", "-f", "json", "ctx/Dockerfile");
        var flagged = Run("lint", "--no-shellcheck", "-f", "json", "--dockerignore", "other.ignore", "ctx/Dockerfile");
        if (Linting.Rules.RuleCatalog.Find("CopyIgnoredFile") is null)
        {
            return; // the BuildKit checks are not on this branch yet
        }
        Assert.Contains("CopyIgnoredFile", beside.Out);
        Assert.DoesNotContain("CopyIgnoredFile", flagged.Out);
    }

    [Fact]
    public void A_missing_dockerignore_given_on_the_command_line_is_an_error()
    {
        Write("Dockerfile", "FROM alpine:3.20\n");
        var outcome = Run("lint", "--no-shellcheck", "--dockerignore", "nope", "Dockerfile");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("cannot read 'nope': no such file", outcome.Error);
    }

    [Fact]
    public void Rules_prints_a_table_of_every_rule()
    {
        var outcome = Run("rules");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("CODE", outcome.Out);
        foreach (var rule in Linting.Rules.RuleCatalog.All)
        {
            Assert.Contains(rule.Code, outcome.Out);
        }
    }

    [Fact]
    public void Explain_prints_the_markdown_explanation_by_code()
    {
        var outcome = Run("explain", "DL3007");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("## What it does", outcome.Out);
        Assert.Contains("DL3007", outcome.Out);
    }

    [Fact]
    public void Explain_finds_a_rule_by_its_BuildKit_alias()
    {
        var aliased = Linting.Rules.RuleCatalog.All.FirstOrDefault(r => r.Alias is not null);
        if (aliased is null)
        {
            return;
        }
        var outcome = Run("explain", aliased.Alias!);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains(aliased.Code, outcome.Out);
    }

    [Fact]
    public void Explain_of_an_unknown_code_is_a_clear_error_with_exit_two()
    {
        var outcome = Run("explain", "DL0000");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("unknown rule 'DL0000'", outcome.Error);
        Assert.Equal("", outcome.Out);
    }

    [Fact]
    public void Bench_prints_a_json_object_as_its_last_line()
    {
        Write("corpus/a", "FROM node:latest\nRUN apt-get update\n");
        Write("corpus/b", "FROM alpine:3.20\nCOPY . /app\n");
        var outcome = Run("bench", "corpus", "--passes", "2");
        Assert.Equal(0, outcome.ExitCode);
        var last = outcome.Out.TrimEnd().Split('\n')[^1];
        using var json = JsonDocument.Parse(last);
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("files").GetInt32());
        Assert.True(root.GetProperty("bytes").GetInt64() > 0);
        Assert.True(root.GetProperty("filesPerSecond").GetDouble() > 0);
        Assert.True(root.GetProperty("p99Micros").GetDouble() >= root.GetProperty("p50Micros").GetDouble());
        Assert.True(root.GetProperty("allocatedBytesPerFile").GetDouble() > 0);
        Assert.False(root.TryGetProperty("seriesFilesPerSecond", out _));
    }

    [Fact]
    public void Bench_series_adds_the_throughput_of_each_half_second()
    {
        Write("corpus/a", "FROM node:latest\nRUN apt-get update && apt-get install -y curl\n");
        var outcome = Run("bench", "corpus", "--passes", "1", "--series", "1");
        Assert.Equal(0, outcome.ExitCode);
        var lines = outcome.Out.TrimEnd().Split('\n');
        using var json = JsonDocument.Parse(lines[^1]);
        // Windows last at least half a second each, so one second of series is two of them.
        var series = json.RootElement.GetProperty("seriesFilesPerSecond").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        Assert.Equal(2, series.Length);
        Assert.All(series, rate => Assert.True(rate > 0));
        Assert.Contains(lines, line => line.StartsWith("series, files/s per half-second over 1 s: min ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("x")]
    [InlineData("0")]
    [InlineData(null)]
    public void Bench_series_without_a_number_of_seconds_is_a_usage_error(string? seconds)
    {
        Write("corpus/a", "FROM alpine:3.20\n");
        var outcome = seconds is null ? Run("bench", "corpus", "--series") : Run("bench", "corpus", "--series", seconds);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--series takes a number of seconds from 1 to 3600", outcome.Error);
        Assert.Equal("", outcome.Out);
    }

    [Fact]
    public void Bench_of_a_missing_folder_is_a_clear_error()
    {
        var outcome = Run("bench", "nowhere");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("cannot read 'nowhere'", outcome.Error);
    }
}
