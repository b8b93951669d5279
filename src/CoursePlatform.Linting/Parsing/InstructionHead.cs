using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Parsing;

/// <summary>A <c>--name[=value]</c> word before the arguments: logical offsets; the name starts at <c>Start + 2</c>.</summary>
internal readonly record struct RawFlag(int Start, int End, int NameEnd, bool HasValue);

/// <summary>A heredoc marker found on a logical line, before its body is read.</summary>
internal readonly record struct HeredocMarker(int Start, int End, int FileDescriptor, bool StripTabs, string Delimiter, bool Expand);

/// <summary>Keyword, flags and argument range of one (possibly nested ONBUILD) instruction on a logical line.</summary>
internal sealed class InstructionHead
{
    public int KeywordStart { get; init; }

    public int KeywordEnd { get; init; }

    public InstructionKind Kind { get; init; }

    public required List<RawFlag> Flags { get; init; }

    public int ArgsStart { get; init; }

    public int ArgsEnd { get; init; }

    /// <summary>The trigger of an ONBUILD.</summary>
    public InstructionHead? Inner { get; set; }

    /// <summary>Heredoc markers of this instruction (RUN, COPY, ADD in shell form).</summary>
    public required List<HeredocMarker> Markers { get; set; }
}

internal sealed partial class DocumentReader
{
    private static readonly Heredoc[] NoHeredocs = [];
    private static readonly List<RawFlag> NoFlags = [];
    private static readonly List<HeredocMarker> NoMarkers = [];

    private readonly List<JsonElement> _json = [];

    private InstructionHead ReadHead(LogicalLine line, int keywordStart, int depth = 0)
    {
        var text = line.Text;
        var length = text.Length;
        var keywordEnd = keywordStart;
        while (keywordEnd < length && !Words.IsBlank(text[keywordEnd]))
        {
            keywordEnd++;
        }
        var flags = NoFlags;
        var pos = keywordEnd;
        var argsStart = length;
        while (true)
        {
            pos = Words.SkipSpace(text, pos, length);
            if (pos >= length)
            {
                break;
            }
            if (text[pos] != '-' || pos + 1 >= length || text[pos + 1] != '-')
            {
                argsStart = pos;
                break;
            }
            var start = pos;
            var quote = '\0';
            while (pos < length)
            {
                var c = text[pos];
                if (quote == '\0')
                {
                    if (Words.IsSpace(c))
                    {
                        break;
                    }
                    if (c is '\'' or '"')
                    {
                        quote = c;
                    }
                    else if (c == _escape)
                    {
                        pos++;
                    }
                }
                else if (c == quote)
                {
                    quote = '\0';
                }
                else if (c == _escape)
                {
                    pos++;
                }
                pos++;
            }
            pos = Math.Min(pos, length);
            if (pos - start == 2)
            {
                // A bare "--" ends the flags.
                argsStart = Words.SkipSpace(text, pos, length);
                break;
            }
            var eq = text.IndexOf('=', start, pos - start);
            if (flags.Count == 0)
            {
                flags = [];
            }
            flags.Add(new RawFlag(start, pos, eq < 0 ? pos : eq, eq >= 0));
        }
        var argsEnd = Words.TrimEnd(text, argsStart, length);
        var kind = KindOf(text.AsSpan(keywordStart, keywordEnd - keywordStart));
        var head = new InstructionHead
        {
            KeywordStart = keywordStart,
            KeywordEnd = keywordEnd,
            Kind = kind,
            Flags = flags,
            ArgsStart = argsStart,
            ArgsEnd = argsEnd,
            Markers = NoMarkers,
        };
        if (kind == InstructionKind.Onbuild && argsStart < argsEnd && depth < 8)
        {
            head.Inner = ReadHead(line, argsStart, depth + 1);
        }
        return head;
    }

    private static InstructionKind KindOf(ReadOnlySpan<char> keyword)
    {
        Span<char> upper = stackalloc char[12];
        if (keyword.Length > upper.Length)
        {
            return InstructionKind.Unknown;
        }
        var length = keyword.ToUpperInvariant(upper);
        return upper[..length] switch
        {
            "ADD" => InstructionKind.Add,
            "ARG" => InstructionKind.Arg,
            "CMD" => InstructionKind.Cmd,
            "COPY" => InstructionKind.Copy,
            "ENTRYPOINT" => InstructionKind.Entrypoint,
            "ENV" => InstructionKind.Env,
            "EXPOSE" => InstructionKind.Expose,
            "FROM" => InstructionKind.From,
            "HEALTHCHECK" => InstructionKind.Healthcheck,
            "LABEL" => InstructionKind.Label,
            "MAINTAINER" => InstructionKind.Maintainer,
            "ONBUILD" => InstructionKind.Onbuild,
            "RUN" => InstructionKind.Run,
            "SHELL" => InstructionKind.Shell,
            "STOPSIGNAL" => InstructionKind.Stopsignal,
            "USER" => InstructionKind.User,
            "VOLUME" => InstructionKind.Volume,
            "WORKDIR" => InstructionKind.Workdir,
            _ => InstructionKind.Unknown,
        };
    }

    private bool IsJsonForm(LogicalLine line, int start, int end) =>
        start < end && line.Text[start] == '[' && JsonArrayReader.Read(line.Text, start, end, _json) != JsonArrayKind.NotJson;

    /// <summary>Finds heredoc markers and reads their bodies from the following physical lines.</summary>
    private IReadOnlyList<Heredoc> ReadHeredocs(LogicalLine line, InstructionHead head, ref int last, ref int lastContentEnd)
    {
        var target = head.Kind == InstructionKind.Onbuild ? head.Inner : head;
        if (target is null
            || target.Kind is not (InstructionKind.Run or InstructionKind.Copy or InstructionKind.Add)
            || target.ArgsStart >= target.ArgsEnd
            || line.Text.IndexOf("<<", target.ArgsStart, StringComparison.Ordinal) < 0
            || IsJsonForm(line, target.ArgsStart, target.ArgsEnd))
        {
            return NoHeredocs;
        }
        target.Markers = FindMarkers(line, target.ArgsStart, target.ArgsEnd);
        if (target.Markers.Count == 0)
        {
            return NoHeredocs;
        }
        var heredocs = new List<Heredoc>(target.Markers.Count);
        foreach (var marker in target.Markers)
        {
            var bodyStart = last < _lastLine ? LineStart(last + 1) : lastContentEnd;
            Token? terminator = null;
            // Unterminated: the body ends with the file's last line (its newline excluded, so that the
            // instruction's span still covers it).
            var bodyEnd = lastContentEnd;
            while (last < _lastLine)
            {
                last++;
                bodyEnd = ContentEnd(last);
                var start = LineStart(last);
                var end = ContentEnd(last);
                lastContentEnd = end;
                var compareStart = start;
                if (marker.StripTabs)
                {
                    while (compareStart < end && _src[compareStart] == '\t')
                    {
                        compareStart++;
                    }
                }
                if (end - compareStart == marker.Delimiter.Length
                    && string.CompareOrdinal(_src, compareStart, marker.Delimiter, 0, marker.Delimiter.Length) == 0)
                {
                    terminator = new Token(_src.Substring(start, end - start), _lines.Span(start, end));
                    bodyEnd = start;
                    break;
                }
            }
            var markerToken = line.Token(marker.Start, marker.End);
            if (terminator is null)
            {
                _diagnostics.Add(new ParseDiagnostic("unterminated heredoc", markerToken.Span));
            }
            bodyEnd = Math.Max(bodyStart, bodyEnd);
            var body = new Token(_src.Substring(bodyStart, bodyEnd - bodyStart), _lines.Span(bodyStart, bodyEnd));
            heredocs.Add(new Heredoc(
                markerToken, marker.Delimiter, marker.StripTabs, marker.Expand, marker.FileDescriptor, body, terminator));
        }
        return heredocs;
    }

    /// <summary>Words of the form <c>[digits]&lt;&lt;[-][blanks]delimiter</c>, split the way the builder's lexer does.</summary>
    private List<HeredocMarker> FindMarkers(LogicalLine line, int start, int end)
    {
        var text = line.Text;
        var words = Words.SplitQuoted(text, start, end, '\\', _rawWords);
        var markers = new List<HeredocMarker>();
        for (var k = 0; k < words.Count; k++)
        {
            var word = words[k];
            if (k + 1 < words.Count && IsBareMarker(text, word))
            {
                word = new RawWord(word.Start, words[k + 1].End, words[k + 1].Unterminated);
                k++;
            }
            var p = word.Start;
            while (p < word.End && char.IsAsciiDigit(text[p]))
            {
                p++;
            }
            var digitsEnd = p;
            if (word.End - p < 2 || text[p] != '<' || text[p + 1] != '<')
            {
                continue;
            }
            p += 2;
            var stripTabs = p < word.End && text[p] == '-';
            if (stripTabs)
            {
                p++;
            }
            p = Words.SkipSpace(text, p, word.End);
            if (p >= word.End || text.IndexOf('<', p, word.End - p) >= 0)
            {
                continue;
            }
            var delimiter = Words.Unquote(text, p, word.End, '\\', out var unterminated);
            if (unterminated)
            {
                _diagnostics.Add(new ParseDiagnostic(
                    $"unbalanced quotes in heredoc delimiter: {line.Slice(word.Start, word.End)}", line.Map(word.Start, word.End)));
                continue;
            }
            var fd = 0;
            if (digitsEnd > word.Start && !int.TryParse(text.AsSpan(word.Start, digitsEnd - word.Start), out fd))
            {
                fd = 0;
            }
            var expand = CountQuotes(delimiter, 0, delimiter.Length) == CountQuotes(text, p, word.End);
            markers.Add(new HeredocMarker(word.Start, word.End, fd, stripTabs, delimiter, expand));
        }
        return markers;
    }

    private static bool IsBareMarker(string text, RawWord word)
    {
        var p = word.Start;
        while (p < word.End && char.IsAsciiDigit(text[p]))
        {
            p++;
        }
        if (word.End - p < 2 || text[p] != '<' || text[p + 1] != '<')
        {
            return false;
        }
        p += 2;
        if (p < word.End && text[p] == '-')
        {
            p++;
        }
        return p == word.End;
    }

    private static int CountQuotes(string text, int start, int end)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            if (text[i] is '\'' or '"')
            {
                count++;
            }
        }
        return count;
    }
}
