using System.Text;

namespace CoursePlatform.Linting.Semantics;

/// <summary>The operator of a <c>${name...}</c> substitution.</summary>
public enum VariableModifier
{
    /// <summary><c>$name</c> or <c>${name}</c>.</summary>
    None,

    /// <summary><c>${name:-word}</c>: word when unset or empty.</summary>
    DefaultIfUnsetOrEmpty,

    /// <summary><c>${name-word}</c>: word when unset.</summary>
    DefaultIfUnset,

    /// <summary><c>${name:+word}</c>: word when set and non-empty, else empty.</summary>
    AlternativeIfNonEmpty,

    /// <summary><c>${name+word}</c>: word when set, else empty.</summary>
    AlternativeIfSet,

    /// <summary><c>${name:?message}</c>: error when unset or empty.</summary>
    ErrorIfUnsetOrEmpty,

    /// <summary><c>${name?message}</c>: error when unset.</summary>
    ErrorIfUnset,

    /// <summary><c>${name#pattern}</c>.</summary>
    RemoveShortestPrefix,

    /// <summary><c>${name##pattern}</c>.</summary>
    RemoveLongestPrefix,

    /// <summary><c>${name%pattern}</c>.</summary>
    RemoveShortestSuffix,

    /// <summary><c>${name%%pattern}</c>.</summary>
    RemoveLongestSuffix,

    /// <summary><c>${name/pattern/replacement}</c>.</summary>
    ReplaceFirst,

    /// <summary><c>${name//pattern/replacement}</c>.</summary>
    ReplaceAll,
}

/// <summary>
/// One variable reference found in a word. <see cref="Start"/>..<see cref="End"/> are offsets into the word
/// covering <c>$name</c> or the whole <c>${...}</c> (up to the end of the word when the brace is missing).
/// </summary>
public readonly record struct VariableReference(string Name, int Start, int End, bool IsBraced, VariableModifier Modifier, bool IsSet)
{
    public int Length => End - Start;
}

/// <summary>The outcome of expanding one word. Never thrown: a malformed word gives <see cref="Error"/>.</summary>
public sealed class ExpansionResult(string value, IReadOnlyList<string>? words, IReadOnlyList<VariableReference> references, string? error)
{
    private IReadOnlyList<string>? _words = words;

    /// <summary>The expanded text with quotes removed (what the builder uses); partial when <see cref="Error"/> is set.</summary>
    public string Value { get; } = value;

    /// <summary>The result split into words the way EXPOSE splits it (unquoted whitespace separates).</summary>
    public IReadOnlyList<string> Words => _words ??= Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Every reference looked up, in the order the builder looks them up (nested words first).</summary>
    public IReadOnlyList<VariableReference> References { get; } = references;

    /// <summary>The builder's error text, e.g. <c>syntax error: missing '}'</c>, or null.</summary>
    public string? Error { get; } = error;

    public bool Succeeded => Error is null;

    /// <summary>References to names that were not set, one per name, in order of first appearance.</summary>
    public IReadOnlyList<VariableReference> Unmatched
    {
        get
        {
            List<VariableReference>? result = null;
            foreach (var reference in References)
            {
                if (reference.IsSet)
                {
                    continue;
                }
                result ??= [];
                var seen = false;
                foreach (var earlier in result)
                {
                    if (earlier.Name == reference.Name)
                    {
                        seen = true;
                        break;
                    }
                }
                if (!seen)
                {
                    result.Add(reference);
                }
            }
            return result ?? (IReadOnlyList<VariableReference>)[];
        }
    }
}

/// <summary>Options of the variable lexer.</summary>
/// <param name="Escape">The escape token (the Dockerfile's <c># escape=</c> value).</param>
/// <param name="RawQuotes">Quotes keep their meaning but stay in the result (the builder's RawQuotes mode).</param>
/// <param name="Lenient">Collect references without failing on <c>${x:?}</c> (for linting).</param>
/// <param name="SkipQuotes">Quote characters are ordinary text: <c>'$x'</c> expands (heredoc bodies).</param>
public readonly record struct ExpansionOptions(char Escape = '\\', bool RawQuotes = false, bool Lenient = false, bool SkipQuotes = false)
{
    /// <summary>
    /// How the builder expands the body of a COPY/ADD heredoc with an unquoted delimiter: quotes are not special and
    /// the escape token is always a backslash, whatever the escape directive says.
    /// </summary>
    public static ExpansionOptions Heredoc { get; } = new('\\', SkipQuotes: true);
}

/// <summary>
/// BuildKit's variable lexer: finds <c>$name</c>/<c>${name...}</c> references in a Dockerfile word and expands them,
/// honouring single quotes (literal), double quotes and the escape token.
/// </summary>
public static class VariableExpansion
{
    /// <summary>Expands <paramref name="word"/>; <paramref name="lookup"/> returns null for unset names.</summary>
    public static ExpansionResult Expand(string word, Func<string, string?> lookup, ExpansionOptions options = default)
    {
        var escape = options.Escape == '\0' ? '\\' : options.Escape;
        if (word is null || word.AsSpan().IndexOfAny('$', '\'', '"') < 0 && word.IndexOf(escape) < 0)
        {
            // Nothing to expand or unquote: the common case, answered without running the lexer.
            return new ExpansionResult(word ?? "", null, [], null);
        }
        var lexer = new Lexer(word ?? "", lookup, escape, options.RawQuotes, options.Lenient, options.SkipQuotes);
        return lexer.Run();
    }

    /// <summary>Expands against a dictionary of set variables.</summary>
    public static ExpansionResult Expand(string word, IReadOnlyDictionary<string, string> environment, ExpansionOptions options = default)
        => Expand(word, name => environment.TryGetValue(name, out var value) ? value : null, options);

    /// <summary>Every variable reference in a word (nothing is set; <c>${x:?}</c> does not stop the scan).</summary>
    public static IReadOnlyList<VariableReference> FindReferences(string word, char escape = '\\', bool rawQuotes = false)
        => Expand(word, static _ => null, new ExpansionOptions(escape, rawQuotes, Lenient: true)).References;

    /// <summary>True when the word contains a variable reference at all (quotes and escapes honoured).</summary>
    public static bool HasReferences(string word, char escape = '\\')
        => word.Contains('$') && FindReferences(word, escape).Count > 0;

    /// <summary>Shell-style glob match of the whole text (<c>*</c>, <c>?</c>, <c>\x</c> literal).</summary>
    internal static bool GlobMatch(string pattern, string text, int textStart, int textEnd)
    {
        int p = 0, t = textStart, starP = -1, starT = -1;
        while (t < textEnd)
        {
            if (p < pattern.Length)
            {
                var c = pattern[p];
                if (c == '*')
                {
                    starP = ++p;
                    starT = t;
                    continue;
                }
                if (c == '?')
                {
                    p++;
                    t++;
                    continue;
                }
                if (c == '\\' && p + 1 < pattern.Length)
                {
                    if (pattern[p + 1] == text[t])
                    {
                        p += 2;
                        t++;
                        continue;
                    }
                }
                else if (c == text[t])
                {
                    p++;
                    t++;
                    continue;
                }
            }
            if (starP < 0)
            {
                return false;
            }
            p = starP;
            t = ++starT;
        }
        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }
        return p == pattern.Length;
    }

    private sealed class Lexer(string text, Func<string, string?> lookup, char escape, bool rawQuotes, bool lenient, bool skipQuotes)
    {
        private readonly List<VariableReference> _references = [];
        private int _pos;
        private string? _error;

        // Word splitting state (EXPOSE): finished words and the current one.
        private readonly List<string> _words = [];
        private readonly StringBuilder _word = new();

        public ExpansionResult Run()
        {
            var value = ProcessUntil('\0', keepEscapes: false, topLevel: true, out _);
            if (_error is null && _word.Length > 0)
            {
                _words.Add(_word.ToString());
            }
            return new ExpansionResult(value, _words, _references, _error);
        }

        private bool AtEnd => _pos >= text.Length;

        private string Fail(string message)
        {
            _error ??= message;
            _pos = text.Length;
            return "";
        }

        private void WordChar(char c, bool splittable)
        {
            if (splittable && char.IsWhiteSpace(c))
            {
                if (_word.Length > 0)
                {
                    _words.Add(_word.ToString());
                    _word.Clear();
                }
                return;
            }
            _word.Append(c);
        }

        private void WordText(string s, bool splittable)
        {
            foreach (var c in s)
            {
                WordChar(c, splittable);
            }
        }

        /// <summary>
        /// Processes text until <paramref name="stop"/> (outside quotes, unescaped) or the end. For nested words
        /// (<paramref name="topLevel"/> false) a missing stop character is an error.
        /// </summary>
        private string ProcessUntil(char stop, bool keepEscapes, bool topLevel, out bool stopped)
        {
            stopped = false;
            var result = new StringBuilder();
            while (!AtEnd && _error is null)
            {
                var c = text[_pos];
                if (stop != '\0' && c == stop)
                {
                    _pos++;
                    stopped = true;
                    return result.ToString();
                }
                if (c == '$')
                {
                    var value = Dollar();
                    result.Append(value);
                    if (topLevel)
                    {
                        WordText(value, splittable: true);
                    }
                }
                else if (c == '\'' && !skipQuotes)
                {
                    var value = SingleQuoted();
                    result.Append(value);
                    if (topLevel)
                    {
                        WordText(value, splittable: false);
                    }
                }
                else if (c == '"' && !skipQuotes)
                {
                    var value = DoubleQuoted(keepEscapes);
                    result.Append(value);
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
                        result.Append('\\');
                    }
                    else if (rawQuotes)
                    {
                        result.Append(c);
                    }
                    if (AtEnd)
                    {
                        break;
                    }
                    var next = text[_pos++];
                    result.Append(next);
                    if (topLevel)
                    {
                        WordChar(next, splittable: false);
                    }
                }
                else
                {
                    _pos++;
                    result.Append(c);
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
            return result.ToString();
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
            return rawQuotes ? text[(start - 1)..(end + 1)] : text[start..end];
        }

        private string DoubleQuoted(bool keepEscapes)
        {
            _pos++;
            var result = new StringBuilder();
            if (rawQuotes)
            {
                result.Append('"');
            }
            while (true)
            {
                if (AtEnd)
                {
                    return Fail("unexpected end of statement while looking for matching double-quote");
                }
                var c = text[_pos];
                if (c == '"')
                {
                    _pos++;
                    if (rawQuotes)
                    {
                        result.Append('"');
                    }
                    return result.ToString();
                }
                if (c == '$')
                {
                    result.Append(Dollar());
                    if (_error is not null)
                    {
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
                            result.Append('\\');
                        }
                        else if (rawQuotes)
                        {
                            result.Append(c);
                        }
                        _pos++;
                        result.Append(next);
                        continue;
                    }
                }
                else if (c == escape)
                {
                    continue;
                }
                result.Append(c);
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
            return text[start.._pos];
        }

        private string? Lookup(string name) => lookup(name);

        private void Record(string name, int start, bool braced, VariableModifier modifier, bool set)
            => _references.Add(new VariableReference(name, start, Math.Max(_pos, start + 1), braced, modifier, set));

        private string Dollar()
        {
            var start = _pos;
            _pos++;
            if (AtEnd || text[_pos] != '{')
            {
                var name = ReadName();
                if (name.Length == 0)
                {
                    return "$";
                }
                var value = Lookup(name);
                Record(name, start, false, VariableModifier.None, value is not null);
                return value ?? "";
            }
            _pos++;
            if (AtEnd)
            {
                return Fail("syntax error: missing '}'");
            }
            if (text[_pos] is '{' or '}' or ':')
            {
                return Fail("syntax error: bad substitution");
            }
            var braced = ReadName();
            if (braced.Length == 0)
            {
                return Fail("syntax error: bad substitution");
            }
            if (AtEnd)
            {
                return Fail("syntax error: missing '}'");
            }
            var op = text[_pos++];
            switch (op)
            {
                case '}':
                {
                    var value = Lookup(braced);
                    Record(braced, start, true, VariableModifier.None, value is not null);
                    return value ?? "";
                }
                case ':':
                {
                    if (AtEnd)
                    {
                        return Fail("syntax error: missing '}'");
                    }
                    var second = text[_pos++];
                    var modifier = second switch
                    {
                        '-' => VariableModifier.DefaultIfUnsetOrEmpty,
                        '+' => VariableModifier.AlternativeIfNonEmpty,
                        '?' => VariableModifier.ErrorIfUnsetOrEmpty,
                        _ => VariableModifier.None,
                    };
                    if (modifier == VariableModifier.None)
                    {
                        return Fail($"unsupported modifier (:{second}) in substitution");
                    }
                    return WithWord(braced, start, modifier);
                }
                case '-':
                    return WithWord(braced, start, VariableModifier.DefaultIfUnset);
                case '+':
                    return WithWord(braced, start, VariableModifier.AlternativeIfSet);
                case '?':
                    return WithWord(braced, start, VariableModifier.ErrorIfUnset);
                case '#':
                case '%':
                {
                    var longest = !AtEnd && text[_pos] == op;
                    if (longest)
                    {
                        _pos++;
                    }
                    var pattern = ProcessUntil('}', keepEscapes: true, topLevel: false, out _);
                    if (_error is not null)
                    {
                        return "";
                    }
                    var value = Lookup(braced);
                    var modifier = op == '#'
                        ? longest ? VariableModifier.RemoveLongestPrefix : VariableModifier.RemoveShortestPrefix
                        : longest ? VariableModifier.RemoveLongestSuffix : VariableModifier.RemoveShortestSuffix;
                    Record(braced, start, true, modifier, value is not null);
                    return Trim(value ?? "", pattern, op == '#', longest);
                }
                case '/':
                {
                    var all = !AtEnd && text[_pos] == '/';
                    if (all)
                    {
                        _pos++;
                    }
                    var pattern = ProcessUntil('/', keepEscapes: true, topLevel: false, out var stopped, alsoStopOnBrace: true);
                    if (_error is not null)
                    {
                        return "";
                    }
                    var replacement = "";
                    if (stopped == StopKind.Slash)
                    {
                        replacement = ProcessUntil('}', keepEscapes: false, topLevel: false, out _);
                        if (_error is not null)
                        {
                            return "";
                        }
                    }
                    var value = Lookup(braced);
                    Record(braced, start, true, all ? VariableModifier.ReplaceAll : VariableModifier.ReplaceFirst, value is not null);
                    return Replace(value ?? "", pattern, replacement, all);
                }
                default:
                    return Fail($"unsupported modifier ({op}) in substitution");
            }
        }

        private enum StopKind
        {
            None,
            Slash,
            Brace,
        }

        /// <summary>Pattern of <c>${a/pattern/repl}</c>: ends at an unescaped <c>/</c>, or at <c>}</c> (no replacement).</summary>
        private string ProcessUntil(char stop, bool keepEscapes, bool topLevel, out StopKind stopped, bool alsoStopOnBrace)
        {
            stopped = StopKind.None;
            var result = new StringBuilder();
            while (!AtEnd && _error is null)
            {
                var c = text[_pos];
                if (c == stop)
                {
                    _pos++;
                    stopped = StopKind.Slash;
                    return result.ToString();
                }
                if (alsoStopOnBrace && c == '}')
                {
                    _pos++;
                    stopped = StopKind.Brace;
                    return result.ToString();
                }
                if (c == '$')
                {
                    result.Append(Dollar());
                }
                else if (c == '\'' && !skipQuotes)
                {
                    result.Append(SingleQuoted());
                }
                else if (c == '"' && !skipQuotes)
                {
                    result.Append(DoubleQuoted(keepEscapes));
                }
                else if (c == escape)
                {
                    _pos++;
                    if (keepEscapes)
                    {
                        result.Append('\\');
                    }
                    if (!AtEnd)
                    {
                        result.Append(text[_pos++]);
                    }
                }
                else
                {
                    _pos++;
                    result.Append(c);
                }
            }
            if (!topLevel && _error is null)
            {
                Fail("syntax error: missing '}'");
            }
            return result.ToString();
        }

        private string WithWord(string name, int start, VariableModifier modifier)
        {
            var word = ProcessUntil('}', keepEscapes: false, topLevel: false, out _);
            if (_error is not null)
            {
                return "";
            }
            var value = Lookup(name);
            Record(name, start, true, modifier, value is not null);
            var set = value is not null;
            var nonEmpty = !string.IsNullOrEmpty(value);
            switch (modifier)
            {
                case VariableModifier.DefaultIfUnsetOrEmpty:
                    return nonEmpty ? value! : word;
                case VariableModifier.DefaultIfUnset:
                    return set ? value! : word;
                case VariableModifier.AlternativeIfNonEmpty:
                    return nonEmpty ? word : "";
                case VariableModifier.AlternativeIfSet:
                    return set ? word : "";
                case VariableModifier.ErrorIfUnsetOrEmpty:
                case VariableModifier.ErrorIfUnset:
                    if (!set || modifier == VariableModifier.ErrorIfUnsetOrEmpty && !nonEmpty)
                    {
                        if (lenient)
                        {
                            return value ?? "";
                        }
                        var message = word.Length > 0 ? word : set ? "is not allowed to be empty" : "is not allowed to be unset";
                        return Fail($"{name}: {message}");
                    }
                    return value!;
                default:
                    return value ?? "";
            }
        }

        private static string Trim(string value, string pattern, bool prefix, bool longest)
        {
            if (prefix)
            {
                if (longest)
                {
                    for (var end = value.Length; end >= 0; end--)
                    {
                        if (GlobMatch(pattern, value, 0, end))
                        {
                            return value[end..];
                        }
                    }
                }
                else
                {
                    for (var end = 0; end <= value.Length; end++)
                    {
                        if (GlobMatch(pattern, value, 0, end))
                        {
                            return value[end..];
                        }
                    }
                }
                return value;
            }
            if (longest)
            {
                for (var start = 0; start <= value.Length; start++)
                {
                    if (GlobMatch(pattern, value, start, value.Length))
                    {
                        return value[..start];
                    }
                }
            }
            else
            {
                for (var start = value.Length; start >= 0; start--)
                {
                    if (GlobMatch(pattern, value, start, value.Length))
                    {
                        return value[..start];
                    }
                }
            }
            return value;
        }

        private static string Replace(string value, string pattern, string replacement, bool all)
        {
            if (pattern.Length == 0)
            {
                return value;
            }
            var result = new StringBuilder();
            var i = 0;
            var replaced = false;
            while (i <= value.Length)
            {
                var matchEnd = -1;
                if (!replaced || all)
                {
                    for (var end = value.Length; end >= i; end--)
                    {
                        if (GlobMatch(pattern, value, i, end))
                        {
                            matchEnd = end;
                            break;
                        }
                    }
                }
                if (matchEnd > i)
                {
                    result.Append(replacement);
                    i = matchEnd;
                    replaced = true;
                    continue;
                }
                if (i < value.Length)
                {
                    result.Append(value[i]);
                }
                i++;
            }
            return result.ToString();
        }
    }
}
