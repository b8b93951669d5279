using CoursePlatform.Linting.Configuration;
using CoursePlatform.Linting.Rules;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CoursePlatform.Cli.Configuration;

/// <summary>
/// Reads <c>.hadolint.yaml</c> with YamlDotNet's representation model (no reflection, so NativeAOT-safe) and finds
/// the file the way hadolint does.
/// </summary>
public static class ConfigFile
{
    /// <summary>The result of reading a config file: the settings, or an error naming file and line.</summary>
    public sealed record LoadResult(HadolintConfig Config, string? Error);

    /// <summary>
    /// The first existing file of: <c>$PWD/.hadolint.yaml|.yml</c>, <c>$XDG_CONFIG_HOME/hadolint.yaml|.yml</c>
    /// (default <c>~/.config</c>), <c>~/.hadolint/{hadolint,config}.{yaml,yml}</c>, <c>~/.hadolint.yaml|.yml</c>.
    /// </summary>
    public static string? Discover(string currentDirectory, string? home, Func<string, string?> getVariable)
    {
        var candidates = new List<string>
        {
            Path.Combine(currentDirectory, ".hadolint.yaml"),
            Path.Combine(currentDirectory, ".hadolint.yml"),
        };
        var xdg = getVariable("XDG_CONFIG_HOME");
        if (string.IsNullOrEmpty(xdg) && !string.IsNullOrEmpty(home))
        {
            xdg = Path.Combine(home, ".config");
        }
        if (!string.IsNullOrEmpty(xdg))
        {
            candidates.Add(Path.Combine(xdg, "hadolint.yaml"));
            candidates.Add(Path.Combine(xdg, "hadolint.yml"));
        }
        if (!string.IsNullOrEmpty(home))
        {
            foreach (var name in new[] { "hadolint.yaml", "hadolint.yml", "config.yaml", "config.yml" })
            {
                candidates.Add(Path.Combine(home, ".hadolint", name));
            }
            candidates.Add(Path.Combine(home, ".hadolint.yaml"));
            candidates.Add(Path.Combine(home, ".hadolint.yml"));
        }
        return candidates.FirstOrDefault(File.Exists);
    }

    /// <summary>Reads and parses a config file. A file that cannot be read or parsed gives an empty config and an error.</summary>
    public static LoadResult Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new LoadResult(HadolintConfig.Empty, $"cannot read config file '{path}': {e.Message}");
        }
        return Parse(text, path);
    }

    /// <summary>Parses YAML text; <paramref name="fileName"/> is used in error messages.</summary>
    public static LoadResult Parse(string text, string fileName)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            {
                return new LoadResult(HadolintConfig.Empty, null);
            }
            if (stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                throw new ConfigException(stream.Documents[0].RootNode, "the top level must be a mapping of keys");
            }
            return new LoadResult(Read(root), null);
        }
        catch (YamlException e)
        {
            return new LoadResult(HadolintConfig.Empty, $"invalid config file '{fileName}' at line {e.Start.Line}, column {e.Start.Column}: {Simplify(e)}");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this (not a YamlException) on some unterminated flow collections.
            return new LoadResult(HadolintConfig.Empty, $"invalid config file '{fileName}' at line {LastReadableLine(text)}: malformed YAML (unterminated bracket or quote?)");
        }
        catch (ConfigException e)
        {
            return new LoadResult(HadolintConfig.Empty, $"invalid config file '{fileName}' at line {e.Node.Start.Line}, column {e.Node.Start.Column}: {e.Message}");
        }
    }

    private static HadolintConfig Read(YamlMappingNode root)
    {
        var config = HadolintConfig.Empty;
        foreach (var (keyNode, value) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            config = key switch
            {
                "ignored" => config with { Ignored = StringList(value) },
                "override" => ReadOverride(config, value),
                "failure-threshold" => config with { FailureThreshold = Threshold(value) },
                "trustedRegistries" => config with { TrustedRegistries = StringList(value) },
                "label-schema" => config with { LabelSchema = LabelSchema(value) },
                "strict-labels" => config with { StrictLabels = Bool(value) },
                "disable-ignore-pragma" => config with { DisableIgnorePragma = Bool(value) },
                "no-fail" => config with { NoFail = Bool(value) },
                "no-color" => config with { NoColor = Bool(value) },
                "verbose" => config with { Verbose = Bool(value) },
                "format" => config with { Formats = [.. config.Formats, Scalar(value)] },
                "formats" => config with { Formats = [.. config.Formats, .. StringList(value)] },
                _ => config,
            };
        }
        return config;
    }

    private static HadolintConfig ReadOverride(HadolintConfig config, YamlNode value)
    {
        if (IsNull(value))
        {
            return config;
        }
        if (value is not YamlMappingNode map)
        {
            throw new ConfigException(value, "'override' must be a mapping with error, warning, info and style lists");
        }
        foreach (var (keyNode, codes) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value;
            config = key switch
            {
                "error" => config with { OverrideError = StringList(codes) },
                "warning" => config with { OverrideWarning = StringList(codes) },
                "info" => config with { OverrideInfo = StringList(codes) },
                "style" => config with { OverrideStyle = StringList(codes) },
                _ => throw new ConfigException(keyNode, $"unknown override level '{key}' (expected error, warning, info or style)"),
            };
        }
        return config;
    }

    private static Severity Threshold(YamlNode value)
    {
        var text = Scalar(value);
        return HadolintConfig.TryParseThreshold(text, out var severity)
            ? severity
            : throw new ConfigException(value, $"invalid failure-threshold '{text}' (expected error, warning, info, style, ignore or none)");
    }

    private static List<KeyValuePair<string, LabelType>> LabelSchema(YamlNode value)
    {
        var labels = new List<KeyValuePair<string, LabelType>>();
        if (IsNull(value))
        {
            return labels;
        }
        if (value is not YamlMappingNode map)
        {
            throw new ConfigException(value, "'label-schema' must be a mapping of label name to type");
        }
        foreach (var (keyNode, typeNode) in map.Children)
        {
            var name = Scalar(keyNode);
            var typeText = IsNull(typeNode) ? "" : Scalar(typeNode);
            if (!HadolintConfig.TryParseLabelType(typeText, out var type))
            {
                throw new ConfigException(typeNode, $"invalid label type '{typeText}' for label '{name}' (expected text, url, semver, hash, rfc3339, spdx or email)");
            }
            labels.Add(new KeyValuePair<string, LabelType>(name, type));
        }
        return labels;
    }

    private static List<string> StringList(YamlNode value)
    {
        if (IsNull(value))
        {
            return [];
        }
        if (value is YamlScalarNode)
        {
            return [Scalar(value)];
        }
        if (value is not YamlSequenceNode sequence)
        {
            throw new ConfigException(value, "expected a list of strings");
        }
        return [.. sequence.Children.Select(Scalar)];
    }

    private static bool Bool(YamlNode value)
    {
        var text = Scalar(value);
        return text.ToLowerInvariant() switch
        {
            "true" or "yes" or "on" or "y" => true,
            "false" or "no" or "off" or "n" => false,
            _ => throw new ConfigException(value, $"expected true or false, got '{text}'"),
        };
    }

    private static string Scalar(YamlNode value)
        => value is YamlScalarNode { Value: { } text } ? text : throw new ConfigException(value, "expected a single value");

    private static bool IsNull(YamlNode value) => value is YamlScalarNode { Value: null or "" or "~" or "null" };

    private static long LastReadableLine(string text)
    {
        var parser = new Parser(new StringReader(text));
        long line = 1;
        try
        {
            while (parser.MoveNext())
            {
                line = parser.Current?.End.Line ?? line;
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
        }
        return line;
    }

    private static string Simplify(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var paren = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith('(') && paren > 0 ? message[(paren + 3)..] : message;
    }

    private sealed class ConfigException(YamlNode node, string message) : Exception(message)
    {
        public YamlNode Node { get; } = node;
    }
}
