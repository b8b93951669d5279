using System.Text;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Parsing;

/// <summary>
/// One instruction's text with continuations joined, and the map back to the source: the text is a
/// concatenation of source segments (one per physical line that contributed).
/// </summary>
internal sealed class LogicalLine
{
    private readonly int[] _logicalStarts;
    private readonly int[] _sourceStarts;
    private readonly int[] _lineNumbers;
    private readonly int[] _lineStarts;

    private LogicalLine(string text, int[] logicalStarts, int[] sourceStarts, int[] lineNumbers, int[] lineStarts)
    {
        Text = text;
        _logicalStarts = logicalStarts;
        _sourceStarts = sourceStarts;
        _lineNumbers = lineNumbers;
        _lineStarts = lineStarts;
    }

    public string Text { get; }

    public int Length => Text.Length;

    /// <summary>Source offset of the end of the last segment.</summary>
    public int SourceEnd => MapEnd(Text.Length);

    /// <summary>Builds the line from source segments <c>[start, end)</c>, each inside one physical line.</summary>
    public static LogicalLine Create(string source, List<(int Start, int End, int Line)> segments, LineIndex lines)
    {
        var logicalStarts = new int[segments.Count];
        var sourceStarts = new int[segments.Count];
        var lineNumbers = new int[segments.Count];
        var lineStarts = new int[segments.Count];
        for (var i = 0; i < segments.Count; i++)
        {
            lineNumbers[i] = segments[i].Line;
            lineStarts[i] = lines.LineStart(segments[i].Line);
        }
        string text;
        if (segments.Count == 1)
        {
            text = source.Substring(segments[0].Start, segments[0].End - segments[0].Start);
            sourceStarts[0] = segments[0].Start;
        }
        else
        {
            var sb = new StringBuilder();
            for (var i = 0; i < segments.Count; i++)
            {
                logicalStarts[i] = sb.Length;
                sourceStarts[i] = segments[i].Start;
                sb.Append(source, segments[i].Start, segments[i].End - segments[i].Start);
            }
            text = sb.ToString();
        }
        return new LogicalLine(text, logicalStarts, sourceStarts, lineNumbers, lineStarts);
    }

    private int Segment(int offset)
    {
        var index = 0;
        for (var i = 1; i < _logicalStarts.Length; i++)
        {
            if (_logicalStarts[i] > offset)
            {
                break;
            }
            index = i;
        }
        return index;
    }

    /// <summary>Source offset of the character at a logical offset (or just past the end).</summary>
    public int MapStart(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var segment = Segment(offset);
        return _sourceStarts[segment] + offset - _logicalStarts[segment];
    }

    /// <summary>Source offset just after the character before a logical end offset.</summary>
    public int MapEnd(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        if (offset == 0)
        {
            return MapStart(0);
        }
        var segment = Segment(offset - 1);
        return _sourceStarts[segment] + offset - _logicalStarts[segment];
    }

    /// <summary>The source span of a logical range; line and column come from the segments (no search).</summary>
    public SourceSpan Map(int start, int end)
    {
        start = Math.Clamp(start, 0, Text.Length);
        var first = Segment(start);
        var sourceStart = _sourceStarts[first] + start - _logicalStarts[first];
        var startLine = _lineNumbers[first];
        var startColumn = sourceStart - _lineStarts[first] + 1;
        end = Math.Clamp(end, 0, Text.Length);
        if (end <= start)
        {
            return new SourceSpan(sourceStart, sourceStart, startLine, startColumn, startLine, startColumn);
        }
        var last = Segment(end - 1);
        var sourceEnd = _sourceStarts[last] + end - _logicalStarts[last];
        return new SourceSpan(sourceStart, sourceEnd, startLine, startColumn, _lineNumbers[last], sourceEnd - _lineStarts[last] + 1);
    }

    public string Slice(int start, int end) =>
        start >= end ? "" : start == 0 && end == Text.Length ? Text : Text.Substring(start, end - start);

    public Token Token(int start, int end) => new(Slice(start, end), Map(start, end));

    public Word Word(int start, int end, char escape) =>
        new(Slice(start, end), Map(start, end), Words.Unquote(Text, start, end, escape, out _));

    public Word Word(RawWord word, char escape) => Word(word.Start, word.End, escape);
}
