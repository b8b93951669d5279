using CoursePlatform.Linting.Rules.Hadolint;

namespace CoursePlatform.Linting.Rules;

public static partial class RuleCatalog
{
    private static IEnumerable<Rule> HadolintInstructionRules() =>
    [
        new DL1001InlineIgnorePragma(),
        new DL3000AbsoluteWorkdir(),
        new DL3002LastUserRoot(),
        new DL3006UntaggedImage(),
        new DL3007LatestTag(),
        new DL3011ValidPortRange(),
        new DL3012MultipleHealthchecks(),
        new DL3020UseCopyInsteadOfAdd(),
        new DL3021CopyDestinationSlash(),
        new DL3022CopyFromUnknownStage(),
        new DL3023CopyFromOwnStage(),
        new DL3024DuplicateStageName(),
        new DL3025JsonNotation(),
        new DL3026TrustedRegistry(),
        new DL3029NoPlatformFlag(),
        new DL3043ForbiddenOnbuildTrigger(),
        new DL3044SelfReferencingEnv(),
        new DL3045CopyRelativeWithoutWorkdir(),
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
        new DL3061InstructionBeforeFrom(),
        new DL3063ReservedStageName(),
        new DL3064SecretsInArgOrEnv(),
        new DL3065RedundantTargetPlatform(),
        new DL3066NumericUser(),
        new DL3067CopyWholeFilesystem(),
        new DL4000MaintainerDeprecated(),
        new DL4003MultipleCmd(),
        new DL4004MultipleEntrypoint(),
    ];
}
