namespace CoursePlatform.Linting.Semantics;

/// <summary>
/// A platform such as <c>linux/arm64/v8</c>, parsed and normalised the way the builder's platform library does
/// (<c>x86_64</c> is <c>amd64</c>, <c>aarch64</c> is <c>arm64</c>, <c>macos</c> is <c>darwin</c>).
/// </summary>
public sealed record PlatformSpecifier(string OS, string Architecture, string Variant)
{
    private static readonly HashSet<string> KnownOS = new(StringComparer.Ordinal)
    {
        "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js", "linux", "nacl", "netbsd",
        "openbsd", "plan9", "solaris", "wasip1", "windows", "zos",
    };

    private static readonly HashSet<string> KnownArchitectures = new(StringComparer.Ordinal)
    {
        "386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "ppc64", "ppc64le", "loong64", "mips", "mipsle",
        "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm",
    };

    /// <summary>Parses <c>os[/arch[/variant]]</c> or a lone OS or architecture; null when the builder would reject it.</summary>
    public static PlatformSpecifier? TryParse(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Contains('*'))
        {
            return null;
        }
        var parts = text.Split('/');
        var osPart = parts[0];
        var paren = osPart.IndexOf('(');
        if (paren > 0 && osPart.EndsWith(')'))
        {
            osPart = osPart[..paren];
        }
        foreach (var part in parts.Length > 0 ? [osPart, .. parts[1..]] : parts)
        {
            if (!IsComponent(part))
            {
                return null;
            }
        }
        switch (parts.Length)
        {
            case 1:
            {
                var os = NormalizeOS(osPart);
                if (KnownOS.Contains(os))
                {
                    return new PlatformSpecifier(os, "amd64", "");
                }
                var (arch, variant) = NormalizeArchitecture(parts[0], "");
                return KnownArchitectures.Contains(arch) ? new PlatformSpecifier("linux", arch, variant) : null;
            }
            case 2:
            {
                var (arch, variant) = NormalizeArchitecture(parts[1], "");
                return new PlatformSpecifier(NormalizeOS(osPart), arch, variant);
            }
            case 3:
            {
                var (arch, variant) = NormalizeArchitecture(parts[1], parts[2]);
                return new PlatformSpecifier(NormalizeOS(osPart), arch, variant);
            }
            default:
                return null;
        }
    }

    private static bool IsComponent(string part)
    {
        if (part.Length == 0)
        {
            return false;
        }
        foreach (var c in part)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-'))
            {
                return false;
            }
        }
        return true;
    }

    private static string NormalizeOS(string os)
    {
        os = os.ToLowerInvariant();
        return os == "macos" ? "darwin" : os;
    }

    private static (string Architecture, string Variant) NormalizeArchitecture(string arch, string variant)
    {
        arch = arch.ToLowerInvariant();
        variant = variant.ToLowerInvariant();
        switch (arch)
        {
            case "i386":
                return ("386", "");
            case "x86_64" or "x86-64" or "amd64":
                return ("amd64", variant == "v1" ? "" : variant);
            case "aarch64" or "arm64":
                return ("arm64", variant is "8" or "v8" or "" ? "v8" : variant);
            case "armhf":
                return ("arm", "v7");
            case "armel":
                return ("arm", "v6");
            case "arm":
                return ("arm", variant switch { "" or "7" => "v7", "5" or "6" or "8" => "v" + variant, _ => variant });
            default:
                return (arch, variant);
        }
    }
}
