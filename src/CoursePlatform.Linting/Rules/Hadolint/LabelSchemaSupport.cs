using CoursePlatform.Linting.Configuration;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

/// <summary>
/// Value checks for hadolint's label schema (DL3052–DL3058) and the shared loop over typed labels.
/// The checks are written for this project and follow the named standards closely enough for a linter;
/// the SPDX check knows a compact list of common license ids rather than the full SPDX list.
/// </summary>
internal static class LabelSchemaSupport
{
    /// <summary>Reports every LABEL pair whose key has type <paramref name="type"/> in the schema and whose value fails <paramref name="isValid"/>.</summary>
    public static void CheckTypedLabels(RuleContext context, LabelType type, Func<string, bool> isValid, string messageFormat)
    {
        var schema = context.Options.LabelSchema;
        if (schema.Count == 0)
        {
            return;
        }
        foreach (var instruction in context.Instructions)
        {
            if (instruction is not LabelInstruction label)
            {
                continue;
            }
            foreach (var pair in label.Pairs)
            {
                if (schema.TryGetValue(pair.Name, out var declared) && declared == type && !isValid(pair.ValueText))
                {
                    context.Report(label, pair.Key, string.Format(System.Globalization.CultureInfo.InvariantCulture, messageFormat, pair.Name));
                }
            }
        }
    }

    /// <summary>An absolute URI in the sense of RFC 3986: <c>scheme:rest</c> with only URI characters and valid escapes.</summary>
    public static bool IsUrl(string value)
    {
        var colon = value.IndexOf(':');
        if (colon < 1 || !IsAsciiLetter(value[0]))
        {
            return false;
        }
        for (var i = 1; i < colon; i++)
        {
            var c = value[i];
            if (!IsAsciiLetter(c) && !char.IsAsciiDigit(c) && c is not ('+' or '-' or '.'))
            {
                return false;
            }
        }
        var fragment = false;
        for (var i = colon + 1; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '%')
            {
                if (i + 2 >= value.Length || !char.IsAsciiHexDigit(value[i + 1]) || !char.IsAsciiHexDigit(value[i + 2]))
                {
                    return false;
                }
                i += 2;
            }
            else if (c == '#')
            {
                if (fragment)
                {
                    return false;
                }
                fragment = true;
            }
            else if (!IsAsciiLetter(c) && !char.IsAsciiDigit(c) && "-._~:/?[]@!$&'()*+,;=".IndexOf(c) < 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>An RFC 3339 date-time: <c>2024-05-01T12:30:00Z</c>, optional fraction, <c>Z</c> or <c>±hh:mm</c> offset.</summary>
    public static bool IsRfc3339(string value)
    {
        var s = value.AsSpan();
        if (s.Length < 20 || s[4] != '-' || s[7] != '-' || s[10] is not ('T' or 't') || s[13] != ':' || s[16] != ':')
        {
            return false;
        }
        if (!Number(s, 0, 4, out var year) || !Number(s, 5, 2, out var month) || !Number(s, 8, 2, out var day)
            || !Number(s, 11, 2, out var hour) || !Number(s, 14, 2, out var minute) || !Number(s, 17, 2, out var second))
        {
            return false;
        }
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Max(year, 1), month)
            || hour > 23 || minute > 59 || second > 60)
        {
            return false;
        }
        var i = 19;
        if (s[i] == '.')
        {
            var start = ++i;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
            }
            if (i == start)
            {
                return false;
            }
        }
        if (i == s.Length - 1 && s[i] is 'Z' or 'z')
        {
            return true;
        }
        return i == s.Length - 6 && s[i] is '+' or '-' && s[i + 3] == ':'
            && Number(s, i + 1, 2, out var offsetHours) && Number(s, i + 4, 2, out var offsetMinutes)
            && offsetHours <= 23 && offsetMinutes <= 59;
    }

    /// <summary>A single SPDX license id from <see cref="SpdxIds"/> (case-sensitive, no expressions).</summary>
    public static bool IsSpdx(string value) => SpdxIds.Contains(value);

    /// <summary>A short (7) or full (40) lower-case hexadecimal git commit hash.</summary>
    public static bool IsGitHash(string value)
    {
        if (value.Length is not (7 or 40))
        {
            return false;
        }
        foreach (var c in value)
        {
            if (c is not ((>= '0' and <= '9') or (>= 'a' and <= 'f')))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A Semantic Versioning 2.0.0 version: <c>1.2.3</c>, optional <c>-pre.release</c> and <c>+build</c>.</summary>
    public static bool IsSemver(string value)
    {
        var plus = value.IndexOf('+');
        var core = plus >= 0 ? value.AsSpan(0, plus) : value.AsSpan();
        if (plus >= 0 && !Identifiers(value.AsSpan(plus + 1), allowLeadingZeros: true))
        {
            return false;
        }
        var dash = core.IndexOf('-');
        if (dash >= 0 && !Identifiers(core[(dash + 1)..], allowLeadingZeros: false))
        {
            return false;
        }
        var version = dash >= 0 ? core[..dash] : core;
        var parts = 0;
        foreach (var range in version.Split('.'))
        {
            var part = version[range];
            if (part.Length == 0 || !AllDigits(part) || part.Length > 1 && part[0] == '0')
            {
                return false;
            }
            parts++;
        }
        return parts == 3;
    }

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
            else if (!IsAsciiLetter(c) && !char.IsAsciiDigit(c) && "!#$%&'*+-/=?^_`{|}~".IndexOf(c) < 0)
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

    private static bool Identifiers(ReadOnlySpan<char> text, bool allowLeadingZeros)
    {
        foreach (var range in text.Split('.'))
        {
            var identifier = text[range];
            if (identifier.Length == 0)
            {
                return false;
            }
            foreach (var c in identifier)
            {
                if (!IsAsciiLetter(c) && !char.IsAsciiDigit(c) && c != '-')
                {
                    return false;
                }
            }
            if (!allowLeadingZeros && identifier.Length > 1 && identifier[0] == '0' && AllDigits(identifier))
            {
                return false;
            }
        }
        return true;
    }

    private static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }
        return true;
    }

    private static bool Number(ReadOnlySpan<char> text, int start, int length, out int value)
    {
        value = 0;
        if (start + length > text.Length)
        {
            return false;
        }
        for (var i = start; i < start + length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
            value = value * 10 + (text[i] - '0');
        }
        return true;
    }

    private static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    /// <summary>
    /// Common SPDX license ids (a compact subset of the SPDX License List, including the deprecated
    /// <c>GPL-2.0</c>-style ids that are still widely used). Ids outside this list are reported as unknown.
    /// </summary>
    private static readonly HashSet<string> SpdxIds = new(StringComparer.Ordinal)
    {
        "0BSD", "AFL-3.0", "AGPL-1.0", "AGPL-3.0", "AGPL-3.0-only", "AGPL-3.0-or-later", "Apache-1.0", "Apache-1.1",
        "Apache-2.0", "APSL-2.0", "Artistic-1.0", "Artistic-2.0", "Beerware", "BlueOak-1.0.0", "BSD-1-Clause",
        "BSD-2-Clause", "BSD-2-Clause-Patent", "BSD-3-Clause", "BSD-3-Clause-Clear", "BSD-4-Clause", "BSL-1.0",
        "BUSL-1.1", "bzip2-1.0.6", "CAL-1.0", "CC-BY-1.0", "CC-BY-2.0", "CC-BY-2.5", "CC-BY-3.0", "CC-BY-4.0",
        "CC-BY-NC-4.0", "CC-BY-NC-ND-4.0", "CC-BY-NC-SA-4.0", "CC-BY-ND-4.0", "CC-BY-SA-3.0", "CC-BY-SA-4.0",
        "CC0-1.0", "CDDL-1.0", "CDDL-1.1", "CECILL-2.1", "CPL-1.0", "ECL-2.0", "EFL-2.0", "Elastic-2.0",
        "EPL-1.0", "EPL-2.0", "EUPL-1.1", "EUPL-1.2", "FSFAP", "FTL", "GFDL-1.3-only", "GFDL-1.3-or-later",
        "GPL-1.0-only", "GPL-1.0-or-later", "GPL-2.0", "GPL-2.0-only", "GPL-2.0-or-later", "GPL-3.0",
        "GPL-3.0-only", "GPL-3.0-or-later", "HPND", "ICU", "IJG", "Imlib2", "IPL-1.0", "ISC", "LGPL-2.0",
        "LGPL-2.0-only", "LGPL-2.0-or-later", "LGPL-2.1", "LGPL-2.1-only", "LGPL-2.1-or-later", "LGPL-3.0",
        "LGPL-3.0-only", "LGPL-3.0-or-later", "Libpng", "libtiff", "LPL-1.02", "LPPL-1.3c", "MirOS", "MIT",
        "MIT-0", "MIT-CMU", "MPL-1.0", "MPL-1.1", "MPL-2.0", "MPL-2.0-no-copyleft-exception", "MS-PL", "MS-RL",
        "MulanPSL-2.0", "NCSA", "NTP", "ODbL-1.0", "OFL-1.1", "OpenSSL", "OSL-3.0", "PHP-3.0", "PHP-3.01",
        "PostgreSQL", "PSF-2.0", "Python-2.0", "Ruby", "SISSL", "Sleepycat", "SSPL-1.0", "Unicode-3.0",
        "Unicode-DFS-2016", "Unlicense", "UPL-1.0", "Vim", "W3C", "WTFPL", "X11", "XFree86-1.1", "Zlib",
        "ZPL-2.0", "ZPL-2.1",
    };
}
