namespace CoursePlatform.Linting.Shell;

public static partial class ShellParser
{
    private sealed partial class State
    {
        /// <summary>Reads an expansion at a <c>$</c>; returns false when the <c>$</c> was a plain character.</summary>
        private bool ReadDollar(bool inDoubleQuotes)
        {
            var next = At(_pos + 1);
            switch (next)
            {
                case '(':
                {
                    var arithmeticEnd = At(_pos + 2) == '(' ? ArithmeticEnd(_pos + 2) : -1;
                    if (arithmeticEnd > 0)
                    {
                        _pos = arithmeticEnd;
                    }
                    else
                    {
                        _pos += 2;
                        ParseNested();
                    }
                    Append(Substitution);
                    return true;
                }
                case '{':
                    _pos += 2;
                    ReadBracedParameter(inDoubleQuotes);
                    return true;
                case '[':
                {
                    var close = _s.IndexOf(']', _pos + 2, _limit - _pos - 2);
                    _pos = close < 0 ? _limit : close + 1;
                    Append(Substitution);
                    return true;
                }
                case '\'' when !inDoubleQuotes:
                {
                    // $'...' (ANSI-C quoting): content kept as written.
                    var i = _pos + 2;
                    while (i < _limit && _s[i] != '\'')
                    {
                        i += _s[i] == '\\' ? 2 : 1;
                    }
                    var stop = Math.Min(i, _limit);
                    Append(_pos + 2, stop - _pos - 2);
                    _pos = Math.Min(stop + 1, _limit);
                    return true;
                }
                case '"' when !inDoubleQuotes:
                    // $"..." (locale string): the quote itself is read next.
                    _pos++;
                    return true;
            }
            if (IsNameStart(next))
            {
                var nameStart = _pos + 1;
                var i = nameStart;
                while (i < _limit && IsNameChar(_s[i]))
                {
                    i++;
                }
                Append("${");
                Append(nameStart, i - nameStart);
                Append('}');
                _pos = i;
                return true;
            }
            if (next is (>= '0' and <= '9') or '@' or '*' or '#' or '?' or '$' or '!' or '-')
            {
                Append("${");
                Append(next);
                Append('}');
                _pos += 2;
                return true;
            }
            Append('$');
            _pos++;
            return false;
        }

        /// <summary>After <c>${</c>: appends <c>${name}</c> and skips operators and words up to the matching brace.</summary>
        private void ReadBracedParameter(bool inDoubleQuotes)
        {
            if (At(_pos) is '#' or '!' && At(_pos + 1) is not ('}' or '\0'))
            {
                _pos++;
            }
            var nameStart = _pos;
            if (IsNameStart(At(_pos)))
            {
                while (_pos < _limit && IsNameChar(_s[_pos]))
                {
                    _pos++;
                }
            }
            else if (At(_pos) is >= '0' and <= '9')
            {
                while (At(_pos) is >= '0' and <= '9')
                {
                    _pos++;
                }
            }
            else if (At(_pos) is '@' or '*' or '#' or '?' or '$' or '!' or '-')
            {
                _pos++;
            }
            Append("${");
            Append(nameStart, _pos - nameStart);
            Append('}');

            var mark = _length;
            var depth = 1;
            while (_pos < _limit)
            {
                var c = _s[_pos];
                switch (c)
                {
                    case '}':
                        _pos++;
                        if (--depth == 0)
                        {
                            _length = mark;
                            return;
                        }
                        break;
                    case '\\':
                        _pos += 2;
                        break;
                    case '\'' when !inDoubleQuotes:
                    {
                        var close = _s.IndexOf('\'', _pos + 1, _limit - _pos - 1);
                        _pos = close < 0 ? _limit : close + 1;
                        break;
                    }
                    case '"':
                        ReadDoubleQuoted();
                        break;
                    case '`':
                        ReadBacktick();
                        break;
                    case '$' when At(_pos + 1) == '{':
                        depth++;
                        _pos += 2;
                        break;
                    case '$':
                        ReadDollar(inDoubleQuotes: true);
                        break;
                    default:
                        _pos++;
                        break;
                }
            }
            _pos = Math.Min(_pos, _limit);
            _length = mark;
        }

        /// <summary>After <c>$(</c> or <c>&lt;(</c>: parses the commands inside, then steps over the closing parenthesis.</summary>
        private void ParseNested()
        {
            if (_depth >= MaxDepth)
            {
                _pos = BalancedEnd(_pos - 1);
                return;
            }
            _depth++;
            ParseList(Closers.Paren);
            _depth--;
            if (At(_pos) == ')')
            {
                _pos++;
            }
        }

        /// <summary>At a backtick: parses the commands between it and the closing backtick in place.</summary>
        private void ReadBacktick()
        {
            var i = _pos + 1;
            while (i < _limit && _s[i] != '`')
            {
                i += _s[i] == '\\' ? 2 : 1;
            }
            var close = Math.Min(i, _limit);
            var outerLimit = _limit;
            _pos++;
            if (_depth < MaxDepth)
            {
                _depth++;
                _limit = close;
                ParseList(Closers.None);
                _limit = outerLimit;
                _depth--;
            }
            _pos = close < outerLimit ? close + 1 : outerLimit;
        }

        /// <summary>
        /// At the inner parenthesis of <c>((</c>: the offset after the closing <c>))</c> when the text reads as
        /// arithmetic, or -1 when the inner parenthesis closes alone (a subshell inside a substitution).
        /// </summary>
        private int ArithmeticEnd(int inner)
        {
            var depth = 1;
            for (var i = inner + 1; i < _limit; i++)
            {
                var c = _s[i];
                if (c == '(')
                {
                    depth++;
                }
                else if (c == ')' && --depth == 0)
                {
                    return At(i + 1) == ')' ? i + 2 : -1;
                }
            }
            return _limit;
        }

        /// <summary>At an opening parenthesis: the offset after its match (quotes respected), or the limit.</summary>
        private int BalancedEnd(int open)
        {
            var depth = 0;
            for (var i = open; i < _limit; i++)
            {
                switch (_s[i])
                {
                    case '(':
                        depth++;
                        break;
                    case ')':
                        if (--depth == 0)
                        {
                            return i + 1;
                        }
                        break;
                    case '\\':
                        i++;
                        break;
                    case '\'':
                    case '"':
                    {
                        var close = _s.IndexOf(_s[i], i + 1, _limit - i - 1);
                        if (close < 0)
                        {
                            return _limit;
                        }
                        i = close;
                        break;
                    }
                }
            }
            return _limit;
        }
    }
}
