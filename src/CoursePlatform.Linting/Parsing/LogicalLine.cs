using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Parsing;

/// <summary>
/// The instruction being read: its text with continuations joined, and the map back to the source. Offsets index
/// <see cref="Text"/> within <c>[Start, End)</c>. Most instructions sit on one physical line: then <see cref="Text"/>
/// is the source itself and offsets are source offsets, so nothing is copied. Otherwise the text is a
/// concatenation of source segments (one per physical line that contributed) starting at 0, joined in the reader's
/// buffer. The reader refills one instance for every instruction: what is built keeps a <see cref="LineMap"/>,
/// which can make any range of the text again from the source.
/// </summary>
internal sealed class LogicalLine
{
    // The joined text (the reader's buffer), or null on one physical line.
    private char[]? _joined;

    /// <summary>The text the offsets index: the source for a single physical line, else the joined text.</summary>
    public ReadOnlySpan<char> Text => _joined is null ? Source : _joined.AsSpan(0, End);

    // Read through the map: one reference fewer to store (through a write barrier) for every instruction.
    public string Source => Mapping.Source;

    /// <summary>First offset of the line's text in <see cref="Text"/>.</summary>
    public int Start { get; private set; }

    /// <summary>Offset just past the line's text in <see cref="Text"/>.</summary>
    public int End { get; private set; }

    /// <summary>True when <see cref="Text"/> is the source, so a range's text is exactly the source under its span.</summary>
    public bool IsSource => _joined is null;

    /// <summary>What an instruction keeps to map its offsets after the parse.</summary>
    public LineMap Mapping { get; private set; }

    /// <summary>
    /// Content end of the last physical line the continuation consumed (past any final escape token or
    /// skipped line); heredoc bodies start on the line after it.
    /// </summary>
    public int PhysicalEnd { get; set; }

    /// <summary>Makes the line one physical line's content <c>[start, end)</c>.</summary>
    public void SetSingle(LineIndex lines, int start, int end, int line, int lineStart)
    {
        _joined = null;
        Start = start;
        End = end;
        Mapping = LineMap.Single(lines, start, end, line, lineStart);
    }

    /// <summary>Makes the line the joined text in <paramref name="buffer"/>, mapped by <paramref name="map"/>.</summary>
    public void SetJoined(char[] buffer, LineMap map)
    {
        _joined = buffer;
        Start = 0;
        End = map.End;
        Mapping = map;
    }

    /// <summary>Ends the reading of the instruction: the buffer goes back to the reader.</summary>
    public void ReleaseText() => _joined = null;

    public SourceSpan Map(int start, int end) => Mapping.Map(start, end);

    /// <summary>Source offset of the character at a logical offset (or just past the end).</summary>
    public int MapStart(int offset) => Mapping.MapStart(offset);

    public string Slice(int start, int end) =>
        start >= end ? "" : IsSource ? Source.Substring(start, end - start) : new string(Text[start..end]);

    /// <summary>A token whose text may never be read: the copy waits until someone asks.</summary>
    public Token LazyToken(int start, int end) => LazyToken(Mapping, start, end);

    /// <summary>A token of a range of an instruction's logical text, made from the source on first read.</summary>
    public static Token LazyToken(LineMap map, int start, int end)
    {
        var span = map.Map(start, end);
        // Within one physical line (on a joined line too, when no continuation falls inside the range) the text is
        // the source under the span.
        return span.Length == end - start || map.IsSingleLine
            ? new SourceToken(map.Source, span)
            : new JoinedToken(map, start, end, span);
    }

    /// <summary>A range of joined text, made from the source on first read.</summary>
    private sealed class JoinedToken(LineMap map, int start, int end, SourceSpan span) : Token(span)
    {
        private protected override string CreateText() => map.Build(start, end);
    }

    public Word Word(int start, int end, char escape) =>
        LazyWord(start, end, Words.IsPlain(Text, start, end, escape) ? null : Words.Unquote(Text, start, end, escape, out _));

    /// <summary>
    /// A word of a range whose value is <paramref name="value"/>, or its text when null. The text is made on first
    /// read when it is the source under the span (always, but for a word cut by a continuation).
    /// </summary>
    public Word LazyWord(int start, int end, string? value)
    {
        var span = Map(start, end);
        if (IsSource || span.Length == end - start)
        {
            return new Word(span, Source, value);
        }
        var text = Slice(start, end);
        return new Word(text, span, value ?? text);
    }

    public Word Word(RawWord word, char escape) => Word(word.Start, word.End, escape);

    /// <summary>A word of a range of an instruction's logical text whose value is <paramref name="value"/> (its text when null).</summary>
    public static Word LazyWord(LineMap map, int start, int end, string? value)
    {
        var span = map.Map(start, end);
        if (map.IsSingleLine || span.Length == end - start)
        {
            return new Word(span, map.Source, value);
        }
        var text = map.Build(start, end);
        return new Word(text, span, value ?? text);
    }

    /// <summary>
    /// The string elements of a JSON array that spans a range of an instruction's logical text, as words, read
    /// again from the source (the parse has already found the range to be exec form).
    /// </summary>
    public static Word[] ExecWords(LineMap map, int start, int end)
    {
        var elements = new List<JsonElement>();
        // On one physical line logical offsets are source offsets; a joined line is made again from its pieces.
        var offset = 0;
        ReadOnlySpan<char> text;
        if (map.IsSingleLine)
        {
            text = map.Source;
        }
        else
        {
            text = map.Build(start, end);
            offset = start;
            end -= start;
            start = 0;
        }
        if (JsonArrayReader.Read(text, start, end, elements) != JsonArrayKind.Strings || elements.Count == 0)
        {
            return [];
        }
        var words = new Word[elements.Count];
        for (var i = 0; i < words.Length; i++)
        {
            var element = elements[i];
            words[i] = LazyWord(map, offset + element.Start, offset + element.End, element.Value);
        }
        return words;
    }
}
