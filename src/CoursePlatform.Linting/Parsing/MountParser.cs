using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Parsing;

/// <summary>RUN <c>--mount</c> option sets, checked the way the builder checks them.</summary>
internal sealed partial class DocumentReader
{
    private static readonly string[] MountKeys =
    [
        "type", "from", "source", "src", "target", "dst", "destination", "readonly", "ro", "readwrite", "rw",
        "required", "size", "id", "sharing", "mode", "uid", "gid", "env",
    ];

    private static readonly string[] MountTypes = ["bind", "cache", "tmpfs", "secret", "ssh"];

    private RunMount ParseMount(Flag flag, Word value)
    {
        var options = new MountOptions();
        var text = value.Value;
        // Most values have no quotes: their fields are read where they stand in the value, without a list of strings.
        List<string>? quoted = null;
        if (text.Contains('"'))
        {
            quoted = FlagRules.SplitCsv(text);
            if (quoted is null)
            {
                Error($"failed to parse csv mounts: {text}", value.Span);
                return new RunMount(flag, options);
            }
        }
        var type = "bind";
        var typeKnown = true;
        bool hasMode = false, hasUid = false, hasGid = false, hasFrom = false, hasSource = false, hasId = false;
        var next = 0;
        var index = 0;
        while (true)
        {
            // The field is fieldText[fieldStart..][..fieldLength].
            string fieldText;
            int fieldStart;
            int fieldLength;
            if (quoted is not null)
            {
                if (index == quoted.Count)
                {
                    break;
                }
                fieldText = quoted[index++];
                fieldStart = 0;
                fieldLength = fieldText.Length;
            }
            else
            {
                if (next > text.Length)
                {
                    break;
                }
                var comma = text.IndexOf(',', next);
                var fieldEnd = comma < 0 ? text.Length : comma;
                fieldText = text;
                fieldStart = next;
                fieldLength = fieldEnd - next;
                next = fieldEnd + 1;
            }
            var field = fieldText.AsSpan(fieldStart, fieldLength);
            var eq = field.IndexOf('=');
            var key = MountKey(eq < 0 ? field : field[..eq]);
            var val = eq < 0 ? null : fieldText.Substring(fieldStart + eq + 1, fieldLength - eq - 1);
            options.Set(key, val);
            var secretLike = type is "secret" or "ssh";
            if (val is null)
            {
                switch (key)
                {
                    case "readonly" or "ro" or "readwrite" or "rw":
                        break;
                    case "required":
                        if (typeKnown && !secretLike)
                        {
                            Error($"unexpected key '{key}' for mount type '{type}'", value.Span);
                        }
                        break;
                    default:
                        Error($"invalid field '{field}' must be a key=value pair", value.Span);
                        break;
                }
                continue;
            }
            var hasVariable = val.Contains('$');
            switch (key)
            {
                case "type":
                    if (hasVariable)
                    {
                        typeKnown = false;
                    }
                    else if (Array.IndexOf(MountTypes, val.ToLowerInvariant()) < 0)
                    {
                        var suggestion = Words.Suggest(val, MountTypes);
                        Error(suggestion is null
                            ? $"unsupported mount type \"{val}\""
                            : $"unsupported mount type \"{val}\" (did you mean {suggestion}?)", value.Span);
                        typeKnown = false;
                    }
                    else
                    {
                        type = val.ToLowerInvariant();
                    }
                    break;
                case "from":
                    hasFrom = true;
                    var dollar = val.IndexOf('$');
                    if (dollar >= 0 && dollar != val.Length - 1)
                    {
                        Error("'from' doesn't support variable expansion, define alias stage instead", value.Span);
                    }
                    break;
                case "source" or "src":
                    hasSource = true;
                    break;
                case "id":
                    hasId = true;
                    break;
                case "target" or "dst" or "destination" or "env":
                    break;
                case "readonly" or "ro" or "readwrite" or "rw":
                    if (!hasVariable && !FlagRules.TryParseBool(val, out _))
                    {
                        Error($"invalid value for {key}: {val}", value.Span);
                    }
                    break;
                case "required":
                    if (typeKnown && !secretLike)
                    {
                        Error($"unexpected key '{key}' for mount type '{type}'", value.Span);
                    }
                    else if (!hasVariable && !FlagRules.TryParseBool(val, out _))
                    {
                        Error($"invalid value for {key}: {val}", value.Span);
                    }
                    break;
                case "size":
                    if (typeKnown && type != "tmpfs")
                    {
                        Error($"unexpected key '{key}' for mount type '{type}'", value.Span);
                    }
                    else if (!hasVariable && !FlagRules.IsSize(val))
                    {
                        Error($"invalid value for {key}: {val}", value.Span);
                    }
                    break;
                case "sharing":
                    if (typeKnown && type != "cache")
                    {
                        Error($"invalid cache sharing set for {type} mount", value.Span);
                    }
                    else if (!hasVariable && val.ToLowerInvariant() is not ("shared" or "private" or "locked"))
                    {
                        Error($"unsupported sharing value \"{val}\"", value.Span);
                    }
                    break;
                case "mode":
                    hasMode = true;
                    if (!hasVariable && !FlagRules.IsUnsigned(val, 8))
                    {
                        Error($"invalid value {val} for mode", value.Span);
                    }
                    break;
                case "uid" or "gid":
                    if (key == "uid")
                    {
                        hasUid = true;
                    }
                    else
                    {
                        hasGid = true;
                    }
                    if (!hasVariable && !FlagRules.IsUnsigned(val, 10))
                    {
                        Error($"invalid value {val} for {key}", value.Span);
                    }
                    break;
                default:
                    var keySuggestion = Words.Suggest(key, MountKeys);
                    Error(keySuggestion is null
                        ? $"unexpected key '{key}' in '{field}'"
                        : $"unexpected key '{key}' in '{field}' (did you mean {keySuggestion}?)", value.Span);
                    break;
            }
        }
        if (typeKnown)
        {
            if (type is not ("secret" or "ssh" or "cache"))
            {
                foreach (var (present, name) in new[] { (hasMode, "mode"), (hasUid, "uid"), (hasGid, "gid") })
                {
                    if (present)
                    {
                        Error($"{name} not allowed for \"{type}\" type mounts", value.Span);
                    }
                }
            }
            if (type == "secret")
            {
                if (hasFrom)
                {
                    Error("secret mount should not have a from", value.Span);
                }
                if (hasSource && hasId)
                {
                    Error("both source and id can't be set", value.Span);
                }
            }
        }
        return new RunMount(flag, options);
    }

    /// <summary>A mount option key, lower-cased; the known keys share one string.</summary>
    private static string MountKey(ReadOnlySpan<char> key)
    {
        Span<char> lower = stackalloc char[16];
        if (key.Length > lower.Length)
        {
            return key.ToString().ToLowerInvariant();
        }
        lower = lower[..key.ToLowerInvariant(lower)];
        foreach (var known in MountKeys)
        {
            if (lower.SequenceEqual(known))
            {
                return known;
            }
        }
        return lower.ToString();
    }
}
