using CoursePlatform.Linting.Rules;

namespace CoursePlatform.Linting.Configuration;

/// <summary>
/// One source of hadolint-style settings (environment, <c>.hadolint.yaml</c> or command line), every key optional.
/// Sources are merged with <see cref="MergedWith"/>: scalars of the later source win, lists are concatenated.
/// </summary>
public sealed record HadolintConfig
{
    public static HadolintConfig Empty { get; } = new();

    public IReadOnlyList<string> Ignored { get; init; } = [];

    public IReadOnlyList<string> OverrideError { get; init; } = [];

    public IReadOnlyList<string> OverrideWarning { get; init; } = [];

    public IReadOnlyList<string> OverrideInfo { get; init; } = [];

    public IReadOnlyList<string> OverrideStyle { get; init; } = [];

    /// <summary>Findings at or above this severity fail the run; <see cref="Severity.Ignore"/> (also <c>none</c>) fails on any finding.</summary>
    public Severity? FailureThreshold { get; init; }

    public IReadOnlyList<string> TrustedRegistries { get; init; } = [];

    /// <summary>Required labels in the order given; a later entry for the same label wins.</summary>
    public IReadOnlyList<KeyValuePair<string, LabelType>> LabelSchema { get; init; } = [];

    public bool? StrictLabels { get; init; }

    public bool? DisableIgnorePragma { get; init; }

    public bool? NoFail { get; init; }

    public bool? NoColor { get; init; }

    public bool? Verbose { get; init; }

    /// <summary>Output format names (<c>format</c> and <c>formats</c> keys together).</summary>
    public IReadOnlyList<string> Formats { get; init; } = [];

    /// <summary>This source overlaid with a later one (scalars: later wins; lists: concatenated).</summary>
    public HadolintConfig MergedWith(HadolintConfig later) => new()
    {
        Ignored = [.. Ignored, .. later.Ignored],
        OverrideError = [.. OverrideError, .. later.OverrideError],
        OverrideWarning = [.. OverrideWarning, .. later.OverrideWarning],
        OverrideInfo = [.. OverrideInfo, .. later.OverrideInfo],
        OverrideStyle = [.. OverrideStyle, .. later.OverrideStyle],
        FailureThreshold = later.FailureThreshold ?? FailureThreshold,
        TrustedRegistries = [.. TrustedRegistries, .. later.TrustedRegistries],
        LabelSchema = [.. LabelSchema, .. later.LabelSchema],
        StrictLabels = later.StrictLabels ?? StrictLabels,
        DisableIgnorePragma = later.DisableIgnorePragma ?? DisableIgnorePragma,
        NoFail = later.NoFail ?? NoFail,
        NoColor = later.NoColor ?? NoColor,
        Verbose = later.Verbose ?? Verbose,
        Formats = [.. Formats, .. later.Formats],
    };

    /// <summary>
    /// Reads hadolint's environment variables: <c>NO_COLOR</c> (set = true), <c>HADOLINT_NOFAIL</c>,
    /// <c>HADOLINT_VERBOSE</c>, <c>HADOLINT_STRICT_LABELS</c>, <c>HADOLINT_DISABLE_IGNORE_PRAGMA</c> (truthy:
    /// <c>1 y on true yes</c>), <c>HADOLINT_FORMAT</c>, <c>HADOLINT_OVERRIDE_ERROR|WARNING|INFO|STYLE</c>,
    /// <c>HADOLINT_IGNORE</c>, <c>HADOLINT_TRUSTED_REGISTRIES</c> (comma lists), <c>HADOLINT_REQUIRE_LABELS</c>
    /// (<c>name:type,...</c>) and <c>HADOLINT_FAILURE_THRESHOLD</c>. Invalid values are skipped.
    /// </summary>
    public static HadolintConfig FromEnvironment(Func<string, string?> getVariable)
    {
        var labels = new List<KeyValuePair<string, LabelType>>();
        foreach (var entry in CommaList(getVariable("HADOLINT_REQUIRE_LABELS")))
        {
            if (TryParseLabelRequirement(entry, out var label))
            {
                labels.Add(label);
            }
        }
        return new HadolintConfig
        {
            NoColor = getVariable("NO_COLOR") is not null ? true : null,
            NoFail = Truthy(getVariable("HADOLINT_NOFAIL")),
            Verbose = Truthy(getVariable("HADOLINT_VERBOSE")),
            StrictLabels = Truthy(getVariable("HADOLINT_STRICT_LABELS")),
            DisableIgnorePragma = Truthy(getVariable("HADOLINT_DISABLE_IGNORE_PRAGMA")),
            Formats = CommaList(getVariable("HADOLINT_FORMAT")),
            OverrideError = CommaList(getVariable("HADOLINT_OVERRIDE_ERROR")),
            OverrideWarning = CommaList(getVariable("HADOLINT_OVERRIDE_WARNING")),
            OverrideInfo = CommaList(getVariable("HADOLINT_OVERRIDE_INFO")),
            OverrideStyle = CommaList(getVariable("HADOLINT_OVERRIDE_STYLE")),
            Ignored = CommaList(getVariable("HADOLINT_IGNORE")),
            TrustedRegistries = CommaList(getVariable("HADOLINT_TRUSTED_REGISTRIES")),
            LabelSchema = labels,
            FailureThreshold = TryParseThreshold(getVariable("HADOLINT_FAILURE_THRESHOLD") ?? "", out var threshold) ? threshold : null,
        };
    }

    /// <summary>The options the linter needs. Overrides are applied style, info, warning, error: the error list wins.</summary>
    public LintOptions ToLintOptions(LintOptions? template = null)
    {
        var overrides = new Dictionary<string, Severity>(StringComparer.Ordinal);
        foreach (var (codes, severity) in new[]
                 {
                     (OverrideStyle, Severity.Style), (OverrideInfo, Severity.Info),
                     (OverrideWarning, Severity.Warning), (OverrideError, Severity.Error),
                 })
        {
            foreach (var code in codes)
            {
                overrides[code] = severity;
            }
        }
        var labels = new Dictionary<string, LabelType>(StringComparer.Ordinal);
        foreach (var (name, type) in LabelSchema)
        {
            labels[name] = type;
        }
        return (template ?? LintOptions.Default) with
        {
            Ignored = new HashSet<string>(Ignored, StringComparer.Ordinal),
            Overrides = overrides,
            TrustedRegistries = [.. TrustedRegistries],
            LabelSchema = labels,
            StrictLabels = StrictLabels ?? false,
            DisableIgnorePragma = DisableIgnorePragma ?? false,
        };
    }

    /// <summary><c>error</c>, <c>warning</c>, <c>info</c>, <c>style</c>, <c>ignore</c> or <c>none</c> (= ignore).</summary>
    public static bool TryParseThreshold(string text, out Severity severity)
    {
        if (text == "none")
        {
            severity = Severity.Ignore;
            return true;
        }
        return TryParseSeverity(text, out severity);
    }

    public static bool TryParseSeverity(string text, out Severity severity)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "error": severity = Severity.Error; return true;
            case "warning": severity = Severity.Warning; return true;
            case "info": severity = Severity.Info; return true;
            case "style": severity = Severity.Style; return true;
            case "ignore": severity = Severity.Ignore; return true;
            default: severity = default; return false;
        }
    }

    /// <summary>A label type name; the empty string means text.</summary>
    public static bool TryParseLabelType(string text, out LabelType type)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "" or "text": type = LabelType.Text; return true;
            case "url": type = LabelType.Url; return true;
            case "semver": type = LabelType.Semver; return true;
            case "hash": type = LabelType.Hash; return true;
            case "rfc3339": type = LabelType.Rfc3339; return true;
            case "spdx": type = LabelType.Spdx; return true;
            case "email": type = LabelType.Email; return true;
            default: type = default; return false;
        }
    }

    /// <summary>Parses <c>name:type</c> (as given to <c>--require-label</c>).</summary>
    public static bool TryParseLabelRequirement(string text, out KeyValuePair<string, LabelType> label)
    {
        label = default;
        var colon = text.LastIndexOf(':');
        var name = (colon < 0 ? text : text[..colon]).Trim();
        if (name.Length == 0 || !TryParseLabelType(colon < 0 ? "" : text[(colon + 1)..], out var type))
        {
            return false;
        }
        label = new KeyValuePair<string, LabelType>(name, type);
        return true;
    }

    /// <summary>hadolint's truthy strings: <c>1 y on true yes</c> (any case); anything else is false; unset is null.</summary>
    public static bool? Truthy(string? value)
        => value is null ? null : value.Trim().ToLowerInvariant() is "1" or "y" or "on" or "true" or "yes";

    private static List<string> CommaList(string? value)
    {
        var list = new List<string>();
        if (value is null)
        {
            return list;
        }
        foreach (var item in value.Split(','))
        {
            var trimmed = item.Trim();
            if (trimmed.Length > 0)
            {
                list.Add(trimmed);
            }
        }
        return list;
    }
}
