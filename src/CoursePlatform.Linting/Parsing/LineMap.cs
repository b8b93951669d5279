using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Parsing;

/// <summary>
/// A piece of a joined line: where it starts in the joined text, and its physical line. Every piece but a line's
/// first starts where its physical line starts (continuation lines are taken whole); the first piece's source
/// start is kept by the <see cref="LineMap"/>.
/// </summary>
internal readonly record struct Piece(int LogicalStart, int Line);

/// <summary>
/// Maps an instruction's logical offsets to source spans; kept by instructions (<see cref="Instruction.MapArguments"/>)
/// and RUN scripts. A single physical line keeps its numbers inline; a joined line names its run of pieces in the
/// document's <see cref="LineIndex.Pieces"/> (logical offsets then start at 0).
/// </summary>
internal readonly struct LineMap
{
    // The document's line index: its source, line starts, pieces of joined lines and comments.
    private readonly LineIndex _lines;

    // One line: the line's content range, its number and where it starts. Joined: the first piece, the number
    // of pieces (complemented, so that a negative value tells a joined line), the joined length and where the
    // first piece starts in the source.
    private readonly int _a;
    private readonly int _b;
    private readonly int _c;
    private readonly int _d;

    private LineMap(LineIndex lines, int a, int b, int c, int d)
    {
        _lines = lines;
        _a = a;
        _b = b;
        _c = c;
        _d = d;
    }

    /// <summary>
    /// Joined lines: <paramref name="count"/> pieces from <paramref name="first"/>, <paramref name="length"/>
    /// characters, the first piece at <paramref name="sourceStart"/>.
    /// </summary>
    public static LineMap Joined(LineIndex lines, int first, int count, int length, int sourceStart) =>
        new(lines, first, ~count, length, sourceStart);

    /// <summary>One physical line: logical offsets are source offsets within <c>[start, end)</c>.</summary>
    public static LineMap Single(LineIndex lines, int start, int end, int line, int lineStart) =>
        new(lines, start, end, line, lineStart);

    public string Source => _lines.Source;

    /// <summary>The document's line index.</summary>
    public LineIndex Lines => _lines;

    /// <summary>True for one physical line (logical offsets are source offsets).</summary>
    public bool IsSingleLine => _b >= 0;

    /// <summary>Offset just past the text: the line's content end, or the joined length.</summary>
    public int End => _b >= 0 ? _b : _c;

    /// <summary>Number of pieces of a joined line.</summary>
    private int Count => ~_b;

    public SourceSpan Map(int start, int end)
    {
        if (_b >= 0)
        {
            start = Math.Clamp(start, _a, _b);
            end = Math.Clamp(end, start, _b);
            return new SourceSpan(start, end, _c, start - _d + 1, _c, end - _d + 1);
        }
        var pieces = _lines.Pieces;
        var lineStarts = _lines.Starts;
        start = Math.Clamp(start, 0, _c);
        end = Math.Clamp(end, 0, _c);
        var firstIndex = Segment(pieces, start);
        var first = pieces[firstIndex];
        var firstLineStart = lineStarts[first.Line - 1];
        var sourceStart = SourceStart(firstIndex, firstLineStart) + start - first.LogicalStart;
        var startColumn = sourceStart - firstLineStart + 1;
        if (end <= start)
        {
            return new SourceSpan(sourceStart, sourceStart, first.Line, startColumn, first.Line, startColumn);
        }
        var lastIndex = Segment(pieces, end - 1);
        var last = pieces[lastIndex];
        var lastLineStart = lineStarts[last.Line - 1];
        var sourceEnd = SourceStart(lastIndex, lastLineStart) + end - last.LogicalStart;
        return new SourceSpan(sourceStart, sourceEnd, first.Line, startColumn, last.Line, sourceEnd - lastLineStart + 1);
    }

    /// <summary>Where a piece starts in the source: its line's start, but for the first piece.</summary>
    private int SourceStart(int index, int lineStart) => index == _a ? _d : lineStart;

    /// <summary>Source offset of the character at a logical offset (or just past the end).</summary>
    public int MapStart(int offset)
    {
        if (_b >= 0)
        {
            return Math.Clamp(offset, _a, _b);
        }
        offset = Math.Clamp(offset, 0, _c);
        var pieces = _lines.Pieces;
        var index = Segment(pieces, offset);
        var piece = pieces[index];
        return SourceStart(index, _lines.Starts[piece.Line - 1]) + offset - piece.LogicalStart;
    }

    /// <summary>An instruction's text from <paramref name="start"/> to the end of the line: <c>Source[span]</c> on one line.</summary>
    public string TextFrom(int start, SourceSpan span) =>
        _b >= 0 ? _lines.Source.Substring(span.Start, span.Length) : Build(start, _c);

    /// <summary>A range of the logical text, made from the source.</summary>
    public string Build(int start, int end)
    {
        if (_b >= 0)
        {
            start = Math.Clamp(start, _a, _b);
            end = Math.Clamp(end, start, _b);
            return _lines.Source.Substring(start, end - start);
        }
        start = Math.Clamp(start, 0, _c);
        end = Math.Clamp(end, start, _c);
        return end == start ? "" : string.Create(end - start, (this, start), static (span, state) =>
        {
            var (map, start) = state;
            var lines = map._lines;
            var pieces = lines.Pieces;
            var stop = map._a + map.Count;
            var written = 0;
            for (var i = map.Segment(pieces, start); i < stop && written < span.Length; i++)
            {
                var pieceEnd = i + 1 < stop ? pieces[i + 1].LogicalStart : map._c;
                var from = Math.Max(start + written, pieces[i].LogicalStart);
                var count = Math.Min(pieceEnd - from, span.Length - written);
                var sourceStart = map.SourceStart(i, lines.Starts[pieces[i].Line - 1]);
                lines.Source.AsSpan(sourceStart + from - pieces[i].LogicalStart, count).CopyTo(span[written..]);
                written += count;
            }
        });
    }

    /// <summary>The last of the line's pieces starting at or before a logical offset (binary search: lines can have thousands).</summary>
    private int Segment(ReadOnlySpan<Piece> pieces, int offset)
    {
        var low = _a;
        var high = _a + Count - 1;
        while (low < high)
        {
            var mid = (low + high + 1) >> 1;
            if (pieces[mid].LogicalStart <= offset)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }
        return low;
    }
}
