namespace CoursePlatform.Content.Highlighting;

/// <summary>Server-side highlighting for every fenced language the course uses.</summary>
public static class CodeHighlighter
{
    /// <summary>The HTML for the inside of a <c>&lt;code&gt;</c> element: escaped text with highlight spans.</summary>
    public static string ToHtml(string? language, string code)
    {
        if (IsDockerfile(language))
        {
            return HighlightWriter.ToHtml(code, DockerfileHighlighter.Highlight(code));
        }
        return LanguageDefinition.Find(language) is { } definition
            ? HighlightWriter.ToHtml(code, GenericLexer.Lex(code, definition))
            : HighlightWriter.Escape(code);
    }

    public static bool IsDockerfile(string? language) =>
        string.Equals(language, "dockerfile", StringComparison.OrdinalIgnoreCase) ||
        string.Equals(language, "docker", StringComparison.OrdinalIgnoreCase) ||
        string.Equals(language, "containerfile", StringComparison.OrdinalIgnoreCase);

    /// <summary>The label shown above a code block.</summary>
    public static string DisplayName(string? language)
    {
        if (string.IsNullOrEmpty(language))
        {
            return "Text";
        }
        if (IsDockerfile(language))
        {
            return "Dockerfile";
        }
        return LanguageDefinition.Find(language)?.DisplayName ?? language;
    }
}
