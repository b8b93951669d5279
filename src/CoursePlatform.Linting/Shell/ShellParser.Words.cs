namespace CoursePlatform.Linting.Shell;

public static partial class ShellParser
{
    private sealed partial class State
    {
        private const string Substitution = "${VAR}";

        /// <summary>The characters <see cref="ReadWord"/> must look at: word ends, quotes, escapes, expansions.</summary>
        private static readonly System.Buffers.SearchValues<char> WordSpecials =
            System.Buffers.SearchValues.Create("\\'\"`$ \t\r\n;&|<>()");

        /// <summary>
        /// Reads one word at the cursor. Its value is built in <see cref="_sb"/> from a mark, so words read by
        /// nested substitutions (which append after the mark and cut back to their own) never disturb it.
        /// </summary>
        private ShellWord ReadWord()
        {
            var start = _pos;
            var mark = _sb.Length;
            // The value is only built once the word stops being its own raw text (quotes, escapes, expansions).
            var changed = false;
            while (_pos < _limit)
            {
                // Plain characters go in one run up to the next one that can end or rewrite the word.
                var run = _s.AsSpan(_pos, _limit - _pos).IndexOfAny(WordSpecials);
                var runEnd = run < 0 ? _limit : _pos + run;
                if (runEnd > _pos)
                {
                    if (changed)
                    {
                        _sb.Append(_s, _pos, runEnd - _pos);
                    }
                    _pos = runEnd;
                    if (_pos >= _limit)
                    {
                        break;
                    }
                }
                var c = _s[_pos];
                if (c is not ('\\' or '\'' or '"' or '`' or '$') && !IsWordEnd(c))
                {
                    if (changed)
                    {
                        _sb.Append(c);
                    }
                    _pos++;
                    continue;
                }
                if (IsWordEnd(c))
                {
                    if (c == '(' && _pos > start && _s[_pos - 1] == '=' && AssignmentNameLength(_s.AsSpan(start, _pos - start)) == _pos - start)
                    {
                        // name=(a b c): an array assignment keeps its parenthesised list.
                        var close = BalancedEnd(_pos);
                        if (changed)
                        {
                            _sb.Append(_s, _pos, close - _pos);
                        }
                        _pos = close;
                        continue;
                    }
                    if (c == '(' && _pos > start && _s[_pos - 1] is '@' or '!' or '+' or '*' or '?')
                    {
                        // Extended glob: @(a|b).
                        var close = BalancedEnd(_pos);
                        if (changed)
                        {
                            _sb.Append(_s, _pos, close - _pos);
                        }
                        _pos = close;
                        continue;
                    }
                    if (c is '<' or '>' && _pos == start && At(_pos + 1) == '(')
                    {
                        // Process substitution: its commands count, its text reads as nothing.
                        changed = true;
                        _pos += 2;
                        ParseNested();
                        continue;
                    }
                    break;
                }
                if (!changed)
                {
                    _sb.Append(_s, start, _pos - start);
                    changed = true;
                }
                switch (c)
                {
                    case '\\':
                        if (_pos + 1 >= _limit)
                        {
                            _sb.Append('\\');
                            _pos++;
                        }
                        else if (_s[_pos + 1] == '\n')
                        {
                            _pos += 2;
                        }
                        else
                        {
                            _sb.Append(_s[_pos + 1]);
                            _pos += 2;
                        }
                        break;
                    case '\'':
                    {
                        var close = _s.IndexOf('\'', _pos + 1, _limit - _pos - 1);
                        var stop = close < 0 ? _limit : close;
                        _sb.Append(_s, _pos + 1, stop - _pos - 1);
                        _pos = close < 0 ? _limit : close + 1;
                        break;
                    }
                    case '"':
                        ReadDoubleQuoted();
                        break;
                    case '`':
                        ReadBacktick();
                        _sb.Append(Substitution);
                        break;
                    default:
                        ReadDollar(inDoubleQuotes: false);
                        break;
                }
            }
            if (!changed)
            {
                // The value is the raw text: one string serves both.
                var raw = _s.Substring(start, _pos - start);
                return new ShellWord(raw, raw, start, _pos);
            }
            var value = _sb.ToString(mark, _sb.Length - mark);
            _sb.Length = mark;
            // The raw text is cut from the script only when someone asks for it.
            return ShellWord.FromScript(value, _s, start, _pos);
        }

        private void ReadWordsToEndOfLine()
        {
            while (true)
            {
                SkipBlanks();
                if (_pos >= _limit)
                {
                    return;
                }
                var c = _s[_pos];
                if (c == '#')
                {
                    SkipComment();
                    return;
                }
                if (IsWordEnd(c) && !IsProcessSubstitutionStart())
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

        private void ReadDoubleQuoted()
        {
            _pos++;
            while (_pos < _limit)
            {
                var c = _s[_pos];
                switch (c)
                {
                    case '"':
                        _pos++;
                        return;
                    case '\\':
                    {
                        var next = At(_pos + 1);
                        if (next is '$' or '`' or '"' or '\\')
                        {
                            _sb.Append(next);
                            _pos += 2;
                        }
                        else if (next == '\n')
                        {
                            _pos += 2;
                        }
                        else
                        {
                            _sb.Append('\\');
                            _pos++;
                        }
                        break;
                    }
                    case '$':
                        ReadDollar(inDoubleQuotes: true);
                        break;
                    case '`':
                        ReadBacktick();
                        _sb.Append(Substitution);
                        break;
                    default:
                        _sb.Append(c);
                        _pos++;
                        break;
                }
            }
        }
    }
}
