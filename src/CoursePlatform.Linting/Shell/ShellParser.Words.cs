namespace CoursePlatform.Linting.Shell;

public static partial class ShellParser
{
    private sealed partial class State
    {
        private const string Substitution = "${VAR}";

        /// <summary>The characters <see cref="ScanWord"/> must look at: word ends, quotes, escapes, expansions.</summary>
        private static readonly System.Buffers.SearchValues<char> WordSpecials =
            System.Buffers.SearchValues.Create("\\'\"`$ \t\r\n;&|<>()");

        /// <summary>For each ASCII character, whether it is one of <see cref="WordSpecials"/>.</summary>
        private static readonly bool[] IsWordSpecial = Enumerable.Range(0, 128).Select(c => WordSpecials.Contains((char)c)).ToArray();

        /// <summary>
        /// Where the run of plain characters from <paramref name="from"/> ends (at the limit when it does not). Most
        /// words are short: their first characters are looked up one by one before a vector search takes over.
        /// </summary>
        private int PlainRunEnd(int from)
        {
            var text = _s.AsSpan(0, _limit);
            var special = IsWordSpecial;
            var stop = Math.Min(text.Length, from + 16);
            for (var i = from; i < stop; i++)
            {
                var c = text[i];
                if (c < (uint)special.Length && special[c])
                {
                    return i;
                }
            }
            if (stop == text.Length)
            {
                return stop;
            }
            var run = text[stop..].IndexOfAny(WordSpecials);
            return run < 0 ? text.Length : stop + run;
        }

        /// <summary>Steps over one word whose value nobody needs (its substitutions' commands still count).</summary>
        private void SkipWord()
        {
            var mark = _length;
            ScanWord();
            _length = mark;
        }

        /// <summary>
        /// Moves the cursor over one word. Returns false when the word's value is its raw text; otherwise the value
        /// has been appended to the buffer (from the length it had on entry).
        /// </summary>
        private bool ScanWord()
        {
            var start = _pos;
            var changed = false;
            while (_pos < _limit)
            {
                // Plain characters go in one run up to the next one that can end or rewrite the word.
                var runEnd = PlainRunEnd(_pos);
                if (runEnd > _pos)
                {
                    if (changed)
                    {
                        Append(_pos, runEnd - _pos);
                    }
                    _pos = runEnd;
                    if (_pos >= _limit)
                    {
                        break;
                    }
                }
                // Not a plain character: one of WordSpecials.
                var c = _s[_pos];
                if (IsWordEnd(c))
                {
                    if (c == '(' && _pos > start && _s[_pos - 1] == '=' && AssignmentNameLength(_s.AsSpan(start, _pos - start)) == _pos - start)
                    {
                        // name=(a b c): an array assignment keeps its parenthesised list.
                        var close = BalancedEnd(_pos);
                        if (changed)
                        {
                            Append(_pos, close - _pos);
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
                            Append(_pos, close - _pos);
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
                    Append(start, _pos - start);
                    changed = true;
                }
                switch (c)
                {
                    case '\\':
                        if (_pos + 1 >= _limit)
                        {
                            Append('\\');
                            _pos++;
                        }
                        else if (_s[_pos + 1] == '\n')
                        {
                            _pos += 2;
                        }
                        else
                        {
                            Append(_s[_pos + 1]);
                            _pos += 2;
                        }
                        break;
                    case '\'':
                    {
                        var close = _s.IndexOf('\'', _pos + 1, _limit - _pos - 1);
                        var stop = close < 0 ? _limit : close;
                        Append(_pos + 1, stop - _pos - 1);
                        _pos = close < 0 ? _limit : close + 1;
                        break;
                    }
                    case '"':
                        ReadDoubleQuoted();
                        break;
                    case '`':
                        ReadBacktick();
                        Append(Substitution);
                        break;
                    default:
                        ReadDollar(inDoubleQuotes: false);
                        break;
                }
            }
            return changed;
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
                SkipWord();
                if (_pos == before)
                {
                    return;
                }
            }
        }

        private static readonly System.Buffers.SearchValues<char> DoubleQuotedSpecials = System.Buffers.SearchValues.Create("\"\\$`");

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
                            Append(next);
                            _pos += 2;
                        }
                        else if (next == '\n')
                        {
                            _pos += 2;
                        }
                        else
                        {
                            Append('\\');
                            _pos++;
                        }
                        break;
                    }
                    case '$':
                        ReadDollar(inDoubleQuotes: true);
                        break;
                    case '`':
                        ReadBacktick();
                        Append(Substitution);
                        break;
                    default:
                    {
                        // Plain text up to the next quote, escape or expansion goes in one piece.
                        var run = _s.AsSpan(_pos, _limit - _pos).IndexOfAny(DoubleQuotedSpecials);
                        var runEnd = run < 0 ? _limit : _pos + run;
                        Append(_pos, runEnd - _pos);
                        _pos = runEnd;
                        break;
                    }
                }
            }
        }
    }
}
