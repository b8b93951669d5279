using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace CoursePlatform.Linting.Syntax;

/// <summary>Maps UTF-16 offsets of a source text to 1-based line and column numbers.</summary>
public sealed class LineIndex
{
    private readonly int[] _lineStarts;

    public LineIndex(string source)
    {
        // Vectorised: count the newlines, then collect them from per-block match masks (a call per line costs more
        // than the scan itself on short lines).
        var text = source.AsSpan();
        var starts = new int[text.Count('\n') + 1];
        FillLineStarts(text, starts);
        _lineStarts = starts;
        Length = source.Length;
    }

    private static void FillLineStarts(ReadOnlySpan<char> text, int[] starts)
    {
        var line = 1;
        var i = 0;
        ref var chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        if (Vector256.IsHardwareAccelerated)
        {
            var newline = Vector256.Create((ushort)'\n');
            for (; i <= text.Length - Vector256<ushort>.Count; i += Vector256<ushort>.Count)
            {
                var mask = Vector256.Equals(Vector256.LoadUnsafe(ref chars, (nuint)i), newline).ExtractMostSignificantBits();
                while (mask != 0)
                {
                    starts[line++] = i + BitOperations.TrailingZeroCount(mask) + 1;
                    mask &= mask - 1;
                }
            }
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            var newline = Vector128.Create((ushort)'\n');
            for (; i <= text.Length - Vector128<ushort>.Count; i += Vector128<ushort>.Count)
            {
                var mask = Vector128.Equals(Vector128.LoadUnsafe(ref chars, (nuint)i), newline).ExtractMostSignificantBits();
                while (mask != 0)
                {
                    starts[line++] = i + BitOperations.TrailingZeroCount(mask) + 1;
                    mask &= mask - 1;
                }
            }
        }
        for (; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts[line++] = i + 1;
            }
        }
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
