using CoursePlatform.Cli;
using CoursePlatform.Cli.ShellCheck;
using CoursePlatform.Linting.Parsing;

namespace CoursePlatform.Linting.Tests.Cli;

public class ShellCheckScriptTests
{
    private static List<ShellCheckScript> Scripts(params string[] lines)
        => ShellCheckScripts.Extract(DockerfileParser.Parse(string.Join('\n', lines) + "\n"));

    [Fact]
    public void A_script_starts_with_the_default_shell_and_exports_the_proxy_variables()
    {
        var script = Assert.Single(Scripts("FROM debian:12", "RUN echo hi")).Text;
        Assert.StartsWith("#!/bin/sh\n", script);
        Assert.Contains("export HTTP_PROXY=1\n", script);
        Assert.Contains("export no_proxy=1\n", script);
        Assert.EndsWith("echo hi\n", script);
    }

    [Fact]
    public void ARG_and_ENV_names_of_the_stage_are_exported_but_global_ARGs_are_not()
    {
        // spec §4.1 item 12.
        var scripts = Scripts("ARG global=1", "FROM debian:12", "ARG foo=bar", "ENV bar=10 baz=20", "RUN echo \"$foo\"", "FROM debian:12", "RUN echo \"$foo\"");
        Assert.Contains("export foo=1\n", scripts[0].Text);
        Assert.Contains("export baz=1\n", scripts[0].Text);
        Assert.DoesNotContain("export global=1", scripts[0].Text);
        Assert.DoesNotContain("export foo=1", scripts[1].Text);
    }

    [Fact]
    public void SHELL_sets_the_shebang_and_a_stage_built_on_another_inherits_it()
    {
        var scripts = Scripts(
            "FROM ubuntu:24.04 AS base",
            "SHELL [\"/bin/bash\", \"-e\", \"-o\", \"pipefail\", \"-c\"]",
            "ENV inherited=1",
            "FROM base",
            "RUN source /etc/os-release",
            "FROM ubuntu:24.04",
            "RUN source /etc/os-release");
        Assert.StartsWith("#!/bin/bash\n", scripts[0].Text);
        Assert.Contains("export inherited=1\n", scripts[0].Text);
        Assert.StartsWith("#!/bin/sh\n", scripts[1].Text);
    }

    [Fact]
    public void Non_posix_shells_and_foreign_shebangs_are_skipped()
    {
        Assert.Empty(Scripts("FROM mcr.microsoft.com/windows/servercore:ltsc2022", "SHELL [\"powershell\", \"-Command\"]", "RUN Write-Host hi"));
        Assert.Empty(Scripts("FROM debian:12", "SHELL [\"cmd.exe\", \"/S\", \"/C\"]", "RUN echo hi"));
        Assert.Empty(Scripts("FROM debian:12", "RUN <<EOF", "#!/usr/bin/env python3", "print('hi')", "EOF"));
        Assert.Single(Scripts("FROM debian:12", "RUN <<EOF", "#!/bin/bash", "echo hi", "EOF"));
    }

    [Fact]
    public void Exec_form_RUN_is_never_shellchecked()
    {
        Assert.Empty(Scripts("FROM debian:12", "RUN [\"echo\", \"$HOME\"]"));
    }

    [Fact]
    public void The_shell_pragma_before_the_first_FROM_sets_the_default_for_every_stage()
    {
        Assert.Empty(Scripts("# hadolint shell=powershell", "FROM debian:12", "RUN Write-Host hi", "FROM alpine:3.20", "RUN Write-Host hi"));
        var scripts = Scripts("FROM debian:12", "# hadolint shell=pwsh", "RUN Write-Host hi", "FROM alpine:3.20", "RUN echo hi");
        Assert.Single(scripts);
        Assert.Contains("echo hi", scripts[0].Text);
    }

    [Fact]
    public void ONBUILD_RUN_is_checked_in_a_separate_pass_that_sees_no_plain_ARG_or_ENV()
    {
        var scripts = Scripts("FROM debian:12", "ENV foo=1", "ONBUILD RUN echo \"$foo\"");
        var script = Assert.Single(scripts);
        Assert.StartsWith("#!/bin/sh\n", script.Text);
        Assert.DoesNotContain("export foo=1", script.Text);
    }

    [Fact]
    public void Json1_output_is_read_into_codes_levels_and_messages()
    {
        var comments = ShellCheckRunner.ParseJson1("""
            {"comments":[{"file":"/tmp/a.sh","line":3,"endLine":3,"column":6,"endColumn":8,"level":"info","code":2086,"message":"Double quote to prevent globbing and word splitting.","fix":null}]}
            """);
        var (file, code, level, message) = Assert.Single(comments);
        Assert.Equal(("/tmp/a.sh", "SC2086", Linting.Rules.Severity.Info), (file, code, level));
        Assert.StartsWith("Double quote", message);
    }
}

public sealed class ShellCheckCliTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cp-sc-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static readonly string? ShellCheck = ShellCheckRunner.Locate(Environment.GetEnvironmentVariable("PATH"));

    private (int Code, string Out, string Error) Lint(string dockerfile, params string[] options)
    {
        File.WriteAllText(Path.Combine(_directory, "Dockerfile"), dockerfile);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var environment = new Dictionary<string, string> { ["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "" };
        var code = CliApp.Run(["lint", .. options, "Dockerfile"], CliConsole.ForTest("", stdout, stderr, _directory, environment));
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void ShellCheck_findings_are_reported_at_the_RUN_line()
    {
        if (ShellCheck is null)
        {
            return; // ShellCheck is optional; .ci/run installs it
        }
        var (_, output, error) = Lint("FROM debian:12\nRUN echo $RANDOM \\\n  && source /etc/profile\n", "--format", "gnu");
        Assert.Equal("", error);
        Assert.Contains("Dockerfile:2:1: warning: SC3028", output);
        Assert.Contains("SC3046", output);
    }

    [Fact]
    public void Declared_variables_silence_SC2154_and_undeclared_ones_do_not()
    {
        if (ShellCheck is null)
        {
            return;
        }
        Assert.DoesNotContain("SC2154", Lint("FROM debian:12\nARG foo=bar\nRUN echo \"$foo\"\n").Out);
        Assert.DoesNotContain("SC2154", Lint("FROM debian:12\nRUN echo \"$http_proxy\"\n").Out);
        Assert.Contains("SC2154", Lint("ARG foo=bar\nFROM debian:12\nRUN echo \"$foo\"\n").Out);
    }

    [Fact]
    public void SC_codes_can_be_ignored_overridden_and_silenced_by_pragmas()
    {
        if (ShellCheck is null)
        {
            return;
        }
        const string dockerfile = "FROM debian:12\nRUN echo $RANDOM\n";
        Assert.DoesNotContain("SC3028", Lint(dockerfile, "--ignore", "SC3028").Out);
        Assert.Contains("SC3028 error:", Lint(dockerfile, "--error", "SC3028").Out);
        Assert.DoesNotContain("SC3028", Lint("FROM debian:12\n# hadolint ignore=SC3028\nRUN echo $RANDOM\n").Out);
    }

    [Fact]
    public void No_shellcheck_turns_it_off()
    {
        Assert.DoesNotContain("SC", Lint("FROM debian:12\nRUN echo $RANDOM\n", "--no-shellcheck").Out);
    }
}
