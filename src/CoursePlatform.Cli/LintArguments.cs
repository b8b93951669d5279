using CoursePlatform.Linting.Configuration;
using CoursePlatform.Linting.Rules;

namespace CoursePlatform.Cli;

/// <summary>The parsed options of <c>lint</c>. Settings that a config file can also give are kept as a <see cref="HadolintConfig"/>.</summary>
internal sealed record LintArguments
{
    public List<string> Files { get; } = [];

    public string? ConfigPath { get; private set; }

    public string? DockerIgnorePath { get; private set; }

    public bool NoShellCheck { get; private set; }

    public HadolintConfig Settings { get; private set; } = HadolintConfig.Empty;

    /// <summary>Parses the arguments; returns null and writes the reason to <paramref name="error"/> when they are invalid.</summary>
    public static LintArguments? Parse(string[] args, out string error)
    {
        error = "";
        var result = new LintArguments();
        var settings = HadolintConfig.Empty;
        var onlyFiles = false;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (onlyFiles || arg == "-" || !arg.StartsWith('-'))
            {
                result.Files.Add(arg);
                continue;
            }
            if (arg == "--")
            {
                onlyFiles = true;
                continue;
            }
            string? inlineValue = null;
            var eq = arg.IndexOf('=');
            if (arg.StartsWith("--", StringComparison.Ordinal) && eq > 0)
            {
                inlineValue = arg[(eq + 1)..];
                arg = arg[..eq];
            }
            string? Value()
            {
                if (inlineValue is not null)
                {
                    return inlineValue;
                }
                if (i + 1 < args.Length)
                {
                    return args[++i];
                }
                return null;
            }
            switch (arg)
            {
                case "--no-fail":
                    settings = settings with { NoFail = true };
                    break;
                case "--no-color":
                    settings = settings with { NoColor = true };
                    break;
                case "--strict-labels":
                    settings = settings with { StrictLabels = true };
                    break;
                case "--disable-ignore-pragma":
                    settings = settings with { DisableIgnorePragma = true };
                    break;
                case "-V" or "--verbose":
                    settings = settings with { Verbose = true };
                    break;
                case "--no-shellcheck":
                    result.NoShellCheck = true;
                    break;
                default:
                    var value = Value();
                    if (value is null)
                    {
                        error = $"option '{arg}' needs a value";
                        return null;
                    }
                    switch (arg)
                    {
                        case "-f" or "--format":
                            settings = settings with { Formats = [.. settings.Formats, value] };
                            break;
                        case "-c" or "--config":
                            result.ConfigPath = value;
                            break;
                        case "--dockerignore":
                            result.DockerIgnorePath = value;
                            break;
                        case "--ignore":
                            settings = settings with { Ignored = [.. settings.Ignored, value] };
                            break;
                        case "-t" or "--failure-threshold":
                            if (!HadolintConfig.TryParseThreshold(value, out var threshold))
                            {
                                error = $"invalid failure threshold '{value}' (expected error, warning, info, style, ignore or none)";
                                return null;
                            }
                            settings = settings with { FailureThreshold = threshold };
                            break;
                        case "--error":
                            settings = settings with { OverrideError = [.. settings.OverrideError, value] };
                            break;
                        case "--warning":
                            settings = settings with { OverrideWarning = [.. settings.OverrideWarning, value] };
                            break;
                        case "--info":
                            settings = settings with { OverrideInfo = [.. settings.OverrideInfo, value] };
                            break;
                        case "--style":
                            settings = settings with { OverrideStyle = [.. settings.OverrideStyle, value] };
                            break;
                        case "--trusted-registry":
                            settings = settings with { TrustedRegistries = [.. settings.TrustedRegistries, value] };
                            break;
                        case "--require-label":
                            if (!HadolintConfig.TryParseLabelRequirement(value, out var label))
                            {
                                error = $"invalid label requirement '{value}' (expected name:type, type one of text, url, semver, hash, rfc3339, spdx, email)";
                                return null;
                            }
                            settings = settings with { LabelSchema = [.. settings.LabelSchema, label] };
                            break;
                        default:
                            error = $"unknown option '{arg}'";
                            return null;
                    }
                    break;
            }
        }
        result.Settings = settings;
        return result;
    }

    /// <summary>The failure threshold when none is configured.</summary>
    public const Severity DefaultThreshold = Severity.Info;
}
