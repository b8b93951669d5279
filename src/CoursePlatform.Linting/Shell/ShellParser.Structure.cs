namespace CoursePlatform.Linting.Shell;

public static partial class ShellParser
{
    /// <summary>
    /// The single-pass parser: a cursor over the text plus the commands found so far. Every loop either
    /// advances the cursor or leaves; nesting deeper than <see cref="MaxDepth"/> is skipped, not recursed into.
    /// </summary>
    private sealed partial class State
    {
        private const int MaxDepth = 48;

        private string _s = "";
        private int _pos;
        private int _limit;
        private int _depth;
        private List<(string Delimiter, bool StripTabs)>? _heredocs;


        public bool HasPipe { get; private set; }

        /// <summary>Set by any operator or compound construct: the script is then more than one plain command.</summary>
        public bool HasStructure { get; private set; }

        public void Begin(string text)
        {
            _s = text;
            _pos = 0;
            _limit = text.Length;
            _depth = 0;
            HasPipe = false;
            HasStructure = false;
            _peekPos = -1;
        }

        /// <summary>The script: the commands and words gathered, copied once into exact-size arrays.</summary>
        public ShellScript Finish(object map)
        {
            var records = _records.AsSpan(0, _recordCount).ToArray();
            var slots = _slots.AsSpan(0, _slotCount).ToArray();
            var values = new string(_values, 0, _valuesLength);
            return new ShellScript(_s, records, slots, values, HasPipe, !HasStructure && records.Length == 1, map);
        }

        /// <summary>Lets go of everything the last script left behind, so the reused state holds no references.</summary>
        public void End()
        {
            _slotCount = 0;
            _valuesLength = 0;
            _s = "";
            _length = 0;
            _heredocs?.Clear();
            // The records hold name strings: cleared, so the reused state keeps none alive.
            _records.AsSpan(0, _recordCount).Clear();
            _recordCount = 0;
            TrimBuffers();
        }

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
                    SkipWord();
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
                SkipWord();
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
            SkipWord();
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
                SkipWord();
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
                SkipWord();
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
    }
}
