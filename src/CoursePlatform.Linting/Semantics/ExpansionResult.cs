namespace CoursePlatform.Linting.Semantics;

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

    /// <summary>
    /// The result split into words the way EXPOSE splits it (unquoted whitespace separates) when the expansion ran
    /// with <see cref="ExpansionOptions.SplitWords"/>; otherwise the value split on any whitespace.
    /// </summary>
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
