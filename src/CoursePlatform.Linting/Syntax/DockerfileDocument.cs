using CoursePlatform.Linting.Semantics;

namespace CoursePlatform.Linting.Syntax;

/// <summary>A parsed Dockerfile: everything valid in it, plus the parse diagnostics for what was not.</summary>
public sealed class DockerfileDocument
{
    private StageGraph? _stages;

    // Comments given by the caller; a parsed document makes its own from the line index on first read.
    private readonly Comment[]? _comments;

    public DockerfileDocument(
        string source,
        char escapeChar,
        IReadOnlyList<ParserDirective> directives,
        IReadOnlyList<Comment> comments,
        ReadOnlyArray<Instruction> instructions,
        IReadOnlyList<ParseDiagnostic> diagnostics,
        LineIndex lines)
        : this(source, escapeChar, directives, instructions, diagnostics, lines)
        => _comments = ReadOnlyArray.Of(comments).Items;

    /// <summary>A parsed document, whose comments are the lines its line index names.</summary>
    internal DockerfileDocument(
        string source,
        char escapeChar,
        IReadOnlyList<ParserDirective> directives,
        ReadOnlyArray<Instruction> instructions,
        IReadOnlyList<ParseDiagnostic> diagnostics,
        LineIndex lines)
    {
        Source = source;
        EscapeChar = escapeChar;
        Directives = ReadOnlyArray.Of(directives);
        Instructions = instructions;
        Diagnostics = ReadOnlyArray.Of(diagnostics);
        Lines = lines;
    }

    /// <summary>The text as given (a BOM, if any, is kept at offset 0 and skipped by the parser).</summary>
    public string Source { get; }

    /// <summary><c>\</c> by default, or <c>`</c> when an <c># escape=`</c> directive is present.</summary>
    public char EscapeChar { get; }

    public ReadOnlyArray<ParserDirective> Directives { get; }

    /// <summary>Every comment line outside instructions, in source order (directives excluded).</summary>
    /// <remarks>Made on first read in a parsed document: <see cref="CommentCount"/>, <see cref="CommentSpan"/> and
    /// <see cref="CommentContent"/> read the comments without making them.</remarks>
    public ReadOnlyArray<Comment> Comments => ReadOnlyArray.OfArray(_comments ?? Lines.Comments);

    /// <summary>How many comments <see cref="Comments"/> has.</summary>
    public int CommentCount => _comments?.Length ?? Lines.CommentLines.Length;

    /// <summary>The span of comment <paramref name="index"/> of <see cref="Comments"/>, without making the comment.</summary>
    public SourceSpan CommentSpan(int index) =>
        _comments is { } comments ? comments[index].Span : Parsing.DocumentReader.CommentSpan(Lines, Lines.CommentLines[index]);

    /// <summary>The text after the <c>#</c> of comment <paramref name="index"/> (its <see cref="Comment.Content"/>), without making the comment.</summary>
    public ReadOnlySpan<char> CommentContent(int index)
    {
        if (_comments is { } comments)
        {
            return comments[index].ContentSpan;
        }
        var span = CommentSpan(index);
        return Source.AsSpan(span.Start + 1, span.Length - 1);
    }

    /// <summary>Top-level instructions in source order (ONBUILD triggers are inside <see cref="OnbuildInstruction"/>).</summary>
    public ReadOnlyArray<Instruction> Instructions { get; }

    public ReadOnlyArray<ParseDiagnostic> Diagnostics { get; }

    public LineIndex Lines { get; }

    /// <summary>Build stages and how they relate (computed on first use).</summary>
    public StageGraph Stages => _stages ??= new StageGraph(this);

    public ParserDirective? GetDirective(string name)
    {
        var directives = Directives;
        for (var i = 0; i < directives.Count; i++)
        {
            if (directives[i].Name == name)
            {
                return directives[i];
            }
        }
        return null;
    }

    /// <summary>The source text a span covers.</summary>
    public string Slice(SourceSpan span) => Source.Substring(span.Start, span.Length);
}
