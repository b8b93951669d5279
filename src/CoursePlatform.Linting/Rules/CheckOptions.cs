namespace CoursePlatform.Linting.Rules;

/// <summary>
/// The value of a BuildKit <c>check</c> directive or comment: <c>skip=A,B|all;error=bool;experimental=C|all</c>.
/// The value is cut at its first space; it is split on <c>;</c> into at most three <c>key=value</c> parts.
/// Rule names are trimmed and compared case-sensitively against both the DL code and the BuildKit name.
/// </summary>
public sealed class CheckOptions
{
    private CheckOptions(IReadOnlySet<string> skip, bool skipAll, bool error, IReadOnlySet<string> experimental, bool experimentalAll)
    {
        Skip = skip;
        SkipAll = skipAll;
        Error = error;
        Experimental = experimental;
        ExperimentalAll = experimentalAll;
    }

    public IReadOnlySet<string> Skip { get; }

    public bool SkipAll { get; }

    /// <summary><c>error=true</c>. Parsed and validated; the exit code follows the failure threshold instead.</summary>
    public bool Error { get; }

    public IReadOnlySet<string> Experimental { get; }

    public bool ExperimentalAll { get; }

    /// <summary>
    /// True when the rule is skipped: listed by either name, or <c>skip=all</c> and the rule is one BuildKit knows
    /// (a BuildKit check, or a DL rule with a BuildKit alias). Experimental rules are never skipped (BuildKit does
    /// not consult <c>skip</c> for them).
    /// </summary>
    public bool Skips(Rule rule)
    {
        if (rule.IsExperimental)
        {
            return false;
        }
        if (SkipAll)
        {
            return rule.Origin == RuleOrigin.BuildKit || rule.Alias is not null || Skip.Contains(rule.Code);
        }
        return Skip.Contains(rule.Code) || rule.Alias is not null && Skip.Contains(rule.Alias);
    }

    public bool EnablesExperimental(Rule rule)
        => rule.IsExperimental && (ExperimentalAll || Experimental.Contains(rule.Code) || rule.Alias is not null && Experimental.Contains(rule.Alias));

    /// <summary>Parses a directive value; on failure <paramref name="error"/> says why (BuildKit fails the build then).</summary>
    public static bool TryParse(string value, out CheckOptions options, out string error)
    {
        options = Empty;
        error = "";
        var space = value.IndexOfAny([' ', '\t']);
        if (space >= 0)
        {
            value = value[..space];
        }
        var skip = new HashSet<string>(StringComparer.Ordinal);
        var experimental = new HashSet<string>(StringComparer.Ordinal);
        bool skipAll = false, experimentalAll = false, fail = false;
        foreach (var part in value.Split(';', 3))
        {
            var eq = part.IndexOf('=');
            if (eq < 0)
            {
                error = $"invalid check option \"{part}\"";
                return false;
            }
            var key = part[..eq].Trim();
            var list = part[(eq + 1)..];
            switch (key.ToLowerInvariant())
            {
                case "skip":
                    skipAll |= ReadList(list, skip);
                    break;
                case "experimental":
                    experimentalAll |= ReadList(list, experimental);
                    break;
                case "error":
                    if (!TryParseGoBool(list.Trim(), out fail))
                    {
                        error = $"invalid boolean value \"{list.Trim()}\" for check option \"error\"";
                        return false;
                    }
                    break;
                default:
                    error = $"invalid check option \"{key}\"";
                    return false;
            }
        }
        options = new CheckOptions(skip, skipAll, fail, experimental, experimentalAll);
        return true;
    }

    /// <summary>
    /// Parses a per-instruction comment such as <c># check=skip=SecretsUsedInArgOrEnv // reason</c> (text after the
    /// <c>#</c>). Only <c>skip</c> and <c>experimental</c> take effect; an unparsable value is ignored.
    /// </summary>
    public static bool TryParseComment(ReadOnlySpan<char> content, out CheckOptions options)
    {
        options = Empty;
        var i = 0;
        while (i < content.Length && content[i] is ' ' or '\t')
        {
            i++;
        }
        if (!content[i..].StartsWith("check", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        i += 5;
        while (i < content.Length && content[i] is ' ' or '\t')
        {
            i++;
        }
        if (i >= content.Length || content[i] != '=')
        {
            return false;
        }
        i++;
        while (i < content.Length && content[i] is ' ' or '\t')
        {
            i++;
        }
        if (!TryParse(content[i..].TrimEnd().ToString(), out var parsed, out _))
        {
            return false;
        }
        options = new CheckOptions(parsed.Skip, parsed.SkipAll, false, parsed.Experimental, parsed.ExperimentalAll);
        return true;
    }

    private static CheckOptions Empty { get; } = new(new HashSet<string>(), false, false, new HashSet<string>(), false);

    private static bool ReadList(string list, HashSet<string> into)
    {
        if (list.Trim() == "all")
        {
            return true;
        }
        foreach (var name in list.Split(','))
        {
            var trimmed = name.Trim();
            if (trimmed.Length > 0)
            {
                into.Add(trimmed);
            }
        }
        return false;
    }

    private static bool TryParseGoBool(string text, out bool value)
    {
        switch (text)
        {
            case "1" or "t" or "T" or "TRUE" or "true" or "True":
                value = true;
                return true;
            case "0" or "f" or "F" or "FALSE" or "false" or "False":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }
}
