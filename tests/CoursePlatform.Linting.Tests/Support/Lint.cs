using CoursePlatform.Linting.Configuration;
using CoursePlatform.Linting.Rules;

namespace CoursePlatform.Linting.Tests.Support;

/// <summary>One-line helpers for rule cases: lint a snippet and ask which codes fired where.</summary>
internal static class Lint
{
    public static IReadOnlyList<Finding> Run(string dockerfile, LintOptions? options = null)
        => Linter.Default.Lint(dockerfile, options).Findings;

    /// <summary>The findings of one code (DL code or BuildKit name, matched against code and alias).</summary>
    public static IReadOnlyList<Finding> Of(string code, string dockerfile, LintOptions? options = null)
        => [.. Run(dockerfile, options).Where(f => f.Code == code || f.Alias == code)];

    /// <summary>Asserts the code fires, and returns the 1-based lines it fired on.</summary>
    public static int[] Fires(string code, string dockerfile, LintOptions? options = null)
    {
        var findings = Of(code, dockerfile, options);
        Assert.True(findings.Count > 0, $"expected {code} in:\n{dockerfile}\nbut got: {Describe(Run(dockerfile, options))}");
        return [.. findings.Select(f => f.Line)];
    }

    public static void Passes(string code, string dockerfile, LintOptions? options = null)
    {
        var findings = Of(code, dockerfile, options);
        Assert.True(findings.Count == 0, $"expected no {code} in:\n{dockerfile}\nbut got: {Describe(findings)}");
    }

    public static string Describe(IEnumerable<Finding> findings)
        => string.Join("; ", findings.Select(f => $"{f.Code}@{f.Line}:{f.Column} {f.Message}"));
}
