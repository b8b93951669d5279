namespace CoursePlatform.Linting.Rules;

public static partial class RuleCatalog
{
    private static IEnumerable<Rule> HadolintShellRules() =>
    [
    ];
}
