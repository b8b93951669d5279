using CoursePlatform.Linting.Rules.Hadolint;

namespace CoursePlatform.Linting.Rules;

public static partial class RuleCatalog
{
    private static IEnumerable<Rule> HadolintShellRules() =>
    [
        new DL3001PointlessCommands(),
        new DL3003UseWorkdir(),
        new DL3004NoSudo(),
        new DL3010UseAddForArchives(),
        new DL3016PinNpmVersions(),
        new DL3027NoApt(),
        new DL3028PinGemVersions(),
        new DL3046UseraddLongUid(),
        new DL3047WgetProgress(),
        new DL3059ConsolidateRuns(),
        new DL3062PinGoVersions(),
        new DL4001WgetOrCurl(),
        new DL4005UseShellInstruction(),
        new DL4006SetPipefail(),
    ];
}
