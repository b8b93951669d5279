using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Parsing;

/// <summary>
/// One instruction's text with continuations joined, and the map back to the source: the text is a
/// concatenation of source segments (one per physical line that contributed).
/// </summary>
internal sealed class LogicalLine
{
    /// <summary>A piece of the text: where it starts in the text and in the source, and its physical line.</summary>
    private readonly record struct Piece(int LogicalStart, int SourceStart, int Line, int LineStart);

    private readonly Piece[] _pieces;

    private LogicalLine(string text, Piece[] pieces)
    {
        Text = text;
        _pieces = pieces;
    }

    public string Text { get; }

    public int Length => Text.Length;

    /// <summary>Source offset of the end of the last segment.</summary>
    public int SourceEnd => MapEnd(Text.Length);

    /// <summary>Builds the line from source segments <c>[start, end)</c>, each inside one physical line.</summary>
    public static LogicalLine Create(string source, List<(int Start, int End, int Line)> segments, LineIndex lines)
    {
        var pieces = new Piece[segments.Count];
        var length = 0;
        for (var i = 0; i < segments.Count; i++)
        {
            var (start, end, line) = segments[i];
            pieces[i] = new Piece(length, start, line, lines.LineStart(line));
            length += end - start;
        }
        if (segments.Count == 1)
        {
            return new LogicalLine(source.Substring(segments[0].Start, length), pieces);
        }
        var text = string.Create(length, (source, segments), static (span, state) =>
        {
            var position = 0;
            foreach (var (start, end, _) in state.segments)
            {
                state.source.AsSpan(start, end - start).CopyTo(span[position..]);
                position += end - start;
            }
        });
        return new LogicalLine(text, pieces);
    }

    /// <summary>The last piece starting at or before a logical offset (binary search: lines can have thousands).</summary>
    private int Segment(int offset)
    {
        var low = 0;
        var high = _pieces.Length - 1;
        while (low < high)
        {
            var mid = (low + high + 1) >> 1;
            if (_pieces[mid].LogicalStart <= offset)
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

    /// <summary>Source offset of the character at a logical offset (or just past the end).</summary>
    public int MapStart(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var piece = _pieces[Segment(offset)];
        return piece.SourceStart + offset - piece.LogicalStart;
    }

    /// <summary>Source offset just after the character before a logical end offset.</summary>
    public int MapEnd(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        if (offset == 0)
        {
            return MapStart(0);
        }
        var piece = _pieces[Segment(offset - 1)];
        return piece.SourceStart + offset - piece.LogicalStart;
    }

    /// <summary>The source span of a logical range; line and column come from the segments (no search).</summary>
    public SourceSpan Map(int start, int end)
    {
        start = Math.Clamp(start, 0, Text.Length);
        var first = _pieces[Segment(start)];
        var sourceStart = first.SourceStart + start - first.LogicalStart;
        var startColumn = sourceStart - first.LineStart + 1;
        end = Math.Clamp(end, 0, Text.Length);
        if (end <= start)
        {
            return new SourceSpan(sourceStart, sourceStart, first.Line, startColumn, first.Line, startColumn);
        }
        var last = _pieces[Segment(end - 1)];
        var sourceEnd = last.SourceStart + end - last.LogicalStart;
        return new SourceSpan(sourceStart, sourceEnd, first.Line, startColumn, last.Line, sourceEnd - last.LineStart + 1);
    }

    /// <summary>The physical line of the last segment.</summary>
    public int LastLine => _pieces[^1].Line;

    public string Slice(int start, int end) =>
        start >= end ? "" : start == 0 && end == Text.Length ? Text : Text.Substring(start, end - start);

    public Token Token(int start, int end) => new(Slice(start, end), Map(start, end));

    public Word Word(int start, int end, char escape) =>
        new(Slice(start, end), Map(start, end), Words.Unquote(Text, start, end, escape, out _));

    public Word Word(RawWord word, char escape) => Word(word.Start, word.End, escape);
}
