using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Parsing;

/// <summary>
/// Maps an instruction's logical offsets to source spans; kept by instructions (<see cref="Instruction.MapArguments"/>)
/// and RUN scripts. A single physical line needs no object: its numbers are kept inline.
/// </summary>
internal readonly struct LineMap
{
    private readonly LogicalLine? _joined;
    private readonly int _start;
    private readonly int _end;
    private readonly int _line;
    private readonly int _lineStart;

    /// <summary>Joined lines: the logical line maps.</summary>
    public LineMap(LogicalLine joined)
    {
        _joined = joined;
        Source = joined.Source;
    }

    /// <summary>One physical line: logical offsets are source offsets within <c>[start, end)</c>.</summary>
    public LineMap(string source, int start, int end, int line, int lineStart)
    {
        Source = source;
        _start = start;
        _end = end;
        _line = line;
        _lineStart = lineStart;
    }

    public string Source { get; }

    /// <summary>True for one physical line (logical offsets are source offsets).</summary>
    public bool IsSingleLine => _joined is null;

    public SourceSpan Map(int start, int end) => _joined?.Map(start, end) ?? MapOnLine(start, end);

    /// <summary>An instruction's text from <paramref name="start"/> to the end of the line: <c>Source[span]</c> on one line.</summary>
    public string TextFrom(int start, SourceSpan span) =>
        _joined is { } joined ? joined.Build(start, joined.End) : Source.Substring(span.Start, span.Length);

    private SourceSpan MapOnLine(int start, int end)
    {
        start = Math.Clamp(start, _start, _end);
        end = Math.Clamp(end, start, _end);
        return new SourceSpan(start, end, _line, start - _lineStart + 1, _line, end - _lineStart + 1);
    }
}

/// <summary>
/// One instruction's text with continuations joined, and the map back to the source. Offsets index
/// <see cref="Text"/> within <c>[Start, End)</c>. Most instructions sit on one physical line: then
/// <see cref="Text"/> is the source itself and offsets are source offsets, so nothing is copied, and the parse
/// reuses one such line object throughout (nothing keeps it: instructions keep a <see cref="LineMap"/>).
/// Otherwise the text is a concatenation of source segments (one per physical line that contributed) starting
/// at 0, joined in the reader's buffer while the instruction is read; the instruction keeps the line, which can
/// make any range of the joined text again from the source (<see cref="Build"/>).
/// </summary>
internal sealed class LogicalLine
{
    /// <summary>A piece of the joined text: where it starts in the text and in the source, and its physical line.</summary>
    private readonly record struct Piece(int LogicalStart, int SourceStart, int Line, int LineStart);

    // Joined lines only.
    private readonly Piece[]? _pieces;

    // The joined text, only while the instruction is being read (the reader's buffer, reused afterwards).
    private char[]? _joined;

    /// <summary>A reusable single-line instance; <see cref="Create"/> fills it in.</summary>
    public LogicalLine(string source) => Source = source;

    private LogicalLine(string source, char[] joined, int length, Piece[] pieces)
    {
        Source = source;
        _joined = joined;
        End = length;
        _pieces = pieces;
        Mapping = new LineMap(this);
    }

    /// <summary>The text the offsets index: the source for a single physical line, else the joined text.</summary>
    /// <remarks>Joined text is readable only until <see cref="ReleaseText"/>.</remarks>
    public ReadOnlySpan<char> Text => _pieces is null ? Source : _joined.AsSpan(0, End);

    public string Source { get; }

    /// <summary>First offset of the line's text in <see cref="Text"/>.</summary>
    public int Start { get; private set; }

    /// <summary>Offset just past the line's text in <see cref="Text"/>.</summary>
    public int End { get; private set; }

    /// <summary>True when <see cref="Text"/> is the source, so a range's text is exactly the source under its span.</summary>
    public bool IsSource => _pieces is null;

    /// <summary>What an instruction keeps to map its offsets after the parse.</summary>
    public LineMap Mapping { get; private set; }

    /// <summary>
    /// Content end of the last physical line the continuation consumed (past any final escape token or
    /// skipped line); heredoc bodies start on the line after it.
    /// </summary>
    public int PhysicalEnd { get; set; }

    /// <summary>
    /// Builds the line from source segments <c>[start, end)</c>, each inside one physical line. A single segment
    /// refills <paramref name="single"/> (a line made with the source-only constructor) and returns it; several
    /// are joined into <paramref name="buffer"/> (grown when too small) until <see cref="ReleaseText"/>.
    /// </summary>
    public static LogicalLine Create(
        string source, List<(int Start, int End, int Line)> segments, LineIndex lines, LogicalLine single, ref char[] buffer)
    {
        if (segments.Count == 1)
        {
            var (start, end, line) = segments[0];
            single.Start = start;
            single.End = end;
            single.Mapping = new LineMap(source, start, end, line, lines.LineStart(line));
            return single;
        }
        var pieces = new Piece[segments.Count];
        var length = 0;
        for (var i = 0; i < segments.Count; i++)
        {
            var (start, end, line) = segments[i];
            pieces[i] = new Piece(length, start, line, lines.LineStart(line));
            length += end - start;
        }
        if (buffer.Length < length)
        {
            buffer = new char[Math.Max(length, buffer.Length * 2)];
        }
        var position = 0;
        foreach (var (start, end, _) in segments)
        {
            source.AsSpan(start, end - start).CopyTo(buffer.AsSpan(position));
            position += end - start;
        }
        return new LogicalLine(source, buffer, length, pieces);
    }

    /// <summary>Ends the reading of the instruction: the buffer goes back to the reader.</summary>
    public void ReleaseText() => _joined = null;

    /// <summary>A range of the joined text made from the source (also after <see cref="ReleaseText"/>).</summary>
    public string Build(int start, int end)
    {
        start = Math.Clamp(start, Start, End);
        end = Math.Clamp(end, start, End);
        if (_pieces is not { } pieces)
        {
            return Source.Substring(start, end - start);
        }
        return string.Create(end - start, (this, start), static (span, state) =>
        {
            var (line, start) = state;
            var pieces = line._pieces!;
            var first = Segment(pieces, start);
            var written = 0;
            for (var i = first; i < pieces.Length && written < span.Length; i++)
            {
                var pieceEnd = i + 1 < pieces.Length ? pieces[i + 1].LogicalStart : line.End;
                var from = Math.Max(start + written, pieces[i].LogicalStart);
                var count = Math.Min(pieceEnd - from, span.Length - written);
                line.Source.AsSpan(pieces[i].SourceStart + from - pieces[i].LogicalStart, count).CopyTo(span[written..]);
                written += count;
            }
        });
    }

    /// <summary>The last piece starting at or before a logical offset (binary search: lines can have thousands).</summary>
    private static int Segment(Piece[] pieces, int offset)
    {
        var low = 0;
        var high = pieces.Length - 1;
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

    /// <summary>Source offset of the character at a logical offset (or just past the end).</summary>
    public int MapStart(int offset)
    {
        offset = Math.Clamp(offset, Start, End);
        if (_pieces is not { } pieces)
        {
            return offset;
        }
        var piece = pieces[Segment(pieces, offset)];
        return piece.SourceStart + offset - piece.LogicalStart;
    }

    /// <summary>The source span of a logical range; line and column come from the segments (no search).</summary>
    public SourceSpan Map(int start, int end)
    {
        if (_pieces is not { } pieces)
        {
            return Mapping.Map(start, end);
        }
        start = Math.Clamp(start, Start, End);
        end = Math.Clamp(end, Start, End);
        var first = pieces[Segment(pieces, start)];
        var sourceStart = first.SourceStart + start - first.LogicalStart;
        var startColumn = sourceStart - first.LineStart + 1;
        if (end <= start)
        {
            return new SourceSpan(sourceStart, sourceStart, first.Line, startColumn, first.Line, startColumn);
        }
        var last = pieces[Segment(pieces, end - 1)];
        var sourceEnd = last.SourceStart + end - last.LogicalStart;
        return new SourceSpan(sourceStart, sourceEnd, first.Line, startColumn, last.Line, sourceEnd - last.LineStart + 1);
    }

    public string Slice(int start, int end) =>
        start >= end ? "" : IsSource ? Source.Substring(start, end - start) : new string(Text[start..end]);

    public Token Token(int start, int end) => new(Slice(start, end), Map(start, end));

    /// <summary>A token whose text may never be read: the copy waits until someone asks.</summary>
    public Token LazyToken(int start, int end) =>
        IsSource ? new SourceToken(Source, Map(start, end))
        : start >= end ? Token(start, end)
        : new JoinedToken(this, start, end, Map(start, end));

    /// <summary>A range of joined text, made from the source on first read.</summary>
    private sealed class JoinedToken(LogicalLine line, int start, int end, SourceSpan span) : Token(span)
    {
        private protected override string CreateText() => line.Build(start, end);
    }

    public Word Word(int start, int end, char escape) =>
        new(Slice(start, end), Map(start, end), Words.Unquote(Text, start, end, escape, out _));

    public Word Word(RawWord word, char escape) => Word(word.Start, word.End, escape);
}
