namespace CoursePlatform.Linting.Rules;

/// <summary>The kinds of <c># hadolint ...</c> comments.</summary>
public enum HadolintPragmaKind
{
    Ignore,
    GlobalIgnore,
    StageIgnore,
    Shell,
}

/// <summary>
/// A parsed <c># hadolint ignore=...</c>, <c>global ignore=</c>, <c>stage ignore=</c> or <c>shell=</c> comment.
/// </summary>
/// <remarks>
/// Grammar (after the <c>#</c>): spaces or tabs, <c>hadolint</c>, at least one space or tab, then the form.
/// Codes are separated by commas, with optional spaces around <c>=</c> and <c>,</c>; after the list only
/// whitespace and an optional <c># reason</c> may follow, anything else makes the whole pragma invalid.
/// A code made of the characters <c>D L S C 0-9</c> is accepted as hadolint does; other codes (letters, for
/// BuildKit names such as <c>JSONArgsRecommended</c>) are accepted only when they name a known rule — so a typo
/// such as <c>ignore=crazy,DL3002</c> still invalidates the pragma, as in hadolint.
/// </remarks>
public sealed record HadolintPragma(HadolintPragmaKind Kind, IReadOnlyList<string> Codes, string? Shell)
{
    /// <summary>Parses a comment's text after the <c>#</c>; null when it is not a valid pragma.</summary>
    public static HadolintPragma? Parse(string content, IReadOnlySet<string> knownNames)
    {
        var reader = new PragmaReader(content);
        reader.SkipBlanks();
        if (!reader.Take("hadolint") || reader.SkipBlanks() == 0)
        {
            return null;
        }
        HadolintPragmaKind kind;
        if (reader.Take("global"))
        {
            if (reader.SkipBlanks() == 0 || !reader.Take("ignore"))
            {
                return null;
            }
            kind = HadolintPragmaKind.GlobalIgnore;
        }
        else if (reader.Take("stage"))
        {
            if (reader.SkipBlanks() == 0 || !reader.Take("ignore"))
            {
                return null;
            }
            kind = HadolintPragmaKind.StageIgnore;
        }
        else if (reader.Take("ignore"))
        {
            kind = HadolintPragmaKind.Ignore;
        }
        else if (reader.Take("shell"))
        {
            reader.SkipBlanks();
            if (!reader.Take("="))
            {
                return null;
            }
            reader.SkipBlanks();
            var shell = reader.TakeWhile(static c => c is not (' ' or '\t' or '#'));
            return shell.Length > 0 && reader.AtEndOrComment() ? new HadolintPragma(HadolintPragmaKind.Shell, [], shell) : null;
        }
        else
        {
            return null;
        }
        reader.SkipBlanks();
        if (!reader.Take("="))
        {
            return null;
        }
        var codes = new List<string>();
        while (true)
        {
            reader.SkipBlanks();
            var code = reader.TakeWhile(static c => char.IsAsciiLetterOrDigit(c));
            if (code.Length == 0 || !IsValidCode(code, knownNames))
            {
                return null;
            }
            codes.Add(code);
            reader.SkipBlanks();
            if (!reader.Take(","))
            {
                break;
            }
        }
        return reader.AtEndOrComment() ? new HadolintPragma(kind, codes, null) : null;
    }

    private static bool IsValidCode(string code, IReadOnlySet<string> knownNames)
    {
        foreach (var c in code)
        {
            if (c is not ('D' or 'L' or 'S' or 'C') && !char.IsAsciiDigit(c))
            {
                return knownNames.Contains(code);
            }
        }
        return true;
    }

    private ref struct PragmaReader(string text)
    {
        private int _position;

        public int SkipBlanks()
        {
            var start = _position;
            while (_position < text.Length && text[_position] is ' ' or '\t')
            {
                _position++;
            }
            return _position - start;
        }

        public bool Take(string literal)
        {
            if (_position + literal.Length <= text.Length && string.CompareOrdinal(text, _position, literal, 0, literal.Length) == 0)
            {
                _position += literal.Length;
                return true;
            }
            return false;
        }

        public string TakeWhile(Func<char, bool> predicate)
        {
            var start = _position;
            while (_position < text.Length && predicate(text[_position]))
            {
                _position++;
            }
            return text[start.._position];
        }

        public bool AtEndOrComment()
        {
            while (_position < text.Length && char.IsWhiteSpace(text[_position]))
            {
                _position++;
            }
            return _position >= text.Length || text[_position] == '#';
        }
    }
}
