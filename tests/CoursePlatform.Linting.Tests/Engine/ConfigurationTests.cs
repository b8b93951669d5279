using CoursePlatform.Cli.Configuration;
using CoursePlatform.Linting.Configuration;
using CoursePlatform.Linting.Rules;

namespace CoursePlatform.Linting.Tests.Engine;

public class ConfigurationTests
{
    private const string FullConfig = """
        ignored:
          - DL3000
          - SecretsUsedInArgOrEnv
        failure-threshold: warning
        override:
          error:
            - DL3001
          warning: [DL3002]
          info:
            - DL3003
            - DL3001
          style:
            - DL3004
        trustedRegistries:
          - docker.io
          - "*.example.com"
        label-schema:
          author: text
          url: url
          version: semver
          checksum: hash
          created: rfc3339
          license: spdx
          contact: email
          note: ""
        strict-labels: true
        disable-ignore-pragma: true
        no-fail: true
        no-color: true
        verbose: false
        format: json
        formats:
          - sarif
        """;

    [Fact]
    public void Every_key_of_the_config_file_is_read()
    {
        var (config, error) = ConfigFile.Parse(FullConfig, ".hadolint.yaml");
        Assert.Null(error);
        Assert.Equal(["DL3000", "SecretsUsedInArgOrEnv"], config.Ignored);
        Assert.Equal(Severity.Warning, config.FailureThreshold);
        Assert.Equal(["DL3001"], config.OverrideError);
        Assert.Equal(["DL3002"], config.OverrideWarning);
        Assert.Equal(["DL3003", "DL3001"], config.OverrideInfo);
        Assert.Equal(["DL3004"], config.OverrideStyle);
        Assert.Equal(["docker.io", "*.example.com"], config.TrustedRegistries);
        Assert.Equal(8, config.LabelSchema.Count);
        Assert.Equal(LabelType.Text, config.LabelSchema.Single(l => l.Key == "note").Value);
        Assert.Equal(LabelType.Rfc3339, config.LabelSchema.Single(l => l.Key == "created").Value);
        Assert.True(config.StrictLabels);
        Assert.True(config.DisableIgnorePragma);
        Assert.True(config.NoFail);
        Assert.True(config.NoColor);
        Assert.False(config.Verbose);
        Assert.Equal(["json", "sarif"], config.Formats);
    }

    [Fact]
    public void Overrides_apply_style_then_info_then_warning_then_error_so_error_wins()
    {
        var options = ConfigFile.Parse(FullConfig, "x").Config.ToLintOptions();
        Assert.Equal(Severity.Error, options.Overrides["DL3001"]);
        Assert.Equal(Severity.Warning, options.Overrides["DL3002"]);
        Assert.Equal(Severity.Info, options.Overrides["DL3003"]);
        Assert.Equal(Severity.Style, options.Overrides["DL3004"]);
        Assert.True(options.StrictLabels);
        Assert.True(options.DisableIgnorePragma);
        Assert.Equal(LabelType.Semver, options.LabelSchema["version"]);
        Assert.Contains("SecretsUsedInArgOrEnv", options.Ignored);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("---\n")]
    public void An_empty_config_file_is_an_empty_config(string yaml)
    {
        var (config, error) = ConfigFile.Parse(yaml, "x");
        Assert.Null(error);
        Assert.Equal(HadolintConfig.Empty.Ignored, config.Ignored);
        Assert.Null(config.FailureThreshold);
    }

    [Theory]
    [InlineData("ignored: [DL3000\nfailure-threshold: error\n", 1)]
    [InlineData("ignored:\n  - DL3000\n failure-threshold: error\n", 3)]
    [InlineData("failure-threshold: loud\n", 1)]
    [InlineData("ignored:\n  - DL3000\nlabel-schema:\n  author: texty\n", 4)]
    [InlineData("no-fail: perhaps\n", 1)]
    [InlineData("override:\n  fatal: [DL3000]\n", 2)]
    [InlineData("- just\n- a list\n", 1)]
    public void A_broken_config_gives_an_error_naming_file_and_line_and_an_empty_config(string yaml, int line)
    {
        var (config, error) = ConfigFile.Parse(yaml, "/repo/.hadolint.yaml");
        Assert.NotNull(error);
        Assert.Contains("/repo/.hadolint.yaml", error);
        Assert.True(error.Contains($"line {line}"), error);
        Assert.Empty(config.Ignored);
        Assert.Null(config.FailureThreshold);
    }

    [Fact]
    public void Environment_variables_are_read_like_hadolint()
    {
        var environment = new Dictionary<string, string>
        {
            ["NO_COLOR"] = "",
            ["HADOLINT_NOFAIL"] = "Yes",
            ["HADOLINT_VERBOSE"] = "on",
            ["HADOLINT_STRICT_LABELS"] = "1",
            ["HADOLINT_DISABLE_IGNORE_PRAGMA"] = "nope",
            ["HADOLINT_FORMAT"] = "json",
            ["HADOLINT_OVERRIDE_ERROR"] = "DL3001, DL3002",
            ["HADOLINT_OVERRIDE_STYLE"] = "DL3003",
            ["HADOLINT_IGNORE"] = "DL3000,SC2086",
            ["HADOLINT_TRUSTED_REGISTRIES"] = "docker.io,ghcr.io",
            ["HADOLINT_REQUIRE_LABELS"] = "maintainer:email,org.opencontainers.image.source:url",
            ["HADOLINT_FAILURE_THRESHOLD"] = "error",
        };
        var config = HadolintConfig.FromEnvironment(name => environment.GetValueOrDefault(name));
        Assert.True(config.NoColor);
        Assert.True(config.NoFail);
        Assert.True(config.Verbose);
        Assert.True(config.StrictLabels);
        Assert.False(config.DisableIgnorePragma);
        Assert.Equal(["json"], config.Formats);
        Assert.Equal(["DL3001", "DL3002"], config.OverrideError);
        Assert.Equal(["DL3003"], config.OverrideStyle);
        Assert.Equal(["DL3000", "SC2086"], config.Ignored);
        Assert.Equal(["docker.io", "ghcr.io"], config.TrustedRegistries);
        Assert.Equal(LabelType.Email, config.LabelSchema[0].Value);
        Assert.Equal("org.opencontainers.image.source", config.LabelSchema[1].Key);
        Assert.Equal(Severity.Error, config.FailureThreshold);
    }

    [Fact]
    public void Unset_environment_variables_leave_settings_unset()
    {
        var config = HadolintConfig.FromEnvironment(_ => null);
        Assert.Null(config.NoColor);
        Assert.Null(config.NoFail);
        Assert.Null(config.FailureThreshold);
        Assert.Empty(config.Ignored);
    }

    [Fact]
    public void Later_sources_win_for_scalars_and_lists_are_concatenated()
    {
        var environment = new HadolintConfig { Ignored = ["DL3000"], FailureThreshold = Severity.Error, NoFail = true, Formats = ["json"] };
        var file = new HadolintConfig { Ignored = ["DL3001"], FailureThreshold = Severity.Style, TrustedRegistries = ["docker.io"] };
        var commandLine = new HadolintConfig { Ignored = ["DL3002"], NoFail = false, TrustedRegistries = ["ghcr.io"], Formats = ["sarif"] };
        var merged = environment.MergedWith(file).MergedWith(commandLine);
        Assert.Equal(["DL3000", "DL3001", "DL3002"], merged.Ignored);
        Assert.Equal(Severity.Style, merged.FailureThreshold);
        Assert.False(merged.NoFail);
        Assert.Equal(["docker.io", "ghcr.io"], merged.TrustedRegistries);
        Assert.Equal(["json", "sarif"], merged.Formats);
    }

    [Fact]
    public void The_config_file_is_discovered_in_hadolints_order()
    {
        var root = Directory.CreateTempSubdirectory("cp-config-").FullName;
        try
        {
            var work = Directory.CreateDirectory(Path.Combine(root, "work")).FullName;
            var home = Directory.CreateDirectory(Path.Combine(root, "home")).FullName;
            var xdg = Directory.CreateDirectory(Path.Combine(root, "xdg")).FullName;
            Func<string, string?> env = name => name == "XDG_CONFIG_HOME" ? xdg : null;
            Assert.Null(ConfigFile.Discover(work, home, env));

            File.WriteAllText(Path.Combine(home, ".hadolint.yml"), "");
            Assert.Equal(Path.Combine(home, ".hadolint.yml"), ConfigFile.Discover(work, home, env));

            Directory.CreateDirectory(Path.Combine(home, ".hadolint"));
            File.WriteAllText(Path.Combine(home, ".hadolint", "config.yaml"), "");
            Assert.Equal(Path.Combine(home, ".hadolint", "config.yaml"), ConfigFile.Discover(work, home, env));

            File.WriteAllText(Path.Combine(xdg, "hadolint.yaml"), "");
            Assert.Equal(Path.Combine(xdg, "hadolint.yaml"), ConfigFile.Discover(work, home, env));

            File.WriteAllText(Path.Combine(work, ".hadolint.yml"), "");
            Assert.Equal(Path.Combine(work, ".hadolint.yml"), ConfigFile.Discover(work, home, env));

            File.WriteAllText(Path.Combine(work, ".hadolint.yaml"), "");
            Assert.Equal(Path.Combine(work, ".hadolint.yaml"), ConfigFile.Discover(work, home, env));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData("maintainer:email", "maintainer", LabelType.Email)]
    [InlineData("version", "version", LabelType.Text)]
    [InlineData("org.label-schema.url:url", "org.label-schema.url", LabelType.Url)]
    public void Label_requirements_parse_as_name_and_type(string text, string name, LabelType type)
    {
        Assert.True(HadolintConfig.TryParseLabelRequirement(text, out var label));
        Assert.Equal(name, label.Key);
        Assert.Equal(type, label.Value);
    }

    [Theory]
    [InlineData("none", Severity.Ignore)]
    [InlineData("ignore", Severity.Ignore)]
    [InlineData("style", Severity.Style)]
    public void Failure_thresholds_include_none(string text, Severity expected)
    {
        Assert.True(HadolintConfig.TryParseThreshold(text, out var severity));
        Assert.Equal(expected, severity);
    }
}
