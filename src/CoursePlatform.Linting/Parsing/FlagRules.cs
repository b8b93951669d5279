using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Parsing;

internal enum FlagType
{
    String,
    /// <summary>A string flag that may be repeated.</summary>
    Strings,
    Bool,
}

/// <summary>Which flags each instruction accepts, and the checks the builder makes on them.</summary>
internal static class FlagRules
{
    private static readonly (string Name, FlagType Type)[] None = [];

    private static readonly (string, FlagType)[] From = [("platform", FlagType.String)];

    private static readonly (string, FlagType)[] Run =
    [
        ("mount", FlagType.Strings), ("network", FlagType.String), ("security", FlagType.String), ("device", FlagType.Strings),
    ];

    private static readonly (string, FlagType)[] Copy =
    [
        ("from", FlagType.String), ("chown", FlagType.String), ("chmod", FlagType.String), ("link", FlagType.Bool),
        ("parents", FlagType.Bool), ("exclude", FlagType.Strings),
    ];

    private static readonly (string, FlagType)[] Add =
    [
        ("chown", FlagType.String), ("chmod", FlagType.String), ("link", FlagType.Bool), ("keep-git-dir", FlagType.Bool),
        ("checksum", FlagType.String), ("unpack", FlagType.Bool), ("exclude", FlagType.Strings),
    ];

    private static readonly (string, FlagType)[] Healthcheck =
    [
        ("interval", FlagType.String), ("timeout", FlagType.String), ("start-period", FlagType.String),
        ("start-interval", FlagType.String), ("retries", FlagType.String),
    ];

    public static (string Name, FlagType Type)[] For(InstructionKind kind) => kind switch
    {
        InstructionKind.From => From,
        InstructionKind.Run => Run,
        InstructionKind.Copy => Copy,
        InstructionKind.Add => Add,
        InstructionKind.Healthcheck => Healthcheck,
        _ => None,
    };

    /// <summary>Every flag name some instruction accepts, once.</summary>
    private static readonly string[] AllNames =
        [.. new[] { From, Run, Copy, Add, Healthcheck }.SelectMany(flags => flags).Select(flag => flag.Item1).Distinct()];

    /// <summary>A flag name's text: the names some instruction accepts share one string.</summary>
    public static string NameText(ReadOnlySpan<char> name)
    {
        foreach (var candidate in AllNames)
        {
            if (name.SequenceEqual(candidate))
            {
                return candidate;
            }
        }
        return name.ToString();
    }

    /// <summary>Checks a Go duration (<c>30s</c>, <c>1m30s</c>, <c>0</c>); returns its length in nanoseconds.</summary>
    public static bool TryParseDuration(string text, out double nanoseconds)
    {
        nanoseconds = 0;
        var s = text.AsSpan();
        var negative = false;
        if (s.Length > 0 && s[0] is '-' or '+')
        {
            negative = s[0] == '-';
            s = s[1..];
        }
        if (s is "0")
        {
            return true;
        }
        if (s.IsEmpty)
        {
            return false;
        }
        while (!s.IsEmpty)
        {
            var i = 0;
            double value = 0;
            var digits = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                value = value * 10 + (s[i] - '0');
                i++;
                digits++;
            }
            if (i < s.Length && s[i] == '.')
            {
                i++;
                var scale = 0.1;
                while (i < s.Length && char.IsAsciiDigit(s[i]))
                {
                    value += (s[i] - '0') * scale;
                    scale /= 10;
                    i++;
                    digits++;
                }
            }
            if (digits == 0)
            {
                return false;
            }
            var unitStart = i;
            while (i < s.Length && s[i] != '.' && !char.IsAsciiDigit(s[i]))
            {
                i++;
            }
            double unit = s[unitStart..i] switch
            {
                "ns" => 1,
                "us" or "\u00b5s" or "\u03bcs" => 1e3,
                "ms" => 1e6,
                "s" => 1e9,
                "m" => 60e9,
                "h" => 3600e9,
                _ => -1,
            };
            if (unit < 0)
            {
                return false;
            }
            nanoseconds += value * unit;
            s = s[i..];
        }
        if (negative)
        {
            nanoseconds = -nanoseconds;
        }
        return true;
    }

    /// <summary>Go's <c>strconv.ParseBool</c>.</summary>
    public static bool TryParseBool(string text, out bool value)
    {
        switch (text)
        {
            case "1" or "t" or "T" or "TRUE" or "true" or "True":
                value = true;
                return true;
            case "0" or "f" or "F" or "FALSE" or "false" or "False":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    /// <summary>docker's <c>RAMInBytes</c> size syntax: <c>64m</c>, <c>1.5g</c>, <c>1024</c>, <c>10 MiB</c>.</summary>
    public static bool IsSize(string text)
    {
        var s = text.AsSpan();
        var i = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }
        if (i == 0)
        {
            return false;
        }
        while (i < s.Length && s[i] == '.')
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
        if (i < s.Length && s[i] == ' ')
        {
            i++;
        }
        if (i < s.Length && "kKmMgGtTpP".Contains(s[i]))
        {
            i++;
        }
        if (i < s.Length && s[i] is 'i' or 'I')
        {
            i++;
        }
        if (i < s.Length && s[i] is 'b' or 'B')
        {
            i++;
        }
        return i == s.Length;
    }

    public static bool IsUnsigned(string text, int radix)
    {
        if (text.Length == 0)
        {
            return false;
        }
        ulong value = 0;
        foreach (var c in text)
        {
            var digit = c - '0';
            if (digit < 0 || digit >= radix)
            {
                return false;
            }
            value = value * (ulong)radix + (ulong)digit;
            if (value > uint.MaxValue)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Splits a <c>--mount</c> value as CSV (double-quoted fields allowed); null when the CSV is malformed.</summary>
    public static List<string>? SplitCsv(string text)
    {
        var fields = new List<string>();
        var i = 0;
        while (true)
        {
            if (i < text.Length && text[i] == '"')
            {
                var sb = new System.Text.StringBuilder();
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        return null;
                    }
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            sb.Append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    sb.Append(text[i]);
                    i++;
                }
                fields.Add(sb.ToString());
                if (i >= text.Length)
                {
                    return fields;
                }
                if (text[i] != ',')
                {
                    return null;
                }
                i++;
                continue;
            }
            var comma = text.IndexOf(',', i);
            var end = comma < 0 ? text.Length : comma;
            if (text.IndexOf('"', i, end - i) >= 0)
            {
                return null;
            }
            fields.Add(text[i..end]);
            if (comma < 0)
            {
                return fields;
            }
            i = comma + 1;
        }
    }
}
