using CoursePlatform.Linting.Configuration;
using CoursePlatform.Linting.Parsing;
using CoursePlatform.Linting.Rules;
using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.BuildKit;

/// <summary>What a BuildKit check reported: the source text it underlines and its message.</summary>
internal readonly record struct Reported(string Text, string Message, int Line);

internal static class BuildKitCheck
{
    /// <summary>Findings of one code through the whole engine, as (underlined text, message, line).</summary>
    public static Reported[] Report(string code, string dockerfile, LintOptions? options = null)
        => [.. Lint.Of(code, dockerfile, options).Select(f => new Reported(dockerfile.Substring(f.Span.Start, f.Span.Length), f.Message, f.Line))];

    /// <summary>Runs one rule directly on a parsed document (used for experimental checks the engine keeps off).</summary>
    public static Reported[] RunDirectly(Rule rule, string dockerfile, LintOptions? options = null)
    {
        var document = DockerfileParser.Parse(dockerfile);
        var sink = new List<RawFinding>();
        rule.Check(new RuleContext(rule, document, document.Instructions, false, options ?? LintOptions.Default, sink));
        return [.. sink.Select(f => new Reported(dockerfile.Substring(f.Span.Start, f.Span.Length), f.Message, f.Span.StartLine))];
    }

    public static string Messages(IEnumerable<Reported> reported) => string.Join(" | ", reported.Select(r => r.Message));
}
