using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Parsing;

/// <summary>A <c>--name[=value]</c> word before the arguments: logical offsets; the name starts at <c>Start + 2</c>.</summary>
internal readonly record struct RawFlag(int Start, int End, int NameEnd, bool HasValue);

/// <summary>A heredoc marker found on a logical line, before its body is read.</summary>
internal readonly record struct HeredocMarker(int Start, int End, int FileDescriptor, bool StripTabs, string Delimiter, bool Expand);

/// <summary>
/// Keyword, flags and argument range of one (possibly nested ONBUILD) instruction on a logical line. One per
/// nesting depth is reused from instruction to instruction: nothing built from it keeps it.
/// </summary>
internal sealed class InstructionHead
{
    public int KeywordStart { get; set; }

    public int KeywordEnd { get; set; }

    public InstructionKind Kind { get; set; }

    public List<RawFlag> Flags { get; } = new(4);

    public int ArgsStart { get; set; }

    public int ArgsEnd { get; set; }

    /// <summary>The trigger of an ONBUILD.</summary>
    public InstructionHead? Inner { get; set; }

    /// <summary>Heredoc markers of this instruction (RUN, COPY, ADD in shell form).</summary>
    public List<HeredocMarker> Markers { get; set; } = NoMarkers;

    public static readonly List<HeredocMarker> NoMarkers = [];
}

internal sealed partial class DocumentReader
{
    /// <summary>Deepest ONBUILD nesting read (deeper text is the innermost trigger's arguments).</summary>
    internal const int MaxOnbuildDepth = 8;

    private static readonly Heredoc[] NoHeredocs = [];

    private InstructionHead ReadHead(LogicalLine line, int keywordStart, int depth = 0)
    {
        var text = line.Text;
        var length = line.End;
        var keywordEnd = keywordStart;
        while (keywordEnd < length && !Words.IsBlank(text[keywordEnd]))
        {
            keywordEnd++;
        }
        var head = _heads[depth] ??= new InstructionHead();
        var flags = head.Flags;
        flags.Clear();
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
            var eq = Words.IndexOf(text, '=', start, pos - start);
            flags.Add(new RawFlag(start, pos, eq < 0 ? pos : eq, eq >= 0));
        }
        var argsEnd = Words.TrimEnd(text, argsStart, length);
        var kind = KindOf(text[keywordStart..keywordEnd]);
        head.KeywordStart = keywordStart;
        head.KeywordEnd = keywordEnd;
        head.Kind = kind;
        head.ArgsStart = argsStart;
        head.ArgsEnd = argsEnd;
        // The head outlives the document: references are stored only when they change (each store is a write
        // barrier), and null is stored as a constant (which needs none).
        if (head.Markers.Count > 0)
        {
            head.Markers = InstructionHead.NoMarkers;
        }
        head.Inner = null;
        if (kind == InstructionKind.Onbuild && argsStart < argsEnd && depth < MaxOnbuildDepth)
        {
            head.Inner = ReadHead(line, argsStart, depth + 1);
        }
        return head;
    }

    /// <summary>
    /// The instruction a keyword names, case-insensitively. ASCII keywords (all real ones) are told apart by length
    /// and first letter, then confirmed with one comparison; anything else takes the general path.
    /// </summary>
    private static InstructionKind KindOf(ReadOnlySpan<char> keyword)
    {
        if (keyword.IsEmpty)
        {
            return InstructionKind.Unknown;
        }
        // The ASCII test waits for a keyword that is not a known one (the comparison below fails for non-ASCII text).
        var first = (char)(keyword[0] | 0x20);
        var candidate = keyword.Length switch
        {
            3 => first switch
            {
                'a' => (keyword[1] | 0x20) == 'd' ? InstructionKind.Add : InstructionKind.Arg,
                'c' => InstructionKind.Cmd,
                'e' => InstructionKind.Env,
                'r' => InstructionKind.Run,
                _ => InstructionKind.Unknown,
            },
            4 => first switch
            {
                'c' => InstructionKind.Copy,
                'f' => InstructionKind.From,
                'u' => InstructionKind.User,
                _ => InstructionKind.Unknown,
            },
            5 => first switch
            {
                'l' => InstructionKind.Label,
                's' => InstructionKind.Shell,
                _ => InstructionKind.Unknown,
            },
            6 => first switch
            {
                'e' => InstructionKind.Expose,
                'v' => InstructionKind.Volume,
                _ => InstructionKind.Unknown,
            },
            7 => first switch
            {
                'o' => InstructionKind.Onbuild,
                'w' => InstructionKind.Workdir,
                _ => InstructionKind.Unknown,
            },
            10 => first switch
            {
                'e' => InstructionKind.Entrypoint,
                'm' => InstructionKind.Maintainer,
                's' => InstructionKind.Stopsignal,
                _ => InstructionKind.Unknown,
            },
            11 => first == 'h' ? InstructionKind.Healthcheck : InstructionKind.Unknown,
            _ => InstructionKind.Unknown,
        };
        if (candidate != InstructionKind.Unknown
            && System.Text.Ascii.EqualsIgnoreCase(keyword, InstructionNamesUpper[(int)candidate - 1]))
        {
            return candidate;
        }
        // Ascii.IsValid, not ContainsAnyExceptInRange: the latter boxes both bounds on every call on .NET 10.
        return System.Text.Ascii.IsValid(keyword) ? InstructionKind.Unknown : KindOfAnyText(keyword);
    }

    /// <summary>Keywords with non-ASCII letters: upper-cased the invariant way (some such letters upper-case to ASCII).</summary>
    private static InstructionKind KindOfAnyText(ReadOnlySpan<char> keyword)
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
    private Heredoc[] ReadHeredocs(LogicalLine line, InstructionHead head, ref int last, ref int lastContentEnd)
    {
        var target = head.Kind == InstructionKind.Onbuild ? head.Inner : head;
        if (target is null
            || target.Kind is not (InstructionKind.Run or InstructionKind.Copy or InstructionKind.Add)
            || target.ArgsStart >= target.ArgsEnd
            || !HasHeredocOperator(line.Text[target.ArgsStart..target.ArgsEnd])
            || IsJsonForm(line, target.ArgsStart, target.ArgsEnd))
        {
            return NoHeredocs;
        }
        target.Markers = FindMarkers(line, target.ArgsStart, target.ArgsEnd);
        if (target.Markers.Count == 0)
        {
            return NoHeredocs;
        }
        var heredocs = new Heredoc[target.Markers.Count];
        for (var m = 0; m < heredocs.Length; m++)
        {
            var marker = target.Markers[m];
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
                    terminator = new SourceToken(_src, _lines.Span(start, end));
                    bodyEnd = start;
                    break;
                }
            }
            var markerToken = line.LazyToken(marker.Start, marker.End);
            if (terminator is null)
            {
                Error("unterminated heredoc", markerToken.Span);
            }
            bodyEnd = Math.Max(bodyStart, bodyEnd);
            // Bodies can be long and are seldom read as one string (a RUN's script is cut from the source): made on use.
            var body = new SourceToken(_src, _lines.Span(bodyStart, bodyEnd));
            heredocs[m] = new Heredoc(
                markerToken, marker.Delimiter, marker.StripTabs, marker.Expand, marker.FileDescriptor, body, terminator);
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
            if (p >= word.End || Words.IndexOf(text, '<', p, word.End - p) >= 0)
            {
                continue;
            }
            var delimiter = Words.Unquote(text, p, word.End, '\\', out var unterminated);
            if (unterminated)
            {
                Error($"unbalanced quotes in heredoc delimiter: {line.Slice(word.Start, word.End)}", line.Map(word.Start, word.End));
                continue;
            }
            var fd = 0;
            if (digitsEnd > word.Start && !int.TryParse(text[word.Start..digitsEnd], out fd))
            {
                fd = 0;
            }
            var expand = CountQuotes(delimiter, 0, delimiter.Length) == CountQuotes(text, p, word.End);
            markers.Add(new HeredocMarker(word.Start, word.End, fd, stripTabs, delimiter, expand));
        }
        return markers;
    }

    /// <summary>True when the text contains <c>&lt;&lt;</c>.</summary>
    /// <remarks>A single-character search first: most commands have no <c>&lt;</c> at all, and it is cheaper than a substring search.</remarks>
    private static bool HasHeredocOperator(ReadOnlySpan<char> text)
    {
        var at = text.IndexOf('<');
        while (at >= 0 && at + 1 < text.Length)
        {
            if (text[at + 1] == '<')
            {
                return true;
            }
            var next = text[(at + 1)..].IndexOf('<');
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }

    private static bool IsBareMarker(ReadOnlySpan<char> text, RawWord word)
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

    private static int CountQuotes(ReadOnlySpan<char> text, int start, int end)
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
