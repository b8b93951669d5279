using System.Text;

namespace CoursePlatform.Linting.Semantics;

/// <summary>
/// BuildKit's variable lexer over one word: quotes, the escape token, word splitting and <c>$name</c> references.
/// The <c>${...}</c> forms are read in <c>VariableLexer.Substitution.cs</c>. A struct: one lives for one expansion.
/// </summary>
/// <remarks>
/// Without <c>valueNeeded</c> (lenient scans only) no text is built: the references, their order and any syntax
/// error do not depend on the expanded text, since a lenient scan never fails on a value.
/// </remarks>
internal partial struct VariableLexer(
    string text, Func<string, string?> lookup, char escape, bool rawQuotes, bool lenient, bool skipQuotes, bool split, bool valueNeeded = true,
    StageScope? scope = null)
{
    // Created on the first reference: most expanded words are literal apart from quotes.
    private List<VariableReference>? _references;
    private int _pos;
    // Set when only the value is wanted: references are then not recorded (no list is made).
    private bool _skipReferences;
    private string? _error;

    // Word splitting state (EXPOSE only): finished words and the current one.
    private readonly List<string>? _words = split ? [] : null;
    private readonly StringBuilder? _word = split ? new() : null;

    /// <summary>
    /// Scans the word for its references alone (see the remarks on the type), appending them to
    /// <paramref name="into"/> when given (a caller's reused list) or to a new list.
    /// </summary>
    public IReadOnlyList<VariableReference> References(List<VariableReference>? into = null)
    {
        _references = into;
        ProcessUntil('\0', keepEscapes: false, topLevel: true);
        return _references ?? (IReadOnlyList<VariableReference>)[];
    }

    /// <summary>The expanded text alone (partial when the word is malformed, as <see cref="ExpansionResult.Value"/>).</summary>
    public string Value()
    {
        _skipReferences = true;
        return ProcessUntil('\0', keepEscapes: false, topLevel: true);
    }

    public ExpansionResult Run()
    {
        var value = ProcessUntil('\0', keepEscapes: false, topLevel: true);
        if (_error is null && _word is { Length: > 0 })
        {
            _words!.Add(_word.ToString());
        }
        return new ExpansionResult(value, _words, _references ?? (IReadOnlyList<VariableReference>)[], _error);
    }

    // Builders for the pieces of one expansion, reused on the thread: a word is expanded for several rules of every
    // file, and each quoted part or nested ${...} needs a builder of its own while it is being read.
    [ThreadStatic]
    private static Stack<StringBuilder>? t_builders;

    // Null when no value is built: every append below is then skipped.
    private readonly StringBuilder? RentBuilder()
        => !valueNeeded ? null : t_builders is { Count: > 0 } pool ? pool.Pop() : new StringBuilder();

    private static string Finish(StringBuilder? builder)
    {
        if (builder is null)
        {
            return "";
        }
        var result = builder.ToString();
        if (builder.Capacity <= 1024)
        {
            builder.Clear();
            (t_builders ??= new Stack<StringBuilder>()).Push(builder);
        }
        return result;
    }

    private readonly bool AtEnd => _pos >= text.Length;

    private string Fail(string message)
    {
        _error ??= message;
        _pos = text.Length;
        return "";
    }

    private readonly void WordChar(char c, bool splittable)
    {
        if (_word is null)
        {
            return;
        }
        if (splittable && char.IsWhiteSpace(c))
        {
            if (_word.Length > 0)
            {
                _words!.Add(_word.ToString());
                _word.Clear();
            }
            return;
        }
        _word.Append(c);
    }

    private readonly void WordText(string s, bool splittable)
    {
        if (_word is null)
        {
            return;
        }
        foreach (var c in s)
        {
            WordChar(c, splittable);
        }
    }

    /// <summary>
    /// Processes text until <paramref name="stop"/> (outside quotes, unescaped) or the end. For nested words
    /// (<paramref name="topLevel"/> false) a missing stop character is an error.
    /// </summary>
    private string ProcessUntil(char stop, bool keepEscapes, bool topLevel)
    {
        var result = RentBuilder();
        while (!AtEnd && _error is null)
        {
            var c = text[_pos];
            if (stop != '\0' && c == stop)
            {
                _pos++;
                return Finish(result);
            }
            if (c == '$')
            {
                var value = Dollar();
                result?.Append(value);
                if (topLevel)
                {
                    WordText(value, splittable: true);
                }
            }
            else if (c == '\'' && !skipQuotes)
            {
                var value = SingleQuoted();
                result?.Append(value);
                if (topLevel)
                {
                    WordText(value, splittable: false);
                }
            }
            else if (c == '"' && !skipQuotes)
            {
                var value = DoubleQuoted(keepEscapes);
                result?.Append(value);
                if (topLevel)
                {
                    WordText(value, splittable: false);
                }
            }
            else if (c == escape)
            {
                _pos++;
                if (keepEscapes)
                {
                    result?.Append('\\');
                }
                else if (rawQuotes)
                {
                    result?.Append(c);
                }
                if (AtEnd)
                {
                    break;
                }
                var next = text[_pos++];
                result?.Append(next);
                if (topLevel)
                {
                    WordChar(next, splittable: false);
                }
            }
            else
            {
                _pos++;
                result?.Append(c);
                if (topLevel)
                {
                    WordChar(c, splittable: true);
                }
            }
        }
        if (!topLevel && _error is null)
        {
            Fail("syntax error: missing '}'");
        }
        return Finish(result);
    }

    private string SingleQuoted()
    {
        _pos++;
        var start = _pos;
        var end = text.IndexOf('\'', start);
        if (end < 0)
        {
            return Fail("unexpected end of statement while looking for matching single-quote");
        }
        _pos = end + 1;
        return !valueNeeded ? "" : rawQuotes ? text[(start - 1)..(end + 1)] : text[start..end];
    }

    private string DoubleQuoted(bool keepEscapes)
    {
        _pos++;
        var result = RentBuilder();
        if (rawQuotes)
        {
            result?.Append('"');
        }
        while (true)
        {
            if (AtEnd)
            {
                Finish(result);
                return Fail("unexpected end of statement while looking for matching double-quote");
            }
            var c = text[_pos];
            if (c == '"')
            {
                _pos++;
                if (rawQuotes)
                {
                    result?.Append('"');
                }
                return Finish(result);
            }
            if (c == '$')
            {
                var part = Dollar();
                result?.Append(part);
                if (_error is not null)
                {
                    Finish(result);
                    return "";
                }
                continue;
            }
            _pos++;
            if (c == escape && !AtEnd)
            {
                var next = text[_pos];
                if (next == '"' || next == '$' || next == escape)
                {
                    if (keepEscapes)
                    {
                        result?.Append('\\');
                    }
                    else if (rawQuotes)
                    {
                        result?.Append(c);
                    }
                    _pos++;
                    result?.Append(next);
                    continue;
                }
            }
            else if (c == escape)
            {
                continue;
            }
            result?.Append(c);
        }
    }

    private static bool IsSpecial(char c) => c is '@' or '*' or '#' or '?' or '-' or '$' or '!';

    private string ReadName()
    {
        var start = _pos;
        if (AtEnd)
        {
            return "";
        }
        var first = text[_pos];
        if (char.IsDigit(first))
        {
            while (!AtEnd && char.IsDigit(text[_pos]))
            {
                _pos++;
            }
            return text[start.._pos];
        }
        if (IsSpecial(first))
        {
            _pos++;
            return first.ToString();
        }
        while (!AtEnd && (char.IsLetterOrDigit(text[_pos]) || text[_pos] == '_'))
        {
            _pos++;
        }
        // A name the scope knows is taken from the scope: no new string for each reference to a known variable.
        return scope?.KnownName(text.AsSpan(start, _pos - start)) ?? text[start.._pos];
    }

    private void Record(string name, int start, bool braced, VariableModifier modifier, bool set)
    {
        if (!_skipReferences)
        {
            (_references ??= []).Add(new VariableReference(name, start, Math.Max(_pos, start + 1), braced, modifier, set));
        }
    }
}
