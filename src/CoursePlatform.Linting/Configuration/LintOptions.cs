using CoursePlatform.Linting.Rules;

namespace CoursePlatform.Linting.Configuration;

/// <summary>Label value types of hadolint's label schema.</summary>
public enum LabelType
{
    Text,
    Url,
    Semver,
    Hash,
    Rfc3339,
    Spdx,
    Email,
}

/// <summary>
/// Everything that changes what the linter reports, merged from <c>.hadolint.yaml</c>, the environment and the
/// command line. Immutable; one instance can be shared by many threads.
/// </summary>
public sealed record LintOptions
{
    public static LintOptions Default { get; } = new();

    /// <summary>Codes (DL code or BuildKit name) whose findings are dropped.</summary>
    public IReadOnlySet<string> Ignored { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Severity overrides by code (DL code or BuildKit name).</summary>
    public IReadOnlyDictionary<string, Severity> Overrides { get; init; } = new Dictionary<string, Severity>(StringComparer.Ordinal);

    /// <summary>Registries DL3026 allows; empty disables DL3026.</summary>
    public IReadOnlyList<string> TrustedRegistries { get; init; } = [];

    /// <summary>Required labels and their types (enables DL3049–DL3058).</summary>
    public IReadOnlyDictionary<string, LabelType> LabelSchema { get; init; } = new Dictionary<string, LabelType>(StringComparer.Ordinal);

    /// <summary>DL3050: labels not in the schema are reported.</summary>
    public bool StrictLabels { get; init; }

    /// <summary>Ignore <c># hadolint ignore=</c>, <c>global ignore</c>, <c>stage ignore</c> and <c># check=skip</c> comments.</summary>
    public bool DisableIgnorePragma { get; init; }

    /// <summary>Contents of a <c>.dockerignore</c> file; null disables CopyIgnoredFile.</summary>
    public string? DockerIgnore { get; init; }

    /// <summary>
    /// Environment variables that base images are known to define, by image name (without tag).
    /// Null uses the built-in table of well-known images.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? BaseImageEnvironments { get; init; }

    /// <summary>
    /// Experimental checks to enable (by code or BuildKit name; <c>all</c> enables every one), in addition to a
    /// file's <c># check=experimental=</c> directive.
    /// </summary>
    public IReadOnlySet<string> ExperimentalRules { get; init; } = new HashSet<string>(StringComparer.Ordinal);
}
