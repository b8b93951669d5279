namespace CoursePlatform.Linting.Syntax;

/// <summary>Maps UTF-16 offsets of a source text to 1-based line and column numbers.</summary>
public sealed class LineIndex
{
    private readonly int[] _lineStarts;

    public LineIndex(string source)
    {
        // Vectorised: count the newlines, then find each one with IndexOf.
        var text = source.AsSpan();
        var starts = new int[text.Count('\n') + 1];
        var line = 1;
        var offset = 0;
        while (line < starts.Length)
        {
            var next = text[offset..].IndexOf('\n');
            offset += next + 1;
            starts[line++] = offset;
        }
        _lineStarts = starts;
        Length = source.Length;
    }

    public int Length { get; }

    public int LineCount => _lineStarts.Length;

    /// <summary>Offset of the first character of a 1-based line.</summary>
    public int LineStart(int line) => _lineStarts[Math.Clamp(line, 1, _lineStarts.Length) - 1];

    public (int Line, int Column) Locate(int offset)
    {
        offset = Math.Clamp(offset, 0, Length);
        var index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }
        return (index + 1, offset - _lineStarts[index] + 1);
    }

    public SourceSpan Span(int start, int end)
    {
        var (startLine, startColumn) = Locate(start);
        var (endLine, endColumn) = Locate(end);
        return new SourceSpan(start, end, startLine, startColumn, endLine, endColumn);
    }
}
