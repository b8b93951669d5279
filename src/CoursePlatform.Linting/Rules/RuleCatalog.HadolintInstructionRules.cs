using CoursePlatform.Linting.Rules.Hadolint;

namespace CoursePlatform.Linting.Rules;

public static partial class RuleCatalog
{
    private static IEnumerable<Rule> HadolintInstructionRules() =>
    [
        new DL3007LatestTag(),
    ];
}
