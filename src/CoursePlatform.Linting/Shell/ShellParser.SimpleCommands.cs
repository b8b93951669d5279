using System.Runtime.InteropServices;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Shell;

public static partial class ShellParser
{
    private sealed partial class State
    {
        private void ParseSimple(Closers closers)
        {
            var slot = Commands.Count;
            // The name word: its value, and its offsets (the start complemented when the value is not the raw text).
            string? name = null;
            var nameStart = 0;
            var nameEnd = 0;
            // Arguments and assignments gather at the end of the shared scratch lists (nested commands add and take
            // back their own after these marks) and are copied once into exact-size arrays.
            var argumentMark = _words.Count;
            var assignmentMark = _assignments.Count;
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
                    if (name is not null && _words.Count == argumentMark && _assignments.Count == assignmentMark
                        && At(NextNonBlank(_pos + 1)) == ')')
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
                var wordStart = _pos;
                var mark = _length;
                var changed = ScanWord();
                if (_pos == wordStart)
                {
                    _pos++;
                    continue;
                }
                if (start < 0)
                {
                    start = wordStart;
                }
                end = _pos;
                if (name is null && AssignmentNameLength(_s.AsSpan(wordStart, _pos - wordStart)) is > 0)
                {
                    var text = changed ? Built(mark) : _s.AsSpan(wordStart, _pos - wordStart);
                    var eq = text.IndexOf('=');
                    var nameLength = eq > 0 && text[eq - 1] == '+' ? eq - 1 : Math.Max(eq, 0);
                    _assignments.Add(new ShellAssignment(Materialize(text[..nameLength]), Materialize(text[(eq + 1)..]), wordStart, _pos));
                    _length = mark;
                    continue;
                }
                if (name is null)
                {
                    name = changed ? Materialize(Built(mark)) : Materialize(wordStart, _pos);
                    _length = mark;
                    nameStart = changed ? ~wordStart : wordStart;
                    nameEnd = _pos;
                    continue;
                }
                // Arguments stay offsets (plus the value, kept with the script's other values, when it is not the
                // raw text) until someone reads them.
                var valueStart = -1;
                var valueLength = 0;
                if (changed)
                {
                    valueStart = _valuesLength;
                    valueLength = _length - mark;
                    AppendValue(Built(mark));
                    _length = mark;
                }
                _words.Add(new ShellWordStore.Slot(wordStart, _pos, valueStart, valueLength));
            }
            var (first, count) = CommitWords(argumentMark);
            var assignments = TakeAssignments(assignmentMark);
            if (start >= 0)
            {
                _store ??= new ShellWordStore(_s);
                Commands.Insert(slot, new ShellCommand(_store, name, nameStart, nameEnd, first, count, assignments, start, end));
            }
        }

        /// <summary>Moves the words gathered from the mark into the script's store; returns where they now are.</summary>
        private (int First, int Count) CommitWords(int mark)
        {
            var count = _words.Count - mark;
            if (count == 0)
            {
                return (0, 0);
            }
            _store ??= new ShellWordStore(_s);
            var first = _slots.Count;
            _slots.AddRange(CollectionsMarshal.AsSpan(_words).Slice(mark, count));
            _words.RemoveRange(mark, count);
            return (first, count);
        }

        private ShellAssignment[] TakeAssignments(int mark)
        {
            var count = _assignments.Count - mark;
            if (count == 0)
            {
                return [];
            }
            var assignments = CollectionsMarshal.AsSpan(_assignments).Slice(mark, count).ToArray();
            _assignments.RemoveRange(mark, count);
            return assignments;
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
