using System.Text;

namespace CoursePlatform.Linting.Parsing;

internal enum JsonArrayKind
{
    /// <summary>Not a valid JSON array: the text is shell form.</summary>
    NotJson,

    /// <summary>A valid array of strings: exec form.</summary>
    Strings,

    /// <summary>A valid array with a non-string element: a parse error.</summary>
    NonString,
}

/// <summary>One string element of a JSON array: its literal's offsets (quotes included) and decoded value.</summary>
internal readonly record struct JsonElement(int Start, int End, string Value);

/// <summary>
/// Reads an exec-form argument list: the whole text must be one JSON array (RFC 8259 grammar, as Go's
/// decoder accepts it). Elements are reported with their offsets so every one gets a source span.
/// </summary>
internal static class JsonArrayReader
{
    private const int MaxDepth = 256;

    /// <summary>
    /// Reads the array; with no <paramref name="elements"/> list the kind is found without decoding any string
    /// (for instructions that make their words on first use).
    /// </summary>
    public static JsonArrayKind Read(ReadOnlySpan<char> text, int start, int end, List<JsonElement>? elements)
    {
        elements?.Clear();
        if (start >= end || text[start] != '[')
        {
            return JsonArrayKind.NotJson;
        }
        var reader = new Reader(text, end);
        var pos = start;
        var nonString = false;
        if (!reader.Array(ref pos, 0, elements, ref nonString))
        {
            elements?.Clear();
            return JsonArrayKind.NotJson;
        }
        pos = reader.SkipWhitespace(pos);
        if (pos != end)
        {
            elements?.Clear();
            return JsonArrayKind.NotJson;
        }
        if (nonString)
        {
            elements?.Clear();
            return JsonArrayKind.NonString;
        }
        return JsonArrayKind.Strings;
    }

    private readonly ref struct Reader
    {
        private readonly ReadOnlySpan<char> text;
        private readonly int end;

        public Reader(ReadOnlySpan<char> text, int end)
        {
            this.text = text;
            this.end = end;
        }

        public int SkipWhitespace(int pos)
        {
            while (pos < end && text[pos] is ' ' or '\t' or '\n' or '\r')
            {
                pos++;
            }
            return pos;
        }

        private enum After
        {
            Next,
            Closed,
            Invalid,
        }

        /// <summary>After a member: a comma continues the container, its closer ends it, anything else is invalid.</summary>
        private After Separator(ref int pos, char closer)
        {
            pos = SkipWhitespace(pos);
            if (pos < end && text[pos] == ',')
            {
                pos++;
                return After.Next;
            }
            if (pos < end && text[pos] == closer)
            {
                pos++;
                return After.Closed;
            }
            return After.Invalid;
        }

        /// <summary>Reads an array at <paramref name="pos"/>; top-level string elements go to <paramref name="elements"/>.</summary>
        public bool Array(ref int pos, int depth, List<JsonElement>? elements, ref bool nonString)
        {
            if (depth > MaxDepth)
            {
                return false;
            }
            pos++;
            pos = SkipWhitespace(pos);
            if (pos < end && text[pos] == ']')
            {
                pos++;
                return true;
            }
            while (true)
            {
                pos = SkipWhitespace(pos);
                if (pos >= end)
                {
                    return false;
                }
                if (text[pos] == '"')
                {
                    var literalStart = pos;
                    if (!String(ref pos, elements is not null, out var value))
                    {
                        return false;
                    }
                    elements?.Add(new JsonElement(literalStart, pos, value!));
                }
                else
                {
                    if (!Value(ref pos, depth + 1))
                    {
                        return false;
                    }
                    nonString = true;
                }
                var after = Separator(ref pos, ']');
                if (after != After.Next)
                {
                    return after == After.Closed;
                }
            }
        }

        private bool Value(ref int pos, int depth)
        {
            if (pos >= end)
            {
                return false;
            }
            var c = text[pos];
            switch (c)
            {
                case '"':
                    return String(ref pos, false, out _);
                case '[':
                    var ignored = false;
                    return Array(ref pos, depth, null, ref ignored);
                case '{':
                    return Object(ref pos, depth);
                case 't':
                    return Literal(ref pos, "true");
                case 'f':
                    return Literal(ref pos, "false");
                case 'n':
                    return Literal(ref pos, "null");
                default:
                    return Number(ref pos);
            }
        }

        private bool Object(ref int pos, int depth)
        {
            if (depth > MaxDepth)
            {
                return false;
            }
            pos++;
            pos = SkipWhitespace(pos);
            if (pos < end && text[pos] == '}')
            {
                pos++;
                return true;
            }
            while (true)
            {
                pos = SkipWhitespace(pos);
                if (pos >= end || text[pos] != '"' || !String(ref pos, false, out _))
                {
                    return false;
                }
                pos = SkipWhitespace(pos);
                if (pos >= end || text[pos] != ':')
                {
                    return false;
                }
                pos = SkipWhitespace(pos + 1);
                if (!Value(ref pos, depth + 1))
                {
                    return false;
                }
                var after = Separator(ref pos, '}');
                if (after != After.Next)
                {
                    return after == After.Closed;
                }
            }
        }

        private bool Literal(ref int pos, string word)
        {
            if (end - pos < word.Length || !text.Slice(pos, word.Length).SequenceEqual(word))
            {
                return false;
            }
            pos += word.Length;
            return true;
        }

        private bool Number(ref int pos)
        {
            if (pos < end && text[pos] == '-')
            {
                pos++;
            }
            if (pos >= end || !char.IsAsciiDigit(text[pos]))
            {
                return false;
            }
            if (text[pos] == '0')
            {
                pos++;
            }
            else
            {
                while (pos < end && char.IsAsciiDigit(text[pos]))
                {
                    pos++;
                }
            }
            if (pos < end && text[pos] == '.')
            {
                pos++;
                if (pos >= end || !char.IsAsciiDigit(text[pos]))
                {
                    return false;
                }
                while (pos < end && char.IsAsciiDigit(text[pos]))
                {
                    pos++;
                }
            }
            if (pos < end && text[pos] is 'e' or 'E')
            {
                pos++;
                if (pos < end && text[pos] is '+' or '-')
                {
                    pos++;
                }
                if (pos >= end || !char.IsAsciiDigit(text[pos]))
                {
                    return false;
                }
                while (pos < end && char.IsAsciiDigit(text[pos]))
                {
                    pos++;
                }
            }
            return true;
        }

        /// <summary>Reads a string literal; its value is decoded only when <paramref name="decode"/> is set.</summary>
        private bool String(ref int pos, bool decode, out string? value)
        {
            value = null;
            var contentStart = pos + 1;
            var i = contentStart;
            StringBuilder? sb = null;
            while (i < end)
            {
                var c = text[i];
                if (c == '"')
                {
                    if (decode)
                    {
                        value = sb is null ? new string(text[contentStart..i]) : sb.ToString();
                    }
                    pos = i + 1;
                    return true;
                }
                if (c < 0x20)
                {
                    return false;
                }
                if (c != '\\')
                {
                    sb?.Append(c);
                    i++;
                    continue;
                }
                if (decode)
                {
                    sb ??= new StringBuilder().Append(text[contentStart..i]);
                }
                if (i + 1 >= end)
                {
                    return false;
                }
                var e = text[i + 1];
                switch (e)
                {
                    case '"': sb?.Append('"'); break;
                    case '\\': sb?.Append('\\'); break;
                    case '/': sb?.Append('/'); break;
                    case 'b': sb?.Append('\b'); break;
                    case 'f': sb?.Append('\f'); break;
                    case 'n': sb?.Append('\n'); break;
                    case 'r': sb?.Append('\r'); break;
                    case 't': sb?.Append('\t'); break;
                    case 'u':
                        if (i + 6 > end || !ushort.TryParse(text.Slice(i + 2, 4), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var code))
                        {
                            return false;
                        }
                        sb?.Append((char)code);
                        i += 4;
                        break;
                    default:
                        return false;
                }
                i += 2;
            }
            return false;
        }
    }
}
