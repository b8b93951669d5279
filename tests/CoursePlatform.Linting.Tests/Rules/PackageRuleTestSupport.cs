namespace CoursePlatform.Linting.Tests.Rules;

/// <summary>Helpers for the package-manager rule tests: what a finding underlines, and how many there are.</summary>
internal static class PackageRuleTestSupport
{
    /// <summary>The source text each finding of <paramref name="code"/> underlines, in order.</summary>
    public static string[] Underlined(string code, string dockerfile)
    {
        var result = Linter.Default.Lint(dockerfile);
        return [.. result.Findings.Where(f => f.Code == code).Select(f => result.Document.Slice(f.Span))];
    }

    public static int Count(string code, string dockerfile) =>
        Linter.Default.Lint(dockerfile).Findings.Count(f => f.Code == code);
}
