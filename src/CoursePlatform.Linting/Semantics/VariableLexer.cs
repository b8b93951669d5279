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
    string text, Func<string, string?>? lookup, char escape, bool rawQuotes, bool lenient, bool skipQuotes, bool split, bool valueNeeded = true,
    StageScope? scope = null)
{
    // Created on the first reference: most expanded words are literal apart from quotes.
    private List<VariableReference>? _references;
    private int _pos;
    // Set when only the value is wanted: references are then not recorded (no list is made).
    private bool _skipReferences;
    // Every reference met, also those not recorded.
    private int _referenceCount;
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

    /// <summary>True when the scan meets a reference (before an error, if any), without recording or building anything.</summary>
    public bool AnyReference()
    {
        _skipReferences = true;
        ProcessUntil('\0', keepEscapes: false, topLevel: true);
        return _referenceCount > 0;
    }

    /// <summary><see cref="Value"/>, and whether the word expanded without an error.</summary>
    public bool TryValue(out string value)
    {
        value = Value();
        return _error is null;
    }

    public ExpansionResult Run(bool recordReferences = true)
    {
        _skipReferences = !recordReferences;
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

    // A scope answers itself, so a caller with one needs no delegate; with neither, nothing is set.
    private readonly string? Look(string name) => scope is not null ? scope.Lookup(name) : lookup?.Invoke(name);

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
        // A word that is one piece alone (a quoted string, one variable) is that piece: kept aside instead of being
        // copied into the builder and out again, and appended as soon as anything else follows.
        string? piece = null;
        while (!AtEnd && _error is null)
        {
            var c = text[_pos];
            if (stop != '\0' && c == stop)
            {
                _pos++;
                return Finish(result, piece);
            }
            if (c == '$')
            {
                var value = Dollar();
                Append(result, ref piece, value);
                if (topLevel)
                {
                    WordText(value, splittable: true);
                }
            }
            else if (c == '\'' && !skipQuotes)
            {
                var value = SingleQuoted();
                Append(result, ref piece, value);
                if (topLevel)
                {
                    WordText(value, splittable: false);
                }
            }
            else if (c == '"' && !skipQuotes)
            {
                if (result is not null && result.Length == 0 && piece is null || _word is not null && topLevel)
                {
                    // The quoted text becomes the piece, or is wanted alone for word splitting.
                    var value = DoubleQuoted(keepEscapes);
                    Append(result, ref piece, value);
                    if (topLevel)
                    {
                        WordText(value, splittable: false);
                    }
                }
                else
                {
                    // Read straight into this word's builder: no string for the quoted part. A malformed part adds
                    // nothing, as the part's own string would have been "".
                    Flush(result, ref piece);
                    var mark = result?.Length ?? 0;
                    if (!DoubleQuoted(keepEscapes, result) && result is not null)
                    {
                        result.Length = mark;
                    }
                }
            }
            else if (c == escape)
            {
                Flush(result, ref piece);
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
                Flush(result, ref piece);
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
        return Finish(result, piece);
    }

    private static void Append(StringBuilder? result, ref string? piece, string value)
    {
        if (result is null)
        {
            return;
        }
        if (piece is null && result.Length == 0)
        {
            piece = value;
            return;
        }
        Flush(result, ref piece);
        result.Append(value);
    }

    private static void Flush(StringBuilder? result, ref string? piece)
    {
        if (piece is not null)
        {
            result?.Append(piece);
            piece = null;
        }
    }

    // The word's text: the piece alone when nothing else was added (the builder goes back to the pool unused).
    private static string Finish(StringBuilder? builder, string? piece)
    {
        if (piece is null)
        {
            return Finish(builder);
        }
        if (builder is not null && builder.Length > 0)
        {
            builder.Insert(0, piece);
            return Finish(builder);
        }
        Finish(builder);
        return piece;
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
        var result = RentBuilder();
        var ok = DoubleQuoted(keepEscapes, result);
        var value = Finish(result);
        return ok ? value : "";
    }

    /// <summary>Reads a double-quoted part into <paramref name="result"/>; false on an error (the part is then "").</summary>
    private bool DoubleQuoted(bool keepEscapes, StringBuilder? result)
    {
        _pos++;
        if (rawQuotes)
        {
            result?.Append('"');
        }
        while (true)
        {
            if (AtEnd)
            {
                Fail("unexpected end of statement while looking for matching double-quote");
                return false;
            }
            var c = text[_pos];
            if (c == '"')
            {
                _pos++;
                if (rawQuotes)
                {
                    result?.Append('"');
                }
                return true;
            }
            if (c == '$')
            {
                var part = Dollar();
                result?.Append(part);
                if (_error is not null)
                {
                    return false;
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
        _referenceCount++;
        if (!_skipReferences)
        {
            (_references ??= []).Add(new VariableReference(name, start, Math.Max(_pos, start + 1), braced, modifier, set));
        }
    }
}
