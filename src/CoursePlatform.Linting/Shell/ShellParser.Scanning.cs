namespace CoursePlatform.Linting.Shell;

public static partial class ShellParser
{
    private sealed partial class State
    {
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

        // The list, the pipeline and the command each peek at the same place before a command starts: the last
        // answer is kept, keyed by cursor and limit (the text does not change during a parse).
        private int _peekPos = -1;
        private int _peekLimit;
        private Keyword _peekKeyword;
        private int _peekLength;

        /// <summary>A reserved word at the cursor, if the cursor starts an unquoted word that is exactly one.</summary>
        private Keyword PeekKeyword(out int length)
        {
            if (_peekPos != _pos || _peekLimit != _limit)
            {
                _peekKeyword = ReadKeyword(out _peekLength);
                _peekPos = _pos;
                _peekLimit = _limit;
            }
            length = _peekLength;
            return _peekKeyword;
        }

        private Keyword ReadKeyword(out int length)
        {
            length = 0;
            if (_pos >= _limit || _s[_pos] is not ('i' or 't' or 'e' or 'f' or 's' or 'd' or 'w' or 'u' or 'c' or '{' or '}' or '!' or '[' or ']'))
            {
                return Keyword.None;
            }
            var i = _pos;
            var stop = Math.Min(_limit, _pos + 9);
            while (i < stop && IsKeywordChar(_s[i]))
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
