namespace CoursePlatform.Linting.Rules.Hadolint;

// RFC 5322 addresses for the email-typed labels (DL3058).
internal static partial class LabelSchemaSupport
{
    /// <summary>An RFC 5322 addr-spec: dot-atom or quoted local part, <c>@</c>, dot-atom or <c>[literal]</c> domain.</summary>
    public static bool IsEmail(string value)
    {
        var at = value.LastIndexOf('@');
        if (at < 1 || at == value.Length - 1)
        {
            return false;
        }
        var local = value.AsSpan(0, at);
        var domain = value.AsSpan(at + 1);
        var localOk = local[0] == '"' ? IsQuotedString(local) : IsDotAtom(local);
        var domainOk = domain[0] == '[' ? IsDomainLiteral(domain) : IsDotAtom(domain);
        return localOk && domainOk;
    }

    private static bool IsDotAtom(ReadOnlySpan<char> text)
    {
        if (text.Length == 0 || text[0] == '.' || text[^1] == '.')
        {
            return false;
        }
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '.')
            {
                if (text[i - 1] == '.')
                {
                    return false;
                }
            }
            else if (!char.IsAsciiLetter(c) && !char.IsAsciiDigit(c) && "!#$%&'*+-/=?^_`{|}~".IndexOf(c) < 0)
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsQuotedString(ReadOnlySpan<char> text)
    {
        if (text.Length < 2 || text[^1] != '"')
        {
            return false;
        }
        for (var i = 1; i < text.Length - 1; i++)
        {
            var c = text[i];
            if (c == '\\')
            {
                i++;
                if (i >= text.Length - 1)
                {
                    return false;
                }
            }
            else if (c == '"' || c < ' ' && c != '\t' || c > '~')
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsDomainLiteral(ReadOnlySpan<char> text)
    {
        if (text.Length < 2 || text[^1] != ']')
        {
            return false;
        }
        foreach (var c in text[1..^1])
        {
            if (c is '[' or ']' or '\\' || c < '!' || c > '~')
            {
                return false;
            }
        }
        return true;
    }
}
