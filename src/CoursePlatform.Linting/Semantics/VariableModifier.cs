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
