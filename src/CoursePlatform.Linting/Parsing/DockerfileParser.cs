using System.Diagnostics;
using System.Runtime.InteropServices;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Parsing;

/// <summary>Parses Dockerfile text into a <see cref="DockerfileDocument"/>. Never throws.</summary>
public static class DockerfileParser
{
    public static DockerfileDocument Parse(string source)
    {
        // The reader (with its working lists) is taken out of the thread's slot while in use (as the shell parser's
        // lists are): a parse that throws leaves the slot empty and the next one makes a new reader.
        var reader = t_reader ?? new DocumentReader();
        t_reader = null;
        var document = reader.Read(source ?? "");
        t_reader = reader;
        return document;
    }

    [ThreadStatic]
    private static DocumentReader? t_reader;
}

/// <summary>
/// One parse at a time: walks the physical lines once (directives, comments, continuation, heredoc bodies) and
/// hands each logical line to the instruction reader. Each thread keeps one reader from parse to parse, with the
/// lists it fills and empties again: the document keeps exact-size copies, so growing lists are paid for once per
/// thread, not per parse.
/// </summary>
internal sealed partial class DocumentReader
{
    private const int MaxLineLength = 65535;

    private const int MaxKeptBuffer = 1 << 16;

    private readonly List<(int Start, int End, int Line)> _segments = new(16);
    private readonly List<RawWord> _rawWords = new(16);
    // The lines of the comments: the document makes its Comment objects from them on first read.
    private readonly List<int> _comments = new(32);
    // Instructions are kept in struct slots: storing a RunInstruction into an Instruction[] (a List<Instruction>)
    // costs a covariance check per store; the exact-size array at the end is filled without one.
    private InstructionSlot[] _instructions = new InstructionSlot[32];
    private int _instructionCount;
    private readonly List<Word> _words = new(8);
    private readonly List<JsonElement> _json = new(8);

    /// <summary>Heads by ONBUILD nesting depth (see <see cref="MaxOnbuildDepth"/>).</summary>
    private readonly InstructionHead?[] _heads = new InstructionHead?[MaxOnbuildDepth + 1];

    /// <summary>The instruction being read (refilled for each).</summary>
    private readonly LogicalLine _line = new();

    /// <summary>Where continuation lines are joined while an instruction is read.</summary>
    private char[] _joinBuffer = new char[1024];

    /// <summary>Where line starts are found before the document's exact copy is made.</summary>
    private int[] _lineBuffer = new int[256];

    /// <summary>Pieces of the document's joined lines while it is read (see <see cref="LineIndex.Pieces"/>).</summary>
    private Piece[] _pieceBuffer = new Piece[64];
    private int _pieceCount;

    // Per document.
    private string _src = "";
    private LineIndex _lines = null!;
    private int _lineCount;
    private int _firstStart;
    private int _lastLine;
    private List<ParserDirective>? _directives;
    private List<ParseDiagnostic>? _diagnostics;
    private char _escape;
    private bool _directivesDone;

    // Comments from this index on are the block above the next instruction.
    private int _pendingStart;

    /// <summary>What the reader's line refers to between documents.</summary>
    private static readonly LineIndex NoLines = new("", [0], 1);

    public DockerfileDocument Read(string source)
    {
        _src = source;
        // One pass into the reader's buffer, then an exact copy (counting the lines first would be a second pass).
        var lineCount = LineIndex.FillLineStarts(source, ref _lineBuffer);
        // The index reads the reader's buffer until the document is read; then it keeps an exact copy.
        _lines = new LineIndex(source, _lineBuffer, lineCount);
        _lineCount = lineCount;
        _firstStart = source.Length > 0 && source[0] == '\uFEFF' ? 1 : 0;
        _lastLine = _lines.LineCount - (source.Length > 0 && source[^1] == '\n' ? 1 : 0);
        _escape = '\\';
        _directivesDone = false;
        try
        {
            return ReadDocument();
        }
        finally
        {
            Reset();
        }
    }

    /// <summary>Drops every reference into the last document and shrinks any list a huge file grew.</summary>
    private void Reset()
    {
        _src = "";
        _lines = null!;
        _lineCount = 0;
        _pieceCount = 0;
        _pendingStart = 0;
        _directives = null;
        _diagnostics = null;
        _line.SetSingle(NoLines, 0, 0, 1, 0);
        Array.Clear(_instructions, 0, _instructionCount);
        _instructionCount = 0;
        if (_instructions.Length > MaxKeptBuffer)
        {
            _instructions = new InstructionSlot[32];
        }
        Clear(_comments, 32);
        Clear(_words, 8);
        Clear(_json, 8);
        Clear(_segments, 16);
        Clear(_rawWords, 16);
        if (_joinBuffer.Length > MaxKeptBuffer)
        {
            _joinBuffer = new char[1024];
        }
        if (_lineBuffer.Length > MaxKeptBuffer)
        {
            _lineBuffer = new int[256];
        }
        if (_pieceBuffer.Length > MaxKeptBuffer)
        {
            _pieceBuffer = new Piece[64];
        }
    }

    private static void Clear<T>(List<T> list, int capacity)
    {
        list.Clear();
        if (list.Capacity > MaxKeptBuffer)
        {
            list.Capacity = capacity;
        }
    }

    private DockerfileDocument ReadDocument()
    {
        CheckLineLengths();
        var line = 1;
        while (line <= _lastLine)
        {
            var start = LineStart(line);
            var end = ContentEnd(line);
            var first = Words.SkipSpace(_src, start, end);
            if (!_directivesDone)
            {
                if (TryDirective(first, end))
                {
                    line++;
                    continue;
                }
                _directivesDone = true;
            }
            if (first == end)
            {
                line++;
                continue;
            }
            if (_src[first] == '#')
            {
                AddComment(line, first, end);
                line++;
                continue;
            }
            line = ReadInstruction(line, first, end) + 1;
        }

        if (_instructionCount == 0)
        {
            var empty = _src.Length == 0;
            var span = empty ? _lines.Span(0, 0) : _lines.Span(0, _src.Length);
            Error(empty ? "the Dockerfile cannot be empty" : "file with no instructions", span);
        }
        IReadOnlyList<ParseDiagnostic> diagnostics = [];
        if (_diagnostics is not null)
        {
            SortStable(_diagnostics);
            diagnostics = _diagnostics;
        }
        // The document keeps exactly its line starts, comment lines and pieces; the buffers stay with the reader.
        _lines.Complete(CollectionsMarshal.AsSpan(_comments), _pieceBuffer.AsSpan(0, _pieceCount));
        return new DockerfileDocument(
            _src, _escape, _directives ?? (IReadOnlyList<ParserDirective>)[], Instructions(), diagnostics, _lines);
    }

    /// <summary>The document's instructions, exactly as many as were read.</summary>
    private ReadOnlyArray<Instruction> Instructions()
    {
        if (_instructionCount == 0)
        {
            return default;
        }
        // A new Instruction[] is of exactly that type: the JIT stores into it without a covariance check.
        var instructions = new Instruction[_instructionCount];
        for (var i = 0; i < instructions.Length; i++)
        {
            instructions[i] = _instructions[i].Value;
        }
        return ReadOnlyArray.Wrap(instructions);
    }

    /// <summary>An instruction in the reader's list (a struct array is stored into without a type check).</summary>
    private struct InstructionSlot
    {
        public Instruction Value;
    }

    /// <summary>Orders diagnostics by position, keeping the order of discovery for equal positions.</summary>
    private static void SortStable(List<ParseDiagnostic> diagnostics)
    {
        for (var i = 1; i < diagnostics.Count; i++)
        {
            var item = diagnostics[i];
            var j = i - 1;
            while (j >= 0 && diagnostics[j].Span.Start > item.Span.Start)
            {
                diagnostics[j + 1] = diagnostics[j];
                j--;
            }
            diagnostics[j + 1] = item;
        }
    }

    /// <summary>Start of a line's content (line 1 starts after a BOM).</summary>
    private int LineStart(int line) => line == 1 ? _firstStart : _lineBuffer[line - 1];

    /// <summary>End of a line's content: before the newline and any carriage returns.</summary>
    private int ContentEnd(int line) => ContentEnd(_src, _lineBuffer, _lineCount, line);

    private static int ContentEnd(string src, int[] starts, int lineCount, int line)
    {
        var start = starts[line - 1];
        var end = line < lineCount ? starts[line] - 1 : src.Length;
        while (end > start && src[end - 1] is '\r' or '\n')
        {
            end--;
        }
        return end;
    }

    private void CheckLineLengths()
    {
        if (_src.Length <= MaxLineLength)
        {
            // No line can be longer than the whole text.
            return;
        }
        for (var line = 1; line <= _lastLine; line++)
        {
            var start = _lines.LineStart(line);
            var end = ContentEnd(line);
            if (end - start > MaxLineLength)
            {
                Error("dockerfile line greater than max allowed size of 65535", _lines.Span(start, end));
            }
        }
    }

    /// <summary>
    /// Recognises <c># key = value</c> for a known key. Returns false (ending the directive block) for any
    /// other line.
    /// </summary>
    private bool TryDirective(int first, int end)
    {
        if (first >= end || _src[first] != '#')
        {
            return false;
        }
        var i = SkipRegexSpace(first + 1, end);
        var keyStart = i;
        if (i >= end || !char.IsAsciiLetter(_src[i]))
        {
            return false;
        }
        while (i < end && char.IsAsciiLetterOrDigit(_src[i]))
        {
            i++;
        }
        var keyEnd = i;
        i = SkipRegexSpace(i, end);
        if (i >= end || _src[i] != '=')
        {
            return false;
        }
        var valueStart = SkipRegexSpace(i + 1, end);
        var valueEnd = end;
        while (valueEnd > valueStart && _src[valueEnd - 1] is ' ' or '\t' or '\f' or '\v' or '\r')
        {
            valueEnd--;
        }
        if (valueEnd <= valueStart)
        {
            return false;
        }
        var name = _src.Substring(keyStart, keyEnd - keyStart).ToLowerInvariant();
        if (name is not ("syntax" or "escape" or "check"))
        {
            return false;
        }
        var span = _lines.Span(first, valueEnd);
        var value = new Token(_src.Substring(valueStart, valueEnd - valueStart), _lines.Span(valueStart, valueEnd));
        foreach (var existing in _directives ?? (IEnumerable<ParserDirective>)[])
        {
            if (existing.Name == name)
            {
                Error($"only one {name} parser directive can be used", span);
                return true;
            }
        }
        if (name == "escape")
        {
            if (value.Text is "`" or "\\")
            {
                _escape = value.Text[0];
            }
            else
            {
                Error($"invalid escape token '{value.Text}' does not match ` or \\", value.Span);
            }
        }
        (_directives ??= []).Add(new ParserDirective(_src.Substring(first, valueEnd - first), span, name, value));
        return true;
    }

    private int SkipRegexSpace(int i, int end)
    {
        while (i < end && _src[i] is ' ' or '\t' or '\f' or '\v' or '\r')
        {
            i++;
        }
        return i;
    }

    /// <summary>A span within one physical line, without searching the line index.</summary>
    private SourceSpan SpanOnLine(int line, int start, int end)
    {
        var lineStart = _lines.LineStart(line);
        return new SourceSpan(start, end, line, start - lineStart + 1, line, end - lineStart + 1);
    }

    private void AddComment(int line, int first, int end)
    {
        // Only the line is kept: most documents' comments are only scanned, which needs no object per comment.
        _comments.Add(line);
        if (_src.AsSpan(first + 1, end - first - 1).Trim().IsEmpty)
        {
            _pendingStart = _comments.Count;
        }
    }

    /// <summary>The span of the comment on a line: from its <c>#</c> to the end of the line's content.</summary>
    internal static SourceSpan CommentSpan(LineIndex lines, int line)
    {
        var source = lines.Source;
        var starts = lines.Starts;
        var lineStart = starts[line - 1];
        // Line 1 starts after a BOM (whose column still counts).
        var start = line == 1 && source.Length > 0 && source[0] == '\uFEFF' ? 1 : lineStart;
        var end = line < starts.Length ? starts[line] - 1 : source.Length;
        while (end > lineStart && source[end - 1] is '\r' or '\n')
        {
            end--;
        }
        var first = Words.SkipSpace(source, start, end);
        return new SourceSpan(first, end, line, first - lineStart + 1, line, end - lineStart + 1);
    }

    /// <summary>The comments on the given lines.</summary>
    internal static Comment[] CommentsOn(LineIndex lines, ReadOnlySpan<int> commentLines)
    {
        if (commentLines.Length == 0)
        {
            return [];
        }
        var comments = new Comment[commentLines.Length];
        for (var i = 0; i < comments.Length; i++)
        {
            comments[i] = new Comment(CommentSpan(lines, commentLines[i]), lines.Source);
        }
        return comments;
    }

    /// <summary>Index of the escape token that continues the line, or -1.</summary>
    private int ContinuationAt(int segmentStart, int end) => ContinuationAt(_src, _escape, segmentStart, end);

    private static int ContinuationAt(string src, char escape, int segmentStart, int end)
    {
        var j = end;
        while (j > segmentStart && src[j - 1] is ' ' or '\t')
        {
            j--;
        }
        if (j > segmentStart && src[j - 1] == escape && (j - 1 == segmentStart || src[j - 2] != escape))
        {
            return j - 1;
        }
        return -1;
    }

    /// <summary>Reads one instruction starting on <paramref name="line"/>; returns the last line it consumed.</summary>
    private int ReadInstruction(int line, int first, int end)
    {
        List<SourceSpan>? empties = null;
        var escapeAt = ContinuationAt(first, end);
        var last = line;
        var lastContentEnd = end;
        LogicalLine logical;
        if (escapeAt < 0)
        {
            // One physical line (most instructions): the line is the source itself.
            _line.SetSingle(_lines, first, end, line, _lineBuffer[line - 1]);
            logical = _line;
        }
        else
        {
            logical = ReadContinuedLine(first, escapeAt, ref last, ref lastContentEnd, ref empties);
        }
        logical.PhysicalEnd = lastContentEnd;
        var keywordStart = Words.SkipSpace(logical.Text, logical.Start, logical.End);
        if (keywordStart >= logical.End)
        {
            // Only escape tokens and blanks: nothing to parse.
            return last;
        }
        var head = ReadHead(logical, keywordStart);
        // Only RUN, COPY and ADD (also as ONBUILD triggers) have heredocs: the others skip the call.
        var heredocs = head.Kind is InstructionKind.Run or InstructionKind.Copy or InstructionKind.Add or InstructionKind.Onbuild
            ? ReadHeredocs(logical, head, ref last, ref lastContentEnd)
            : NoHeredocs;
        var instruction = BuildInstruction(
            logical, head, heredocs, _comments.Count - _pendingStart, empties is null ? [] : empties.ToArray(),
            lastContentEnd, last);
        logical.ReleaseText();
        if (_instructionCount == _instructions.Length)
        {
            Array.Resize(ref _instructions, _instructions.Length * 2);
        }
        _instructions[_instructionCount++].Value = instruction;
        _pendingStart = _comments.Count;
        return last;
    }

    /// <summary>
    /// Reads the lines an escape token continues the instruction onto (skipping comment lines, noting empty ones)
    /// and makes the reader's line from their segments.
    /// </summary>
    private LogicalLine ReadContinuedLine(
        int first, int escapeAt, ref int last, ref int lastContentEnd, ref List<SourceSpan>? empties)
    {
        // The continuation lines are read with the document's state in locals: the loop runs once per physical
        // line of every joined instruction, and field reads would be repeated after each list store.
        var src = _src;
        var starts = _lineBuffer;
        var lineCount = _lineCount;
        var lastLine = _lastLine;
        var escape = _escape;
        var segments = _segments;
        segments.Clear();
        segments.Add((first, escapeAt, last));
        var continuing = true;
        while (continuing && last < lastLine)
        {
            last++;
            // A continuation line is never line 1: no BOM to skip.
            var start = starts[last - 1];
            var lineEnd = ContentEnd(src, starts, lineCount, last);
            lastContentEnd = lineEnd;
            var firstChar = Words.SkipSpace(src, start, lineEnd);
            if (firstChar < lineEnd && src[firstChar] == '#')
            {
                continue;
            }
            if (firstChar == lineEnd)
            {
                (empties ??= []).Add(SpanOnLine(last, start, lineEnd));
                continue;
            }
            escapeAt = ContinuationAt(src, escape, start, lineEnd);
            segments.Add((start, escapeAt >= 0 ? escapeAt : lineEnd, last));
            continuing = escapeAt >= 0;
        }
        return FillLine();
    }

    /// <summary>
    /// Makes the reader's line from the segments: one segment is the source itself; several are joined into the
    /// buffer, their pieces added to the document's.
    /// </summary>
    private LogicalLine FillLine()
    {
        var segments = _segments;
        if (segments.Count == 1)
        {
            var (start, end, line) = segments[0];
            _line.SetSingle(_lines, start, end, line, _lineBuffer[line - 1]);
            return _line;
        }
        var first = _pieceCount;
        if (_pieceBuffer.Length - first < segments.Count)
        {
            Array.Resize(ref _pieceBuffer, Math.Max(first + segments.Count, _pieceBuffer.Length * 2));
        }
        var pieces = _pieceBuffer;
        var length = 0;
        for (var i = 0; i < segments.Count; i++)
        {
            var (start, end, line) = segments[i];
            // Continuation lines are taken from their start: only the first piece's start is kept (by the map).
            Debug.Assert(i == 0 || start == _lineBuffer[line - 1]);
            pieces[first + i] = new Piece(length, line);
            length += end - start;
        }
        _pieceCount = first + segments.Count;
        if (_joinBuffer.Length < length)
        {
            _joinBuffer = new char[Math.Max(length, _joinBuffer.Length * 2)];
        }
        var position = 0;
        foreach (var (start, end, _) in segments)
        {
            _src.AsSpan(start, end - start).CopyTo(_joinBuffer.AsSpan(position));
            position += end - start;
        }
        // The buffer may have grown: the lines read so far find their pieces through the index.
        _lines.ReadingPieces(pieces);
        _line.SetJoined(_joinBuffer, LineMap.Joined(_lines, first, segments.Count, length, segments[0].Start));
        return _line;
    }
}
