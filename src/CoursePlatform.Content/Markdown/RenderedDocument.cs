namespace CoursePlatform.Content.Markdown;

/// <summary>One entry of a page's table of contents (level 2 and 3 headings).</summary>
public sealed record TocEntry(int Level, string Id, string Text);

/// <summary>A diagram in a document, with the text alternative read out instead of the drawing.</summary>
public sealed record DiagramInfo(int Line, string AltText);

/// <summary>A link found in a document, with the 1-based line it is on (for validation messages).</summary>
public sealed record DocumentLink(int Line, string Url);

/// <summary>A hadolint-style rule code (<c>DL3007</c>) named in the text, with its 1-based line.</summary>
public sealed record RuleMention(int Line, string Code);

/// <summary>Markdown rendered once through the course pipeline, with what the page and the validator need.</summary>
public sealed record RenderedDocument(
    string? Title,
    string Html,
    IReadOnlyList<TocEntry> Toc,
    IReadOnlySet<string> HeadingIds,
    IReadOnlyList<DocumentLink> Links,
    IReadOnlyList<DiagramInfo> Diagrams,
    IReadOnlyList<LintedExample> Examples,
    int WordCount)
{
    /// <summary>Rule codes the text names (in prose or inline code), for validation.</summary>
    public IReadOnlyList<RuleMention> RuleMentions { get; init; } = [];


    /// <summary>Estimated reading time at 200 words a minute (code counts as words too), at least one minute.</summary>
    public int ReadingMinutes => Math.Max(1, (int)Math.Round(WordCount / 200.0, MidpointRounding.AwayFromZero));
}
