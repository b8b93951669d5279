using System.Text;

namespace CoursePlatform.Linting.Shell;

public static partial class ShellParser
{
    /// <summary>
    /// The single-pass parser: a cursor over the text plus the commands found so far. Every loop either
    /// advances the cursor or leaves; nesting deeper than <see cref="MaxDepth"/> is skipped, not recursed into.
    /// </summary>
    private sealed partial class State(string text)
    {
        private const int MaxDepth = 48;

        private readonly string _s = text;
        private readonly StringBuilder _sb = new();
        private int _pos;
        private int _limit = text.Length;
        private int _depth;
        private List<(string Delimiter, bool StripTabs)>? _heredocs;

        public List<ShellCommand> Commands { get; } = [];

        public bool HasPipe { get; private set; }

        /// <summary>Set by any operator or compound construct: the script is then more than one plain command.</summary>
        public bool HasStructure { get; private set; }

        private char At(int index) => index < _limit ? _s[index] : '\0';

        public void ParseList(Closers closers)
        {
            while (true)
            {
                SkipSeparators(closers);
                if (_pos >= _limit)
                {
                    return;
                }
                var before = _pos;
                var c = _s[_pos];
                if (c == ')')
                {
                    if ((closers & Closers.Paren) != 0)
                    {
                        return;
                    }
                    _pos++;
                    HasStructure = true;
                    continue;
                }
                if (c == ';')
                {
                    // Only case terminators (;; ;& ;;&) stop SkipSeparators.
                    return;
                }
                var keyword = PeekKeyword(out var length);
                var closer = CloserOf(keyword);
                if (closer != Closers.None)
                {
                    if ((closers & closer) != 0)
                    {
                        return;
                    }
                    _pos += length;
                    HasStructure = true;
                    continue;
                }
                ParseAndOr(closers);
                if (_pos == before)
                {
                    _pos++;
                }
            }
        }

        private void ParseAndOr(Closers closers)
        {
            while (true)
            {
                ParsePipeline(closers);
                SkipBlanks();
                var c = At(_pos);
                var next = At(_pos + 1);
                if ((c == '&' && next == '&') || (c == '|' && next == '|'))
                {
                    _pos += 2;
                    HasStructure = true;
                    SkipLinebreaks();
                    continue;
                }
                if (c == '&' && next != '>')
                {
                    _pos++;
                    HasStructure = true;
                }
                return;
            }
        }

        private void ParsePipeline(Closers closers)
        {
            SkipBlanks();
            if (PeekKeyword(out var length) == Keyword.Bang)
            {
                _pos += length;
                HasStructure = true;
            }
            while (true)
            {
                ParseCommand(closers);
                SkipBlanks();
                if (At(_pos) != '|' || At(_pos + 1) == '|')
                {
                    return;
                }
                _pos += At(_pos + 1) == '&' ? 2 : 1;
                HasPipe = true;
                HasStructure = true;
                SkipLinebreaks();
            }
        }

        private void ParseCommand(Closers closers)
        {
            SkipBlanks();
            if (_pos >= _limit)
            {
                return;
            }
            if (_s[_pos] == '(')
            {
                HasStructure = true;
                if (_depth >= MaxDepth)
                {
                    _pos++;
                    return;
                }
                _depth++;
                if (At(_pos + 1) == '(' && ArithmeticEnd(_pos + 1) is var end and > 0)
                {
                    _pos = end;
                }
                else
                {
                    _pos++;
                    ParseList(closers | Closers.Paren);
                    if (At(_pos) == ')')
                    {
                        _pos++;
                    }
                }
                _depth--;
                SkipTrailingRedirects();
                return;
            }
            var keyword = PeekKeyword(out var length);
            if (CloserOf(keyword) != Closers.None)
            {
                return;
            }
            var compound = keyword is Keyword.If or Keyword.For or Keyword.Select or Keyword.While or Keyword.Until
                or Keyword.Case or Keyword.OpenBrace or Keyword.OpenCondition or Keyword.Function;
            if (!compound)
            {
                ParseSimple(closers);
                return;
            }
            HasStructure = true;
            if (_depth >= MaxDepth)
            {
                _pos += length;
                return;
            }
            _depth++;
            _pos += length;
            switch (keyword)
            {
                case Keyword.If:
                    ParseIf(closers);
                    break;
                case Keyword.For:
                case Keyword.Select:
                    ParseFor(closers);
                    break;
                case Keyword.While:
                case Keyword.Until:
                    ParseList(closers | Closers.Do);
                    ParseDoGroup(closers);
                    break;
                case Keyword.Case:
                    ParseCase(closers);
                    break;
                case Keyword.OpenBrace:
                    ParseList(closers | Closers.Brace);
                    Expect(Keyword.CloseBrace);
                    break;
                case Keyword.OpenCondition:
                    ParseCondition();
                    break;
                case Keyword.Function:
                    SkipBlanks();
                    ReadWord();
                    SkipBlanks();
                    if (At(_pos) == '(' && At(NextNonBlank(_pos + 1)) == ')')
                    {
                        _pos = NextNonBlank(_pos + 1) + 1;
                    }
                    SkipLinebreaks();
                    ParseCommand(closers);
                    break;
            }
            _depth--;
            SkipTrailingRedirects();
        }

        private void ParseIf(Closers closers)
        {
            ParseList(closers | Closers.Then);
            while (true)
            {
                switch (PeekKeyword(out var length))
                {
                    case Keyword.Then:
                    case Keyword.Else:
                        _pos += length;
                        ParseList(closers | Closers.ElifElseFi);
                        break;
                    case Keyword.Elif:
                        _pos += length;
                        ParseList(closers | Closers.Then);
                        break;
                    case Keyword.Fi:
                        _pos += length;
                        return;
                    default:
                        return;
                }
            }
        }

        private void ParseFor(Closers closers)
        {
            SkipBlanks();
            if (At(_pos) == '(' && At(_pos + 1) == '(')
            {
                var end = ArithmeticEnd(_pos + 1);
                _pos = end > 0 ? end : _limit;
            }
            else
            {
                ReadWord();
                SkipLinebreaks();
                if (PeekKeyword(out var length) == Keyword.In)
                {
                    _pos += length;
                    ReadWordsToEndOfLine();
                }
            }
            SkipSeparators(closers);
            if (PeekKeyword(out _) == Keyword.OpenBrace)
            {
                ParseCommand(closers);
                return;
            }
            ParseDoGroup(closers);
        }

        private void ParseDoGroup(Closers closers)
        {
            if (!Expect(Keyword.Do))
            {
                return;
            }
            ParseList(closers | Closers.Done);
            Expect(Keyword.Done);
        }

        private void ParseCase(Closers closers)
        {
            SkipBlanks();
            ReadWord();
            SkipLinebreaks();
            if (PeekKeyword(out var inLength) == Keyword.In)
            {
                _pos += inLength;
            }
            var inner = closers | Closers.Esac | Closers.CaseBreak;
            while (true)
            {
                SkipLinebreaks();
                if (_pos >= _limit)
                {
                    return;
                }
                var keyword = PeekKeyword(out var length);
                if (keyword == Keyword.Esac)
                {
                    _pos += length;
                    return;
                }
                if ((CloserOf(keyword) & closers) != 0 || (_s[_pos] == ')' && (closers & Closers.Paren) != 0))
                {
                    return;
                }
                var before = _pos;
                ReadCasePatterns();
                if (_pos == before)
                {
                    _pos++;
                    continue;
                }
                ParseList(inner);
                if (At(_pos) == ';')
                {
                    _pos += At(_pos + 1) == ';' && At(_pos + 2) == '&' ? 3 : 2;
                }
            }
        }

        private void ReadCasePatterns()
        {
            if (At(_pos) == '(')
            {
                _pos++;
            }
            while (_pos < _limit)
            {
                SkipBlanks();
                var c = At(_pos);
                if (c == ')')
                {
                    _pos++;
                    return;
                }
                if (c == '|')
                {
                    _pos++;
                    continue;
                }
                if (c is '\n' or ';' or '&' or '(' or '<' or '>' or '\0')
                {
                    return;
                }
                var before = _pos;
                ReadWord();
                if (_pos == before)
                {
                    return;
                }
            }
        }

        /// <summary><c>[[ ... ]]</c>: operators inside are part of the test; substitutions still count.</summary>
        private void ParseCondition()
        {
            while (true)
            {
                SkipBlanks();
                if (_pos >= _limit)
                {
                    return;
                }
                if (PeekKeyword(out var length) == Keyword.CloseCondition)
                {
                    _pos += length;
                    return;
                }
                var c = _s[_pos];
                if (c is '\n' or ';')
                {
                    return;
                }
                if (c is '&' or '|' or '(' or ')' or '<' or '>' or '!')
                {
                    _pos++;
                    continue;
                }
                var before = _pos;
                ReadWord();
                if (_pos == before)
                {
                    _pos++;
                }
            }
        }

        private bool Expect(Keyword keyword)
        {
            if (PeekKeyword(out var length) != keyword)
            {
                return false;
            }
            _pos += length;
            return true;
        }

        private void ParseSimple(Closers closers)
        {
            var slot = Commands.Count;
            ShellWord? name = null;
            List<ShellWord>? arguments = null;
            List<ShellAssignment>? assignments = null;
            var start = -1;
            var end = _pos;
            while (true)
            {
                SkipBlanks();
                if (_pos >= _limit)
                {
                    break;
                }
                var c = _s[_pos];
                if (c is '\n' or ';' or ')' or '|')
                {
                    break;
                }
                if (c == '&' && At(_pos + 1) != '>')
                {
                    break;
                }
                if (c == '#')
                {
                    SkipComment();
                    break;
                }
                if (c == '(')
                {
                    if (name is not null && arguments is null && assignments is null && At(NextNonBlank(_pos + 1)) == ')')
                    {
                        // name() body: a function definition, not a command.
                        _pos = NextNonBlank(_pos + 1) + 1;
                        HasStructure = true;
                        Commands.RemoveRange(slot, Commands.Count - slot);
                        SkipLinebreaks();
                        ParseCommand(closers);
                        return;
                    }
                    break;
                }
                if (IsRedirectStart())
                {
                    ParseRedirect();
                    end = _pos;
                    continue;
                }
                var word = ReadWord();
                if (word.End == word.Start)
                {
                    _pos++;
                    continue;
                }
                if (start < 0)
                {
                    start = word.Start;
                }
                end = word.End;
                if (name is null && AssignmentNameLength(word.Raw) is > 0)
                {
                    var eq = word.Value.IndexOf('=');
                    var assignmentName = eq > 0 && word.Value[eq - 1] == '+' ? word.Value[..(eq - 1)] : word.Value[..Math.Max(eq, 0)];
                    (assignments ??= []).Add(new ShellAssignment(assignmentName, word.Value[(eq + 1)..], word.Start, word.End));
                    continue;
                }
                if (name is null)
                {
                    name = word;
                    continue;
                }
                (arguments ??= []).Add(word);
            }
            if (start >= 0)
            {
                var command = new ShellCommand(name, (IReadOnlyList<ShellWord>?)arguments ?? [], (IReadOnlyList<ShellAssignment>?)assignments ?? [], start, end);
                Commands.Insert(slot, command);
            }
        }

        /// <summary>The length of <c>NAME=</c>, <c>NAME+=</c> or <c>NAME[i]=</c> at the start of a raw word, or 0.</summary>
        private static int AssignmentNameLength(string raw)
        {
            if (raw.Length == 0 || !IsNameStart(raw[0]))
            {
                return 0;
            }
            var i = 1;
            while (i < raw.Length && IsNameChar(raw[i]))
            {
                i++;
            }
            if (i < raw.Length && raw[i] == '[')
            {
                var close = raw.IndexOf(']', i);
                if (close < 0)
                {
                    return 0;
                }
                i = close + 1;
            }
            if (i < raw.Length && raw[i] == '+')
            {
                i++;
            }
            return i < raw.Length && raw[i] == '=' ? i + 1 : 0;
        }

        private void SkipTrailingRedirects()
        {
            while (true)
            {
                SkipBlanks();
                if (!IsRedirectStart())
                {
                    return;
                }
                ParseRedirect();
            }
        }

        private bool IsRedirectStart()
        {
            var i = _pos;
            while (i < _limit && _s[i] is >= '0' and <= '9')
            {
                i++;
            }
            var c = At(i);
            if (c is '<' or '>')
            {
                // <(cmd) and >(cmd) are process substitutions: words, not redirections.
                return !(i == _pos && At(i + 1) == '(');
            }
            return i == _pos && c == '&' && At(i + 1) == '>';
        }

        private void ParseRedirect()
        {
            while (At(_pos) is >= '0' and <= '9')
            {
                _pos++;
            }
            var c = At(_pos);
            var next = At(_pos + 1);
            if (c == '&')
            {
                _pos += At(_pos + 2) == '>' ? 3 : 2;
            }
            else if (c == '<' && next == '<' && At(_pos + 2) == '<')
            {
                _pos += 3;
            }
            else if (c == '<' && next == '<')
            {
                _pos += 2;
                var stripTabs = At(_pos) == '-';
                if (stripTabs)
                {
                    _pos++;
                }
                SkipBlanks();
                var delimiter = ReadHeredocDelimiter();
                if (delimiter.Length > 0)
                {
                    (_heredocs ??= []).Add((delimiter, stripTabs));
                }
                return;
            }
            else if (next is '>' or '&' or '|' || (c == '<' && next == '>'))
            {
                _pos += 2;
            }
            else
            {
                _pos++;
            }
            SkipBlanks();
            if (_pos < _limit && !(IsWordEnd(_s[_pos]) && !IsProcessSubstitutionStart()))
            {
                ReadWord();
            }
        }

        private bool IsProcessSubstitutionStart() => At(_pos) is '<' or '>' && At(_pos + 1) == '(';

        private string ReadHeredocDelimiter()
        {
            var mark = _sb.Length;
            while (_pos < _limit && !IsWordEnd(_s[_pos]))
            {
                var c = _s[_pos];
                if (c is '\'' or '"')
                {
                    var close = _s.IndexOf(c, _pos + 1, _limit - _pos - 1);
                    var stop = close < 0 ? _limit : close;
                    _sb.Append(_s, _pos + 1, stop - _pos - 1);
                    _pos = close < 0 ? _limit : close + 1;
                    continue;
                }
                if (c == '\\' && _pos + 1 < _limit)
                {
                    _pos++;
                    c = _s[_pos];
                }
                _sb.Append(c);
                _pos++;
            }
            var delimiter = _sb.ToString(mark, _sb.Length - mark);
            _sb.Length = mark;
            return delimiter;
        }

        /// <summary>Skips the bodies of the here-documents opened on the line that just ended.</summary>
        private void SkipHeredocBodies()
        {
            var pending = _heredocs!;
            foreach (var (delimiter, stripTabs) in pending)
            {
                while (_pos < _limit)
                {
                    var lineEnd = _s.IndexOf('\n', _pos, _limit - _pos);
                    var stop = lineEnd < 0 ? _limit : lineEnd;
                    var lineStart = _pos;
                    _pos = lineEnd < 0 ? _limit : lineEnd + 1;
                    if (stripTabs)
                    {
                        while (lineStart < stop && _s[lineStart] == '\t')
                        {
                            lineStart++;
                        }
                    }
                    if (stop > lineStart && _s[stop - 1] == '\r')
                    {
                        stop--;
                    }
                    if (_s.AsSpan(lineStart, stop - lineStart).SequenceEqual(delimiter))
                    {
                        break;
                    }
                }
            }
            pending.Clear();
        }

        private void ConsumeNewline()
        {
            _pos++;
            if (_heredocs is { Count: > 0 })
            {
                SkipHeredocBodies();
            }
        }

        /// <summary>Spaces, tabs, carriage returns and backslash-newline continuations.</summary>
        private void SkipBlanks()
        {
            while (_pos < _limit)
            {
                var c = _s[_pos];
                if (c is ' ' or '\t' or '\r')
                {
                    _pos++;
                }
                else if (c == '\\' && At(_pos + 1) == '\n')
                {
                    _pos += 2;
                }
                else if (c == '\\' && At(_pos + 1) == '\r' && At(_pos + 2) == '\n')
                {
                    _pos += 3;
                }
                else
                {
                    return;
                }
            }
        }

        /// <summary>Blanks, comments and newlines (after an operator that continues on the next line).</summary>
        private void SkipLinebreaks()
        {
            while (true)
            {
                SkipBlanks();
                var c = At(_pos);
                if (c == '\n')
                {
                    ConsumeNewline();
                }
                else if (c == '#')
                {
                    SkipComment();
                }
                else
                {
                    return;
                }
            }
        }

        /// <summary>Blanks, comments, newlines and <c>;</c>; stops before a case terminator when inside a case.</summary>
        private void SkipSeparators(Closers closers)
        {
            while (true)
            {
                SkipLinebreaks();
                if (At(_pos) != ';')
                {
                    return;
                }
                var next = At(_pos + 1);
                if (next is ';' or '&')
                {
                    if ((closers & Closers.CaseBreak) != 0)
                    {
                        return;
                    }
                    _pos += next == ';' && At(_pos + 2) == '&' ? 3 : 2;
                    continue;
                }
                _pos++;
            }
        }

        private void SkipComment()
        {
            var newline = _s.IndexOf('\n', _pos, _limit - _pos);
            _pos = newline < 0 ? _limit : newline;
        }

        private int NextNonBlank(int index)
        {
            while (index < _limit && _s[index] is ' ' or '\t')
            {
                index++;
            }
            return index;
        }

        /// <summary>A reserved word at the cursor, if the cursor starts an unquoted word that is exactly one.</summary>
        private Keyword PeekKeyword(out int length)
        {
            var i = _pos;
            while (i < _limit && IsKeywordChar(_s[i]))
            {
                i++;
            }
            length = i - _pos;
            if (length == 0 || (i < _limit && !IsWordEnd(_s[i])))
            {
                return Keyword.None;
            }
            return _s.AsSpan(_pos, length) switch
            {
                "if" => Keyword.If,
                "then" => Keyword.Then,
                "elif" => Keyword.Elif,
                "else" => Keyword.Else,
                "fi" => Keyword.Fi,
                "for" => Keyword.For,
                "select" => Keyword.Select,
                "in" => Keyword.In,
                "do" => Keyword.Do,
                "done" => Keyword.Done,
                "while" => Keyword.While,
                "until" => Keyword.Until,
                "case" => Keyword.Case,
                "esac" => Keyword.Esac,
                "function" => Keyword.Function,
                "{" => Keyword.OpenBrace,
                "}" => Keyword.CloseBrace,
                "!" => Keyword.Bang,
                "[[" => Keyword.OpenCondition,
                "]]" => Keyword.CloseCondition,
                _ => Keyword.None,
            };
        }
    }
}
