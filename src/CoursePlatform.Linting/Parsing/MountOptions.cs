namespace CoursePlatform.Linting.Parsing;

/// <summary>
/// A mount's options in the order first written (a later value of a key replaces the earlier one in place, as in a
/// dictionary that is only added to): a few entries searched in turn, cheaper than a hash table for a handful.
/// </summary>
internal sealed class MountOptions : IReadOnlyDictionary<string, string?>
{
    private KeyValuePair<string, string?>[] _entries = new KeyValuePair<string, string?>[4];
    private int _count;

    public void Set(string key, string? value)
    {
        var at = IndexOf(key);
        if (at >= 0)
        {
            _entries[at] = new(key, value);
            return;
        }
        if (_count == _entries.Length)
        {
            Array.Resize(ref _entries, _count * 2);
        }
        _entries[_count++] = new(key, value);
    }

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        for (var i = 0; i < _count; i++)
        {
            if (_entries[i].Key == key)
            {
                return i;
            }
        }
        return -1;
    }

    public string? this[string key] =>
        IndexOf(key) is var at and >= 0 ? _entries[at].Value : throw new KeyNotFoundException($"The mount has no option '{key}'.");

    public IEnumerable<string> Keys => this.Select(entry => entry.Key);

    public IEnumerable<string?> Values => this.Select(entry => entry.Value);

    public int Count => _count;

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, out string? value)
    {
        var at = IndexOf(key);
        value = at >= 0 ? _entries[at].Value : null;
        return at >= 0;
    }

    public IEnumerator<KeyValuePair<string, string?>> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return _entries[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
