using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Shell;

public static partial class ShellParser
{
    private sealed partial class State
    {
        private void ParseSimple(Closers closers)
        {
            var slot = _recordCount;
            string? name = null;
            // The words go straight to the end of the script's slots: the assignments, then the name, then the
            // arguments, each as its offsets plus, when the value is not the raw text, where the value lies among the
            // script's values. When a command nested in a word adds its own words after them, the words so far move
            // past those, so that each command's words stay in one piece.
            var first = _slotCount;
            var count = 0;
            var assignmentCount = 0;
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
                    if (name is not null && assignmentCount == 0 && count == 1 && At(NextNonBlank(_pos + 1)) == ')')
                    {
                        // name() body: a function definition, not a command.
                        _pos = NextNonBlank(_pos + 1) + 1;
                        HasStructure = true;
                        _records.AsSpan(slot, _recordCount - slot).Clear();
                        _recordCount = slot;
                        _slotCount = first;
                        SkipLinebreaks();
                        ParseCommand(closers);
                        return;
                    }
                    break;
                }
                // Only a digit, < or > (and &>, as a lone & ended the command above) can start a redirection.
                if (c is (>= '0' and <= '9') or '<' or '>' or '&' && IsRedirectStart())
                {
                    ParseRedirect();
                    if (_slotCount != first + count)
                    {
                        first = MoveWordsToEnd(first, count);
                    }
                    end = _pos;
                    continue;
                }
                var wordStart = _pos;
                var mark = _length;
                var changed = ScanWord();
                if (_slotCount != first + count)
                {
                    first = MoveWordsToEnd(first, count);
                }
                if (_pos == wordStart)
                {
                    _pos++;
                    continue;
                }
                end = _pos;
                var word = ShellWordSlot.Raw(wordStart, _pos);
                var value = default(ReadOnlySpan<char>);
                if (changed)
                {
                    value = Built(mark);
                    // A quoted word with nothing rewritten inside needs no copy: its value is the text between the quotes.
                    word = value.Length == _pos - wordStart - 2 && _s.AsSpan(wordStart + 1, value.Length).SequenceEqual(value)
                        ? ShellWordSlot.BetweenQuotes(wordStart, _pos)
                        : ShellWordSlot.Rewritten(wordStart, AppendValue(_pos - wordStart, value));
                }
                if (name is null)
                {
                    if (AssignmentNameLength(_s.AsSpan(wordStart, _pos - wordStart)) > 0)
                    {
                        assignmentCount++;
                    }
                    else
                    {
                        name = changed ? Materialize(value) : Materialize(wordStart, _pos);
                    }
                }
                if (changed)
                {
                    _length = mark;
                }
                AddSlot(word);
                count++;
            }
            if (count == 0)
            {
                return;
            }
            // The command goes before the ones nested in its words, which were listed while it was being read.
            var argumentCount = name is null ? 0 : count - assignmentCount - 1;
            InsertRecord(slot, new ShellCommandRecord(name, end, first, assignmentCount, argumentCount));
        }

        /// <summary>The length of <c>NAME=</c>, <c>NAME+=</c> or <c>NAME[i]=</c> at the start of a raw word, or 0.</summary>
        private static int AssignmentNameLength(ReadOnlySpan<char> raw)
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
                var close = raw[i..].IndexOf(']');
                if (close < 0)
                {
                    return 0;
                }
                i += close + 1;
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
                SkipWord();
            }
        }

        private bool IsProcessSubstitutionStart() => At(_pos) is '<' or '>' && At(_pos + 1) == '(';

        private string ReadHeredocDelimiter()
        {
            var mark = _length;
            while (_pos < _limit && !IsWordEnd(_s[_pos]))
            {
                var c = _s[_pos];
                if (c is '\'' or '"')
                {
                    var close = _s.IndexOf(c, _pos + 1, _limit - _pos - 1);
                    var stop = close < 0 ? _limit : close;
                    Append(_pos + 1, stop - _pos - 1);
                    _pos = close < 0 ? _limit : close + 1;
                    continue;
                }
                if (c == '\\' && _pos + 1 < _limit)
                {
                    _pos++;
                    c = _s[_pos];
                }
                Append(c);
                _pos++;
            }
            var delimiter = Built(mark).ToString();
            _length = mark;
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
    }
}
