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

        /// <summary>The words of the commands being read gather here; each command moves its own out from a mark.</summary>
        private readonly List<ShellWordSlot> _words = new(32);

        /// <summary>Every command's words, one command after the other; copied into the script when the parse ends.</summary>
        private readonly List<ShellWordSlot> _slots = new(64);

        /// <summary>The values of the words that are not their raw text, for the script.</summary>
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

        private void AppendValue(ReadOnlySpan<char> value)
        {
            if (value.Length > _values.Length - _valuesLength)
            {
                Array.Resize(ref _values, Math.Max(_values.Length * 2, _valuesLength + value.Length));
            }
            value.CopyTo(_values.AsSpan(_valuesLength));
            _valuesLength += value.Length;
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
            if (_words.Capacity > KeptBufferLimit / 16)
            {
                _words.Capacity = 32;
            }
            if (_slots.Capacity > KeptBufferLimit / 16)
            {
                _slots.Capacity = 64;
            }
            if (_records.Capacity > KeptBufferLimit / 16)
            {
                _records.Capacity = 32;
            }
        }

        /// <summary>A value string: a shared instance for frequent words, else a new one.</summary>
        private static string Materialize(ReadOnlySpan<char> value) => ShellWordTable.Find(value) ?? new string(value);

        /// <summary>A value that is the script's own text from start to end.</summary>
        private string Materialize(int start, int end) =>
            ShellWordTable.Find(_s.AsSpan(start, end - start)) ?? _s.Substring(start, end - start);
    }
}
