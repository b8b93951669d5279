namespace CoursePlatform.Linting.Shell;

/// <summary>
/// Shared string instances for words that appear in almost every RUN script (package managers, core utilities,
/// their usual options). A word whose text equals one of them reuses it instead of allocating its own copy.
/// The table is built once and only read afterwards, so any number of threads may look words up at once.
/// </summary>
internal static class ShellWordTable
{
    private const int MaxLength = 32;

    private static readonly string[] Words =
    [
        // Shell builtins and keywords-as-commands.
        "set", "export", "cd", "echo", "printf", "exit", "true", "false", "test", "[", "]", "[[", "]]", "!", "=", "==", "!=",
        "-eq", "-ne", "-gt", "-lt", "-z", "-n", "-e", "-f", "-d", "-x", "-eux", "-ex", "-eu", "-xe", "-euo", "-o", "pipefail",
        "source", ".", "eval", "exec", "command", "unset", "read", "shift", "trap", "umask", "ulimit", "wait", ";", "{}", "{", "}",
        "${VAR}", "sh", "bash", "-c", "-lc", "env",
        // Package managers.
        "apt-get", "apt", "apt-key", "apt-mark", "dpkg", "dpkg-architecture", "--print-architecture", "update", "upgrade",
        "install", "remove", "purge", "autoremove", "--auto-remove", "clean", "-y", "-q", "-qq", "-yq", "--no-install-recommends",
        "--yes", "--quiet", "dist-upgrade", "showmanual", "manual", "auto", "/var/lib/apt/lists/*", "ca-certificates",
        "apk", "add", "del", "--no-cache", "--virtual", "--update", ".build-deps", "yum", "dnf", "microdnf", "zypper",
        "makecache", "all", "pip", "pip3", "--no-cache-dir", "--upgrade", "-r", "npm", "ci", "yarn", "gem", "go", "build",
        "composer", "pecl", "docker-php-ext-install", "docker-php-ext-configure", "useradd", "groupadd", "adduser", "addgroup",
        // Core utilities and their usual options.
        "rm", "-rf", "-fr", "-f", "-R", "mkdir", "-p", "-m", "cp", "-a", "mv", "ln", "-s", "-sf", "-sv", "chmod", "chown",
        "+x", "755", "777", "1777", "cat", "tee", "touch", "ls", "-l", "-la", "find", "-type", "-name", "-exec", "-delete",
        "-print", "-maxdepth", "-mindepth", "-not", "-path", "-perm", "-executable", "xargs", "-r", "grep", "-v", "-E", "-i",
        "-q", "sed", "-i", "awk", "sort", "-u", "uniq", "head", "tail", "cut", "tr", "wc", "basename", "dirname", "readlink",
        "which", "command", "id", "whoami", "nproc", "uname", "-m", "-s", "mktemp", "-d", "sleep", "date", "env", "true",
        "tar", "-x", "-xf", "-xzf", "-xvf", "-xJf", "-zxf", "-C", "-z", "-j", "-J", "--strip-components=1", "-xz", "gzip",
        "gunzip", "unzip", "zip", "sha256sum", "sha512sum", "md5sum", "-c", "-", "--", "/dev/null", "/tmp", "/usr/local",
        "/usr/local/bin", "/usr/src", "/var/cache/apk/*", "/tmp/*", "/var/tmp/*", "/root/.cache",
        "curl", "-fsSL", "-fSL", "-sSL", "-L", "-o", "-O", "-sL", "-fL", "--retry", "--silent", "--show-error", "--fail",
        "--location", "wget", "-O-", "-qO-", "--quiet", "-nv", "gpg", "gpgconf", "--batch", "--verify", "--keyserver",
        "--recv-keys", "--kill", "--import", "--dearmor", "git", "clone", "checkout", "--depth", "1", "0", "make", "-j",
        "install", "./configure", "--prefix=/usr/local", "--prefix=/usr", "cmake", "gcc", "g++", "ldconfig",
        "python", "python3", "node", "java", "ruby", "php", "usermod", "-g", "-G", "-S", "-D", "-h", "-u", "root", "nobody",
        "--system", "--gid", "--uid", "--home", "--shell", "/bin/sh", "/bin/bash", "/sbin/nologin", "/bin/false",
        "--version", "-V", "-version", "--help", "version", "--verbose", "--recursive", "--output", "--format", "--file",
        "--directory", "--extract", "--gzip", "--parents", "--no-same-owner", "--owner", "--group", "--mode", "--strict",
        "--compressed", "--strip-components", "--check", "--needed", "--create-home", "--enable-shared", "--query",
        "--search", "--fingerprint", "-f1", "644", "1000", "local", "break", "continue", "return", "su", "su-exec", "gosu",
        "stat", "rsync", "rpm", "tdnf", "getconf", "sha1sum", "locale-gen", "dpkg-divert", "dpkg-query", "dpkg-buildflags",
        "add-apt-repository", "a2enmod", "ldd", "scanelf", "autoconf", "arch", "docker", "dotnet", "javac", "cargo",
        "rustup", "rustc", "bundle", "docker-php-ext-enable", "docker-php-source", "openssl", "tzdata", "gnupg",
        "build-essential", "linux-headers", "dpkg-dev", "xz-utils", "libssl-dev", "zlib1g-dev", "libc6-dev", "libffi-dev",
        "www-data", "node", "/app", "enable", "${HOME}", "${PATH}", "${TARGETARCH}", "${TARGETPLATFORM}", "${JAVA_HOME}",
        "${GNUPGHOME}", "GNUPGHOME", "${dpkgArch}", "dpkgArch", "${apkArch}", "apkArch", "${savedAptMark}", "savedAptMark",
        "DEBIAN_FRONTEND", "noninteractive", "CGO_ENABLED", "LDFLAGS", "CFLAGS", "url", "sha256", "ARCH", "dir",
        "amd64", "arm64", "x86_64", "aarch64", "ppc64le", "s390x", "x64",
        "patch", "diff", "egrep", "locale", "mvn", "gradle", "sha384sum", "a2enconf", "dpkg-scanpackages", "conda", "mamba",
        "ssh-keygen", "update-ca-certificates", "update-alternatives", "npx", "pnpm", "corepack", "sudo", "jq",
        // PowerShell (Windows images).
        "Write-Host", "powershell", "pwsh", "-Command", "Remove-Item", "New-Item", "Invoke-WebRequest", "Get-FileHash",
        "Out-Null", "Start-Process", "Expand-Archive", "Get-Content", "setx", "-Force", "-Path", "New-Object", "Move-Item",
        "Test-Path", "New-ItemProperty", "Copy-Item",
    ];

    private static readonly string?[] Slots = Build();

    /// <summary>The shared instance equal to the text, or null when the text is not a frequent word.</summary>
    public static string? Find(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > MaxLength)
        {
            return null;
        }
        var slots = Slots;
        var mask = slots.Length - 1;
        for (var i = Hash(text) & mask; ; i = (i + 1) & mask)
        {
            var candidate = slots[i];
            if (candidate is null)
            {
                return null;
            }
            if (text.SequenceEqual(candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>Length and three characters: cheap, and spreads these short words well enough.</summary>
    private static int Hash(ReadOnlySpan<char> text) =>
        (text.Length * 31 + text[0] * 7 + text[text.Length / 2] * 3 + text[^1]) * 1_000_003 >>> 8;

    private static string?[] Build()
    {
        // Kept at most a quarter full, so a miss usually ends at the first empty slot. Every printable ASCII
        // character alone is a word too (brackets of find, separators of sort and cut).
        var slots = new string?[2048];
        foreach (var word in Words.Concat(Enumerable.Range('!', '~' - '!' + 1).Select(c => ((char)c).ToString())))
        {
            if (word.Length > MaxLength)
            {
                throw new InvalidOperationException($"'{word}' is longer than the table's {MaxLength} characters.");
            }
            var i = Hash(word) & (slots.Length - 1);
            while (slots[i] is { } taken && taken != word)
            {
                i = (i + 1) & (slots.Length - 1);
            }
            slots[i] = word;
        }
        return slots;
    }
}
