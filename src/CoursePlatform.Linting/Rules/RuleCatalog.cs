namespace CoursePlatform.Linting.Rules;

/// <summary>The explicit list of every rule the engine runs. A rule that is not listed here does not exist.</summary>
public static partial class RuleCatalog
{
    /// <summary>Every rule, hadolint's first (by code), then BuildKit's.</summary>
    public static IReadOnlyList<Rule> All { get; } = [.. HadolintInstructionRules(), .. HadolintShellRules(), .. HadolintPackageRules(), .. BuildKitChecks()];

    private static readonly Dictionary<string, Rule> ByName = BuildIndex();

    /// <summary>Finds a rule by its code or its BuildKit alias (exact case).</summary>
    public static Rule? Find(string codeOrAlias) => ByName.GetValueOrDefault(codeOrAlias);

    private static Dictionary<string, Rule> BuildIndex()
    {
        var index = new Dictionary<string, Rule>(StringComparer.Ordinal);
        foreach (var rule in All)
        {
            index.TryAdd(rule.Code, rule);
            if (rule.Alias is not null)
            {
                index.TryAdd(rule.Alias, rule);
            }
        }
        return index;
    }
}
