using CoursePlatform.Linting.Configuration;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules;

/// <summary>Finding severities, most severe first; <see cref="Ignore"/> turns a rule off.</summary>
public enum Severity
{
    Error,
    Warning,
    Info,
    Style,
    Ignore,
}

/// <summary>Where a rule comes from: hadolint (DL codes) or BuildKit's build checks.</summary>
public enum RuleOrigin
{
    Hadolint,
    BuildKit,
}

/// <summary>
/// A lint rule: fixed metadata, a Markdown explanation, and a pure check over one parsed Dockerfile.
/// Rules hold no state between calls, so one instance is shared by every thread.
/// </summary>
public abstract class Rule
{
    /// <summary>The public code: the DL code, or the BuildKit check name for BuildKit-only checks.</summary>
    public abstract string Code { get; }

    /// <summary>The BuildKit check name when hadolint and BuildKit describe the same defect.</summary>
    public virtual string? Alias => null;

    /// <summary>A short title, e.g. "Use a tag other than latest".</summary>
    public abstract string Title { get; }

    public abstract Severity DefaultSeverity { get; }

    public virtual RuleOrigin Origin => Code.StartsWith("DL", StringComparison.Ordinal) ? RuleOrigin.Hadolint : RuleOrigin.BuildKit;

    /// <summary>The default finding message.</summary>
    public abstract string Message { get; }

    /// <summary>
    /// Markdown with the headings "What it does", "Why is this bad?", "Example" and "Use instead";
    /// the first code block under Example must fire the rule, the one under Use instead must not.
    /// </summary>
    public abstract string Explanation { get; }

    /// <summary>hadolint also runs this rule on unwrapped ONBUILD triggers, as a separate pass.</summary>
    public virtual bool ChecksOnbuild => false;

    /// <summary>Experimental BuildKit checks run only when enabled with <c># check=experimental=</c>.</summary>
    public virtual bool IsExperimental => false;

    /// <summary>
    /// BuildKit checks whose per-instruction <c># check=skip=</c> comments apply (phases B, D and E);
    /// whole-file checks return false.
    /// </summary>
    public virtual bool HonoursInstructionCheckComments => Origin == RuleOrigin.BuildKit;

    /// <summary>
    /// False when the rule cannot report anything under <paramref name="options"/> (a label-schema rule without
    /// a schema, say), so the linter does not call it at all. Must agree with what <see cref="Check"/> does.
    /// </summary>
    public virtual bool AppliesTo(LintOptions options) => true;

    /// <summary>
    /// The instruction kinds the rule looks at, when it can only report if the instructions it checks include one
    /// of them (null: any file). The linter skips the call for files without any; must agree with <see cref="Check"/>.
    /// </summary>
    public virtual IReadOnlyList<InstructionKind>? RequiredKinds => null;

    /// <summary>Reports every finding of this rule in <paramref name="context"/>.</summary>
    public abstract void Check(RuleContext context);

    /// <summary>The documentation URL of the rule.</summary>
    public virtual string HelpUri => Origin == RuleOrigin.Hadolint
        ? $"https://github.com/hadolint/hadolint/wiki/{Code}"
        : $"https://docs.docker.com/go/dockerfile/rule/{KebabCase(Code)}/";

    private static string KebabCase(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0 && (!char.IsUpper(name[i - 1]) || i + 1 < name.Length && char.IsLower(name[i + 1])))
            {
                builder.Append('-');
            }
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}

/// <summary>One reported problem.</summary>
public sealed record Finding(string Code, string? Alias, Severity Severity, string Message, SourceSpan Span)
{
    public int Line => Span.StartLine;

    public int Column => Span.StartColumn;
}
