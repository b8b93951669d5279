namespace CoursePlatform.Linting.Syntax;

/// <summary>
/// A range of the source text. Lines and columns are 1-based; <see cref="EndColumn"/> is exclusive
/// (the column just after the last character), which is what Monaco and SARIF regions expect.
/// <see cref="Start"/> and <see cref="End"/> are UTF-16 offsets into <see cref="DockerfileDocument.Source"/>, end exclusive.
/// </summary>
public readonly record struct SourceSpan(int Start, int End, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public int Length => End - Start;

    public static SourceSpan Empty { get; } = new(0, 0, 1, 1, 1, 1);

    /// <summary>The smallest span that covers both spans.</summary>
    public SourceSpan Union(SourceSpan other)
    {
        var first = Start <= other.Start ? this : other;
        var last = End >= other.End ? this : other;
        return new SourceSpan(first.Start, last.End, first.StartLine, first.StartColumn, last.EndLine, last.EndColumn);
    }

    public bool Contains(int offset) => offset >= Start && offset < End;

    public override string ToString() => $"{StartLine}:{StartColumn}-{EndLine}:{EndColumn}";
}
