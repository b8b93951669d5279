using CoursePlatform.Linting.Configuration;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

/// <summary>
/// Value checks for hadolint's label schema (DL3052–DL3058) and the shared loop over typed labels.
/// The checks are written for this project and follow the named standards closely enough for a linter;
/// the SPDX check knows a compact list of common license ids rather than the full SPDX list.
/// </summary>
internal static partial class LabelSchemaSupport
{
    /// <summary>Reports every LABEL pair whose key has type <paramref name="type"/> in the schema and whose value fails <paramref name="isValid"/>.</summary>
    public static void CheckTypedLabels(RuleContext context, LabelType type, Func<string, bool> isValid, string messageFormat)
    {
        var schema = context.Options.LabelSchema;
        if (schema.Count == 0)
        {
            return;
        }
        foreach (var instruction in context.InstructionsOf(InstructionKind.Label))
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
        if (colon < 1 || !char.IsAsciiLetter(value[0]))
        {
            return false;
        }
        for (var i = 1; i < colon; i++)
        {
            var c = value[i];
            if (!char.IsAsciiLetter(c) && !char.IsAsciiDigit(c) && c is not ('+' or '-' or '.'))
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
            else if (!char.IsAsciiLetter(c) && !char.IsAsciiDigit(c) && "-._~:/?[]@!$&'()*+,;=".IndexOf(c) < 0)
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
                if (!char.IsAsciiLetter(c) && !char.IsAsciiDigit(c) && c != '-')
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
}
