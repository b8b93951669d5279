namespace CoursePlatform.Linting.Semantics;

/// <summary>Options of the variable lexer.</summary>
/// <param name="Escape">The escape token (the Dockerfile's <c># escape=</c> value).</param>
/// <param name="RawQuotes">Quotes keep their meaning but stay in the result (the builder's RawQuotes mode).</param>
/// <param name="Lenient">Collect references without failing on <c>${x:?}</c> (for linting).</param>
/// <param name="SkipQuotes">Quote characters are ordinary text: <c>'$x'</c> expands (heredoc bodies).</param>
/// <param name="SplitWords">
/// Also split the result into words the way EXPOSE does (unquoted whitespace separates words); without it,
/// <see cref="ExpansionResult.Words"/> falls back to splitting the value on whitespace.
/// </param>
public readonly record struct ExpansionOptions(char Escape = '\\', bool RawQuotes = false, bool Lenient = false, bool SkipQuotes = false, bool SplitWords = false)
{
    /// <summary>
    /// How the builder expands the body of a COPY/ADD heredoc with an unquoted delimiter: quotes are not special and
    /// the escape token is always a backslash, whatever the escape directive says.
    /// </summary>
    public static ExpansionOptions Heredoc { get; } = new('\\', SkipQuotes: true);
}
