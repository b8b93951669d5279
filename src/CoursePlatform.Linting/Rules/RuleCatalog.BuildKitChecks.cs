using CoursePlatform.Linting.Rules.BuildKit;

namespace CoursePlatform.Linting.Rules;

public static partial class RuleCatalog
{
    // BuildKit-only checks. MaintainerDeprecated, DuplicateStageName, ReservedStageName, JSONArgsRecommended,
    // WorkdirRelativePath, SecretsUsedInArgOrEnv and RedundantTargetPlatform are carried by DL rules as aliases.
    // InvalidBaseImagePlatform is not implemented: it compares the pulled image's platform with the requested one,
    // which needs registry access a static linter does not have.
    private static IEnumerable<Rule> BuildKitChecks() =>
    [
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
}
