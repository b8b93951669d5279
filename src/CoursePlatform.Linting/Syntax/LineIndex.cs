using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace CoursePlatform.Linting.Syntax;

/// <summary>Maps UTF-16 offsets of a source text to 1-based line and column numbers.</summary>
public sealed class LineIndex
{
    // The line starts; in a parsed document followed by the lines of its comments and the pieces of its joined
    // lines (two numbers each): one array for the parser's per-document tables.
    private int[] _data;
    private int _lineCount;
    private int _commentCount;
    private int _pieceCount;

    // While the document is read: the reader's growing buffer of pieces.
    private Parsing.Piece[]? _readingPieces;

    public LineIndex(string source)
    {
        var buffer = new int[source.Length / 32 + 34];
        var count = FillLineStarts(source, ref buffer);
        _data = count == buffer.Length ? buffer : buffer[..count];
        _lineCount = count;
        Source = source;
    }

    /// <summary>
    /// An index over the first <paramref name="lineCount"/> line starts of <paramref name="starts"/>: the reader's
    /// buffer, used in place while the document is read, until <see cref="Complete"/> copies what the index keeps.
    /// </summary>
    internal LineIndex(string source, int[] starts, int lineCount)
    {
        _data = starts;
        _lineCount = lineCount;
        Source = source;
    }

    /// <summary>Ends the reading: the index keeps its line starts, the comments' lines and the pieces in one new array.</summary>
    internal void Complete(ReadOnlySpan<int> commentLines, ReadOnlySpan<Parsing.Piece> pieces)
    {
        var pieceNumbers = MemoryMarshal.Cast<Parsing.Piece, int>(pieces);
        var data = new int[_lineCount + commentLines.Length + pieceNumbers.Length];
        _data.AsSpan(0, _lineCount).CopyTo(data);
        commentLines.CopyTo(data.AsSpan(_lineCount));
        pieceNumbers.CopyTo(data.AsSpan(_lineCount + commentLines.Length));
        _data = data;
        _commentCount = commentLines.Length;
        _pieceCount = pieces.Length;
        _readingPieces = null;
    }

    /// <summary>While the document is read, its pieces are the reader's buffer (which may grow).</summary>
    internal void ReadingPieces(Parsing.Piece[] buffer) => _readingPieces = buffer;

    /// <summary>The text the index is of.</summary>
    internal string Source { get; }

    // The parser's per-document tables live here, beside the line starts they refer to: every instruction keeps
    // the index through its line map, so none needs a table object of its own.

    /// <summary>
    /// The pieces of the document's joined instruction lines, side by side (see <see cref="Parsing.LineMap"/>):
    /// while the document is read, the reader's growing buffer.
    /// </summary>
    internal ReadOnlySpan<Parsing.Piece> Pieces => _readingPieces is { } reading
        ? reading
        : MemoryMarshal.Cast<int, Parsing.Piece>(new ReadOnlySpan<int>(_data, _lineCount + _commentCount, 2 * _pieceCount));

    /// <summary>The lines of the document's comments (once it is read).</summary>
    internal ReadOnlySpan<int> CommentLines => new(_data, _lineCount, _commentCount);

    private Comment[]? _comments;

    /// <summary>
    /// The document's comments, made from <see cref="CommentLines"/> on first read: the document's list, and what
    /// instructions cut their preceding comments from (one array, so both hold the same objects).
    /// </summary>
    internal Comment[] Comments => _comments ?? MakeComments();

    private Comment[] MakeComments()
    {
        // Racing first reads each make an array; the first published is the one every reader gets.
        var made = Parsing.DocumentReader.CommentsOn(this, CommentLines);
        return Interlocked.CompareExchange(ref _comments, made, null) ?? made;
    }

    /// <summary>A copy of the <paramref name="count"/> comments that end before index <paramref name="end"/>.</summary>
    internal Comment[] CommentRun(int end, int count) =>
        end <= CommentLines.Length ? Comments.AsSpan(end - count, count).ToArray() : [];

    /// <summary>
    /// Writes the line starts of <paramref name="text"/> into <paramref name="buffer"/> (grown as needed) in one
    /// pass, for a caller that keeps the buffer from text to text; returns how many there are.
    /// </summary>
    internal static int FillLineStarts(ReadOnlySpan<char> text, ref int[] buffer)
    {
        var starts = buffer;
        var line = 1;
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            for (; i <= text.Length - 32; i += 32)
            {
                if (starts.Length < line + 33)
                {
                    Array.Resize(ref buffer, Math.Max(buffer.Length * 2, line + 33));
                    starts = buffer;
                }
                var mask = NewlineMask(ref chars, i);
                // Branch-free for the usual zero to two newlines per block (room for 32 is there): two slots are
                // written whatever the count, a slot past it overwritten by the next real newline.
                var rest = mask & (mask - 1);
                starts[line] = i + BitOperations.TrailingZeroCount(mask) + 1;
                starts[line + 1] = i + BitOperations.TrailingZeroCount(rest) + 1;
                var count = BitOperations.PopCount(mask);
                if (count > 2)
                {
                    var next = line + 2;
                    for (rest &= rest - 1; rest != 0; rest &= rest - 1)
                    {
                        starts[next++] = i + BitOperations.TrailingZeroCount(rest) + 1;
                    }
                }
                line += count;
            }
        }
        for (; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                if (line == starts.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                    starts = buffer;
                }
                starts[line++] = i + 1;
            }
        }
        starts[0] = 0;
        return line;
    }

    /// <summary>Bit k set when the character at <c>i + k</c> is a newline (32 characters).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint NewlineMask(ref ushort chars, int i)
    {
        if (Vector512.IsHardwareAccelerated)
        {
            return (uint)Vector512.Equals(Vector512.LoadUnsafe(ref chars, (nuint)i), Vector512.Create((ushort)'\n'))
                .ExtractMostSignificantBits();
        }
        var newline = Vector256.Create((ushort)'\n');
        var low = Vector256.Equals(Vector256.LoadUnsafe(ref chars, (nuint)i), newline);
        var high = Vector256.Equals(Vector256.LoadUnsafe(ref chars, (nuint)(i + 16)), newline);
        return Vector256.Narrow(low, high).ExtractMostSignificantBits();
    }

    public int Length => Source.Length;

    public int LineCount => _lineCount;

    /// <summary>The line starts themselves, for the parser's line loop.</summary>
    internal ReadOnlySpan<int> Starts => new(_data, 0, _lineCount);

    /// <summary>Offset of the first character of a 1-based line.</summary>
    public int LineStart(int line) => _data[Math.Clamp(line, 1, _lineCount) - 1];

    public (int Line, int Column) Locate(int offset)
    {
        offset = Math.Clamp(offset, 0, Length);
        var index = Array.BinarySearch(_data, 0, _lineCount, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }
        return (index + 1, offset - _data[index] + 1);
    }

    public SourceSpan Span(int start, int end)
    {
        var (startLine, startColumn) = Locate(start);
        var (endLine, endColumn) = Locate(end);
        return new SourceSpan(start, end, startLine, startColumn, endLine, endColumn);
    }
}
