using CoursePlatform.Linting.Rules.BuildKit;
using CoursePlatform.Linting.Rules.Hadolint;

namespace CoursePlatform.Linting.Rules;

/// <summary>The explicit list of every rule the engine runs. A rule that is not listed here does not exist.</summary>
public static class RuleCatalog
{
    /// <summary>Every rule: hadolint's DL rules by code, then BuildKit's own checks.</summary>
    /// <remarks>
    /// DL rules that describe the same defect as a BuildKit check carry its name as <see cref="Rule.Alias"/>:
    /// MaintainerDeprecated (DL4000), DuplicateStageName (DL3024), ReservedStageName (DL3063),
    /// JSONArgsRecommended (DL3025), WorkdirRelativePath (DL3000), SecretsUsedInArgOrEnv (DL3064) and
    /// RedundantTargetPlatform (DL3065). InvalidBaseImagePlatform is not implemented: it compares the pulled
    /// image's platform with the requested one, which needs registry access a static linter does not have.
    /// </remarks>
    public static IReadOnlyList<Rule> All { get; } =
    [
        new DL1001InlineIgnorePragma(),
        new DL3000AbsoluteWorkdir(),
        new DL3001PointlessCommands(),
        new DL3002LastUserRoot(),
        new DL3003UseWorkdir(),
        new DL3004NoSudo(),
        new DL3006UntaggedImage(),
        new DL3007LatestTag(),
        new DL3008PinAptVersions(),
        new DL3009DeleteAptLists(),
        new DL3010UseAddForArchives(),
        new DL3011ValidPortRange(),
        new DL3012MultipleHealthchecks(),
        new DL3013PinPipVersions(),
        new DL3014AptGetAssumeYes(),
        new DL3015AptNoInstallRecommends(),
        new DL3016PinNpmVersions(),
        new DL3018PinApkVersions(),
        new DL3019ApkNoCache(),
        new DL3020UseCopyInsteadOfAdd(),
        new DL3021CopyDestinationSlash(),
        new DL3022CopyFromUnknownStage(),
        new DL3023CopyFromOwnStage(),
        new DL3024DuplicateStageName(),
        new DL3025JsonNotation(),
        new DL3026TrustedRegistry(),
        new DL3027NoApt(),
        new DL3028PinGemVersions(),
        new DL3029NoPlatformFlag(),
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
        new DL3043ForbiddenOnbuildTrigger(),
        new DL3044SelfReferencingEnv(),
        new DL3045CopyRelativeWithoutWorkdir(),
        new DL3046UseraddLongUid(),
        new DL3047WgetProgress(),
        new DL3048InvalidLabelKey(),
        new DL3049MissingLabel(),
        new DL3050SuperfluousLabel(),
        new DL3051EmptyLabel(),
        new DL3052LabelNotUrl(),
        new DL3053LabelNotRfc3339(),
        new DL3054LabelNotSpdx(),
        new DL3055LabelNotGitHash(),
        new DL3056LabelNotSemver(),
        new DL3057MissingHealthcheck(),
        new DL3058LabelNotEmail(),
        new DL3059ConsolidateRuns(),
        new DL3060YarnCacheClean(),
        new DL3061InstructionBeforeFrom(),
        new DL3062PinGoVersions(),
        new DL3063ReservedStageName(),
        new DL3064SecretsInArgOrEnv(),
        new DL3065RedundantTargetPlatform(),
        new DL3066NumericUser(),
        new DL3067CopyWholeFilesystem(),
        new DL4000MaintainerDeprecated(),
        new DL4001WgetOrCurl(),
        new DL4003MultipleCmd(),
        new DL4004MultipleEntrypoint(),
        new DL4005UseShellInstruction(),
        new DL4006SetPipefail(),

        new StageNameCasing(),
        new FromAsCasing(),
        new NoEmptyContinuation(),
        new ConsistentInstructionCasing(),
        new UndefinedArgInFrom(),
        new UndefinedVar(),
        new MultipleInstructionsDisallowed(),
        new LegacyKeyValueFormat(),
        new InvalidDefaultArgInFrom(),
        new FromPlatformFlagConstDisallowed(),
        new CopyIgnoredFile(),
        new InvalidDefinitionDescription(),
        new ExposeProtoCasing(),
        new ExposeInvalidFormat(),
    ];

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
