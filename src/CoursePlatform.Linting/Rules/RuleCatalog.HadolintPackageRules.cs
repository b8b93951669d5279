using CoursePlatform.Linting.Rules.Hadolint;

namespace CoursePlatform.Linting.Rules;

public static partial class RuleCatalog
{
    private static IEnumerable<Rule> HadolintPackageRules() =>
    [
        new DL3008PinAptVersions(),
        new DL3009DeleteAptLists(),
        new DL3013PinPipVersions(),
        new DL3014AptGetAssumeYes(),
        new DL3015AptNoInstallRecommends(),
        new DL3018PinApkVersions(),
        new DL3019ApkNoCache(),
        new DL3030YumAssumeYes(),
        new DL3032YumClean(),
        new DL3033PinYumVersions(),
        new DL3034ZypperNonInteractive(),
        new DL3035ZypperDistUpgrade(),
        new DL3036ZypperClean(),
        new DL3037PinZypperVersions(),
        new DL3038DnfAssumeYes(),
        new DL3040DnfClean(),
        new DL3041PinDnfVersions(),
        new DL3042PipNoCacheDir(),
        new DL3060YarnCacheClean(),
    ];
}
