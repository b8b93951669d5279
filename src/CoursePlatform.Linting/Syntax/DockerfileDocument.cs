using CoursePlatform.Linting.Semantics;

namespace CoursePlatform.Linting.Syntax;

/// <summary>A parsed Dockerfile: everything valid in it, plus the parse diagnostics for what was not.</summary>
public sealed class DockerfileDocument
{
    private StageGraph? _stages;

    public DockerfileDocument(
        string source,
        char escapeChar,
        IReadOnlyList<ParserDirective> directives,
        IReadOnlyList<Comment> comments,
        ReadOnlyArray<Instruction> instructions,
        IReadOnlyList<ParseDiagnostic> diagnostics,
        LineIndex lines)
    {
        Source = source;
        EscapeChar = escapeChar;
        Directives = ReadOnlyArray.Of(directives);
        Comments = ReadOnlyArray.Of(comments);
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
    public ReadOnlyArray<Comment> Comments { get; }

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
