namespace CoursePlatform.Linting.Semantics;

/// <summary>
/// The grammar Docker uses to accept an image reference after normalisation (<c>[domain/]path[:tag][@digest]</c>,
/// lower-case repository, Docker Hub as the default domain). Written by hand: no regular expressions.
/// </summary>
public static class ImageReferenceSyntax
{
    /// <summary>True when the builder would accept <paramref name="reference"/> as a base image name.</summary>
    public static bool IsValid(string reference) => IsValid(reference.AsSpan());

    /// <summary><see cref="IsValid(string)"/> of text read in place (a FROM's image word, before any copy).</summary>
    public static bool IsValid(ReadOnlySpan<char> reference)
    {
        if (reference.IsEmpty || IsHexIdentifier(reference))
        {
            return false;
        }
        // Spans throughout: this runs for every FROM of every file.
        ReadOnlySpan<char> domain = default;
        var hasDomain = false;
        var remainder = reference;
        var slash = remainder.IndexOf('/');
        if (slash >= 0)
        {
            var first = remainder[..slash];
            if (first.IndexOfAny('.', ':') >= 0 || first.SequenceEqual("localhost") || !IsLowerInvariant(first))
            {
                domain = first;
                hasDomain = true;
                remainder = remainder[(slash + 1)..];
            }
        }
        var colon = remainder.IndexOf(':');
        var repository = colon >= 0 ? remainder[..colon] : remainder;
        if (!IsLowerInvariant(repository))
        {
            return false;
        }

        ReadOnlySpan<char> digest = default;
        var hasDigest = false;
        var at = remainder.IndexOf('@');
        if (at >= 0)
        {
            digest = remainder[(at + 1)..];
            hasDigest = true;
            remainder = remainder[..at];
        }
        ReadOnlySpan<char> tag = default;
        var hasTag = false;
        colon = remainder.IndexOf(':');
        if (colon >= 0)
        {
            tag = remainder[(colon + 1)..];
            hasTag = true;
            remainder = remainder[..colon];
        }
        var nameLength = (hasDomain ? domain.Length : "docker.io".Length) + 1 + remainder.Length + (!hasDomain && !remainder.Contains('/') ? 8 : 0);
        return (!hasDomain || IsDomain(domain))
            && IsPath(remainder)
            && nameLength <= 255
            && (!hasTag || IsTag(tag))
            && (!hasDigest || IsDigest(digest));
    }

    /// <summary>True when lower-casing (invariant) would not change the text.</summary>
    private static bool IsLowerInvariant(ReadOnlySpan<char> text)
    {
        if (!text.ContainsAnyExceptInRange((char)0, (char)0x7F))
        {
            return !text.ContainsAnyInRange('A', 'Z');
        }
        return text.ToString().ToLowerInvariant().AsSpan().SequenceEqual(text);
    }

    private static bool IsHexIdentifier(ReadOnlySpan<char> text)
    {
        if (text.Length != 64)
        {
            return false;
        }
        foreach (var c in text)
        {
            if (!(c is >= '0' and <= '9' or >= 'a' and <= 'f'))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsLowerAlnum(char c) => c is >= 'a' and <= 'z' or >= '0' and <= '9';

    private static bool IsAlnum(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9';

    // path-component ("/" path-component)*, where a component is [a-z0-9]+ joined by ".", "_", "__" or "-"+.
    private static bool IsPath(ReadOnlySpan<char> path)
    {
        if (path.Length == 0)
        {
            return false;
        }
        foreach (var range in path.Split('/'))
        {
            if (!IsPathComponent(path[range]))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsPathComponent(ReadOnlySpan<char> component)
    {
        var i = 0;
        if (component.Length == 0 || !IsLowerAlnum(component[0]))
        {
            return false;
        }
        while (i < component.Length)
        {
            while (i < component.Length && IsLowerAlnum(component[i]))
            {
                i++;
            }
            if (i == component.Length)
            {
                return true;
            }
            var separatorStart = i;
            if (component[i] == '.')
            {
                i++;
            }
            else if (component[i] == '_')
            {
                i += i + 1 < component.Length && component[i + 1] == '_' ? 2 : 1;
            }
            else if (component[i] == '-')
            {
                while (i < component.Length && component[i] == '-')
                {
                    i++;
                }
            }
            if (i == separatorStart || i == component.Length || !IsLowerAlnum(component[i]))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsDomain(ReadOnlySpan<char> domain)
    {
        var host = domain;
        var colon = domain.LastIndexOf(':');
        if (domain.Length > 0 && domain[0] == '[')
        {
            var close = domain.IndexOf(']');
            if (close < 0)
            {
                return false;
            }
            var inner = domain[1..close];
            foreach (var c in inner)
            {
                if (!(Uri.IsHexDigit(c) || c == ':'))
                {
                    return false;
                }
            }
            var rest = domain[(close + 1)..];
            return inner.Length > 0 && (rest.Length == 0 || rest[0] == ':' && IsPort(rest[1..]));
        }
        if (colon >= 0)
        {
            if (!IsPort(domain[(colon + 1)..]))
            {
                return false;
            }
            host = domain[..colon];
        }
        foreach (var range in host.Split('.'))
        {
            var label = host[range];
            if (label.Length == 0 || !IsAlnum(label[0]) || !IsAlnum(label[^1]))
            {
                return false;
            }
            foreach (var c in label)
            {
                if (!IsAlnum(c) && c != '-')
                {
                    return false;
                }
            }
        }
        return true;
    }

    private static bool IsPort(ReadOnlySpan<char> port)
    {
        if (port.Length == 0)
        {
            return false;
        }
        foreach (var c in port)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsWordChar(char c) => IsAlnum(c) || c == '_';

    private static bool IsTag(ReadOnlySpan<char> tag)
    {
        if (tag.Length is 0 or > 128 || !IsWordChar(tag[0]))
        {
            return false;
        }
        foreach (var c in tag)
        {
            if (!IsWordChar(c) && c != '.' && c != '-')
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsDigest(ReadOnlySpan<char> digest)
    {
        var colon = digest.IndexOf(':');
        if (colon <= 0)
        {
            return false;
        }
        var algorithm = digest[..colon];
        var hex = digest[(colon + 1)..];
        var expectLetter = true;
        foreach (var c in algorithm)
        {
            if (expectLetter)
            {
                if (!char.IsAsciiLetter(c))
                {
                    return false;
                }
                expectLetter = false;
            }
            else if (c is '+' or '.' or '_' or '-')
            {
                expectLetter = true;
            }
            else if (!IsAlnum(c))
            {
                return false;
            }
        }
        if (expectLetter || hex.Length < 32)
        {
            return false;
        }
        foreach (var c in hex)
        {
            if (!Uri.IsHexDigit(c))
            {
                return false;
            }
        }
        return true;
    }
}
