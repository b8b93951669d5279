namespace CoursePlatform.Linting.Shell;

public static partial class ShellParser
{
    private sealed partial class State
    {
        /// <summary>Past this many characters a buffer is not kept for the next script (one huge script must not pin it).</summary>
        private const int KeptBufferLimit = 16 * 1024;

        /// <summary>
        /// Word values that differ from their raw text are built here from a mark, so words read by nested
        /// substitutions (which append after the mark and cut back to their own) never disturb an outer one.
        /// </summary>
        private char[] _chars = new char[256];
        private int _length;

        /// <summary>Every command's words, one command after the other; copied into the script when the parse ends.</summary>
        private ShellWordSlot[] _slots = new ShellWordSlot[64];
        private int _slotCount;

        /// <summary>The commands found so far, in the order the script lists them (copied out when the parse ends).</summary>
        private ShellCommandRecord[] _records = new ShellCommandRecord[32];
        private int _recordCount;

        /// <summary>The values of the words that had to be rewritten, each after its lengths, for the script.</summary>
        private char[] _values = new char[256];
        private int _valuesLength;

        private ReadOnlySpan<char> Built(int mark) => _chars.AsSpan(mark, _length - mark);

        private void Append(char c)
        {
            if (_length == _chars.Length)
            {
                Grow(1);
            }
            _chars[_length++] = c;
        }

        private void Append(ReadOnlySpan<char> text)
        {
            if (text.Length > _chars.Length - _length)
            {
                Grow(text.Length);
            }
            text.CopyTo(_chars.AsSpan(_length));
            _length += text.Length;
        }

        private void Append(int start, int count) => Append(_s.AsSpan(start, count));

        /// <summary>
        /// Adds a rewritten value after the raw length of its word and its own length (two characters each, low half
        /// first); returns where the lengths start.
        /// </summary>
        private int AppendValue(int rawLength, ReadOnlySpan<char> value)
        {
            if (value.Length + 4 > _values.Length - _valuesLength)
            {
                Array.Resize(ref _values, Math.Max(_values.Length * 2, _valuesLength + value.Length + 4));
            }
            var at = _valuesLength;
            _values[at] = (char)rawLength;
            _values[at + 1] = (char)(rawLength >> 16);
            _values[at + 2] = (char)value.Length;
            _values[at + 3] = (char)(value.Length >> 16);
            value.CopyTo(_values.AsSpan(at + 4));
            _valuesLength = at + 4 + value.Length;
            return at;
        }

        private void AddSlot(in ShellWordSlot word)
        {
            if (_slotCount == _slots.Length)
            {
                Array.Resize(ref _slots, _slots.Length * 2);
            }
            _slots[_slotCount++] = word;
        }

        /// <summary>
        /// Copies the <paramref name="count"/> words at <paramref name="first"/> to the end of the slots (the old
        /// copies are left unused); returns where they now start.
        /// </summary>
        private int MoveWordsToEnd(int first, int count)
        {
            if (count > _slots.Length - _slotCount)
            {
                Array.Resize(ref _slots, Math.Max(_slots.Length * 2, _slotCount + count));
            }
            var to = _slotCount;
            _slots.AsSpan(first, count).CopyTo(_slots.AsSpan(to));
            _slotCount += count;
            return to;
        }

        /// <summary>Puts a command at <paramref name="index"/>, before the ones listed after it was begun.</summary>
        private void InsertRecord(int index, in ShellCommandRecord record)
        {
            if (_recordCount == _records.Length)
            {
                Array.Resize(ref _records, _records.Length * 2);
            }
            if (index < _recordCount)
            {
                _records.AsSpan(index, _recordCount - index).CopyTo(_records.AsSpan(index + 1));
            }
            _records[index] = record;
            _recordCount++;
        }

        private void Grow(int needed) => Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + needed));

        private void TrimBuffers()
        {
            if (_chars.Length > KeptBufferLimit)
            {
                _chars = new char[256];
            }
            if (_values.Length > KeptBufferLimit)
            {
                _values = new char[256];
            }
            if (_slots.Length > KeptBufferLimit / 16)
            {
                _slots = new ShellWordSlot[64];
            }
            if (_records.Length > KeptBufferLimit / 16)
            {
                _records = new ShellCommandRecord[32];
            }
        }

        /// <summary>A value string: a shared instance for frequent words, else a new one.</summary>
        private static string Materialize(ReadOnlySpan<char> value) => ShellWordTable.Find(value) ?? new string(value);

        /// <summary>A value that is the script's own text from start to end.</summary>
        private string Materialize(int start, int end) =>
            ShellWordTable.Find(_s.AsSpan(start, end - start)) ?? _s.Substring(start, end - start);
    }
}
