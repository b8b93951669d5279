namespace CoursePlatform.Linting.Semantics;

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
        var lexer = new VariableLexer(word ?? "", lookup, escape, options.RawQuotes, options.Lenient, options.SkipQuotes, options.SplitWords);
        return lexer.Run();
    }

    /// <summary>
    /// <see cref="Expand(string, Func{string, string?}, ExpansionOptions)"/>'s value alone: a word with nothing to
    /// expand or unquote is returned as it is, without a result object.
    /// </summary>
    public static string ExpandValue(string word, Func<string, string?> lookup, ExpansionOptions options = default)
    {
        var escape = options.Escape == '\0' ? '\\' : options.Escape;
        if (word is null || word.AsSpan().IndexOfAny('$', '\'', '"') < 0 && word.IndexOf(escape) < 0)
        {
            return word ?? "";
        }
        // The value does not depend on word splitting: no split state and no result object.
        return new VariableLexer(word, lookup, escape, options.RawQuotes, options.Lenient, options.SkipQuotes, split: false).Value();
    }

    /// <summary>
    /// <see cref="ExpandValue(string, Func{string, string?}, ExpansionOptions)"/> against a stage scope: the scope's
    /// lookup delegate is only made when the word needs the lexer.
    /// </summary>
    internal static string ExpandValue(string word, StageScope scope, ExpansionOptions options)
    {
        var escape = options.Escape == '\0' ? '\\' : options.Escape;
        if (word is null || word.AsSpan().IndexOfAny('$', '\'', '"') < 0 && word.IndexOf(escape) < 0)
        {
            return word ?? "";
        }
        return new VariableLexer(word, null, escape, options.RawQuotes, options.Lenient, options.SkipQuotes, split: false, scope: scope).Value();
    }

    /// <summary>
    /// <see cref="ExpandValue(string, StageScope, ExpansionOptions)"/> for callers that need to know whether the word
    /// expanded (<see cref="ExpansionResult.Succeeded"/>), without a result object or the references.
    /// </summary>
    internal static bool TryExpandValue(string word, StageScope scope, ExpansionOptions options, out string value)
    {
        var escape = options.Escape == '\0' ? '\\' : options.Escape;
        if (word.AsSpan().IndexOfAny('$', '\'', '"') < 0 && word.IndexOf(escape) < 0)
        {
            value = word;
            return true;
        }
        return new VariableLexer(word, null, escape, options.RawQuotes, options.Lenient, options.SkipQuotes, split: false, scope: scope).TryValue(out value);
    }

    /// <summary>
    /// <see cref="Expand(string, Func{string, string?}, ExpansionOptions)"/> against a stage scope (no delegate), for
    /// callers that read the value and words only: <see cref="ExpansionResult.References"/> is left empty.
    /// </summary>
    internal static ExpansionResult Expand(string word, StageScope scope, ExpansionOptions options)
    {
        var escape = options.Escape == '\0' ? '\\' : options.Escape;
        if (word.AsSpan().IndexOfAny('$', '\'', '"') < 0 && word.IndexOf(escape) < 0)
        {
            return new ExpansionResult(word, null, [], null);
        }
        return new VariableLexer(word, null, escape, options.RawQuotes, options.Lenient, options.SkipQuotes, options.SplitWords, scope: scope)
            .Run(recordReferences: false);
    }

    /// <summary>
    /// False when the lexer would return <paramref name="word"/> unchanged, with no reference and no error: it has
    /// no <c>$</c>, no quote and no escape token.
    /// </summary>
    internal static bool NeedsLexer(string word, char escape) => NeedsLexer(word.AsSpan(), escape);

    /// <summary><see cref="NeedsLexer(string, char)"/> of text read in place.</summary>
    internal static bool NeedsLexer(ReadOnlySpan<char> word, char escape)
        => word.IndexOfAny('$', '\'', '"') >= 0 || word.IndexOf(escape == '\0' ? '\\' : escape) >= 0;

    /// <summary>Expands against a dictionary of set variables.</summary>
    public static ExpansionResult Expand(string word, IReadOnlyDictionary<string, string> environment, ExpansionOptions options = default)
        => Expand(word, name => environment.TryGetValue(name, out var value) ? value : null, options);

    /// <summary>Every variable reference in a word (nothing is set; <c>${x:?}</c> does not stop the scan).</summary>
    public static IReadOnlyList<VariableReference> FindReferences(string word, char escape = '\\', bool rawQuotes = false)
        => References(word, static _ => null, new ExpansionOptions(escape, rawQuotes));

    /// <summary>
    /// The references a lenient <see cref="Expand(string, Func{string, string?}, ExpansionOptions)"/> finds (in the
    /// same order, with the same <see cref="VariableReference.IsSet"/>), without building the expanded text.
    /// </summary>
    internal static IReadOnlyList<VariableReference> References(string word, Func<string, string?> lookup, ExpansionOptions options)
    {
        if (word is null || !word.Contains('$'))
        {
            return [];
        }
        var escape = options.Escape == '\0' ? '\\' : options.Escape;
        return new VariableLexer(word, lookup, escape, options.RawQuotes, lenient: true, options.SkipQuotes, split: false, valueNeeded: false).References();
    }

    /// <summary>
    /// <see cref="References(string, Func{string, string?}, ExpansionOptions)"/> against a stage scope, into a list the
    /// caller clears and reuses (UndefinedVar checks many words per file).
    /// </summary>
    internal static void References(string word, StageScope scope, ExpansionOptions options, List<VariableReference> into)
    {
        if (word is null || !word.Contains('$'))
        {
            return;
        }
        var escape = options.Escape == '\0' ? '\\' : options.Escape;
        new VariableLexer(word, null, escape, options.RawQuotes, lenient: true, options.SkipQuotes, split: false, valueNeeded: false, scope)
            .References(into);
    }

    /// <summary>
    /// True when <see cref="References(string, Func{string, string?}, ExpansionOptions)"/> would find any reference,
    /// answered without a list or any text.
    /// </summary>
    internal static bool HasAnyReference(string word, ExpansionOptions options)
    {
        if (word is null || !word.Contains('$'))
        {
            return false;
        }
        var escape = options.Escape == '\0' ? '\\' : options.Escape;
        return new VariableLexer(word, null, escape, options.RawQuotes, lenient: true, options.SkipQuotes, split: false, valueNeeded: false).AnyReference();
    }

    /// <summary>
    /// Whether the reference at <paramref name="index"/> is the first unset one to its name in <paramref name="references"/>,
    /// which is what <see cref="ExpansionResult.Unmatched"/> keeps.
    /// </summary>
    internal static bool IsFirstUnmatched(IReadOnlyList<VariableReference> references, int index)
    {
        var reference = references[index];
        if (reference.IsSet)
        {
            return false;
        }
        for (var i = 0; i < index; i++)
        {
            if (!references[i].IsSet && references[i].Name == reference.Name)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>True when the word contains a variable reference at all (quotes and escapes honoured).</summary>
    public static bool HasReferences(string word, char escape = '\\')
        => word.Contains('$') && FindReferences(word, escape).Count > 0;
}
