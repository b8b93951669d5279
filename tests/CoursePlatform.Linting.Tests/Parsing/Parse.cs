using CoursePlatform.Linting.Parsing;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Tests.Parsing;

/// <summary>Helpers for parser cases: every parse also checks the span invariant.</summary>
internal static class Parse
{
    public static DockerfileDocument Text(string text)
    {
        var document = DockerfileParser.Parse(text);
        var violations = SyntaxWalker.SpanViolations(document);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        return document;
    }

    /// <summary>Parses and asserts there are no diagnostics.</summary>
    public static DockerfileDocument Clean(string text)
    {
        var document = Text(text);
        Assert.True(document.Diagnostics.Count == 0,
            "unexpected diagnostics: " + string.Join("; ", document.Diagnostics.Select(d => $"{d.Span} {d.Message}")));
        return document;
    }

    /// <summary>The last instruction, which must be of type T (no diagnostics allowed).</summary>
    public static T Last<T>(string text) where T : Instruction
    {
        var document = Clean(text);
        return Assert.IsType<T>(document.Instructions[^1]);
    }

    /// <summary>The messages of all diagnostics.</summary>
    public static string[] Errors(string text) => [.. Text(text).Diagnostics.Select(d => d.Message)];

    /// <summary>Asserts exactly one diagnostic with this message and returns it.</summary>
    public static ParseDiagnostic Error(string text, string message)
    {
        var document = Text(text);
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal(message, diagnostic.Message);
        return diagnostic;
    }

    /// <summary>The source text a diagnostic underlines.</summary>
    public static string Underlined(string text, string message)
    {
        var diagnostic = Error(text, message);
        return text.Substring(diagnostic.Span.Start, diagnostic.Span.Length);
    }
}
