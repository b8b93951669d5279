using CoursePlatform.Linting.Configuration;

namespace CoursePlatform.Linting.Semantics;

/// <summary>
/// The variables base images define in their image config, as far as a linter that never pulls images can know them.
/// Policy (see <c>docs/undefined-var-policy.md</c>): <c>PATH</c> and <c>HOME</c> are known for every image; well-known
/// official images add the variables their Dockerfiles set with <c>ENV</c>; any other image adds nothing.
/// </summary>
public static class BaseImageEnvironments
{
    /// <summary>Known whatever the base image: BuildKit always sets a default PATH, and HOME is used everywhere.</summary>
    public static IReadOnlyList<string> AlwaysKnown { get; } = ["PATH", "HOME"];

    private static readonly string[] Java = ["JAVA_HOME", "JAVA_VERSION", "LANG", "LANGUAGE", "LC_ALL"];
    private static readonly string[] Php =
        ["PHPIZE_DEPS", "PHP_INI_DIR", "PHP_CFLAGS", "PHP_CPPFLAGS", "PHP_LDFLAGS", "GPG_KEYS", "PHP_VERSION", "PHP_URL",
         "PHP_ASC_URL", "PHP_SHA256", "APACHE_CONFDIR", "APACHE_ENVVARS"];
    private static readonly string[] DotnetDeps = ["APP_UID", "ASPNETCORE_HTTP_PORTS", "DOTNET_RUNNING_IN_CONTAINER", "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"];
    private static readonly string[] DotnetRuntime = [.. DotnetDeps, "DOTNET_VERSION"];
    private static readonly string[] DotnetAspnet = [.. DotnetRuntime, "ASPNET_VERSION"];
    private static readonly string[] DotnetSdk =
        [.. DotnetAspnet, "DOTNET_SDK_VERSION", "DOTNET_GENERATE_ASPNET_CERTIFICATE", "DOTNET_NOLOGO",
         "DOTNET_USE_POLLING_FILE_WATCHER", "NUGET_XMLDOC_MODE", "POWERSHELL_DISTRIBUTION_CHANNEL"];

    // Jupyter's docker-stacks images all build on docker-stacks-foundation and keep its ENV.
    private static readonly string[] JupyterStacks =
        ["docker-stacks-foundation", "base-notebook", "minimal-notebook", "scipy-notebook", "r-notebook", "julia-notebook",
         "tensorflow-notebook", "pytorch-notebook", "datascience-notebook", "pyspark-notebook", "all-spark-notebook"];

    private static readonly string[] JupyterEnvironment =
        ["CONDA_DIR", "SHELL", "NB_USER", "NB_UID", "NB_GID", "LC_ALL", "LANG", "LANGUAGE", "JUPYTER_PORT"];

    private static Dictionary<string, IReadOnlyList<string>> WithJupyter(Dictionary<string, IReadOnlyList<string>> table)
    {
        foreach (var image in JupyterStacks)
        {
            table["jupyter/" + image] = JupyterEnvironment;
            table["quay.io/jupyter/" + image] = JupyterEnvironment;
        }
        return table;
    }

    /// <summary>
    /// Variables set by well-known images, keyed by repository (Docker Hub official images by their short name,
    /// other registries by their full path). Taken from the images' published Dockerfiles.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> WellKnown { get; } = WithJupyter(new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["node"] = ["NODE_VERSION", "YARN_VERSION"],
        ["python"] = ["PYTHON_VERSION", "PYTHON_SHA256", "GPG_KEY", "LANG", "PYTHON_PIP_VERSION", "PYTHON_SETUPTOOLS_VERSION", "PYTHON_GET_PIP_URL", "PYTHON_GET_PIP_SHA256"],
        ["pypy"] = ["PYPY_VERSION", "LANG", "PYTHON_PIP_VERSION", "PYTHON_GET_PIP_URL", "PYTHON_GET_PIP_SHA256"],
        ["golang"] = ["GOLANG_VERSION", "GOPATH", "GOTOOLCHAIN"],
        ["openjdk"] = Java,
        ["eclipse-temurin"] = Java,
        ["amazoncorretto"] = ["JAVA_HOME", "LANG"],
        ["ibm-semeru-runtimes"] = Java,
        ["sapmachine"] = ["JAVA_HOME"],
        ["maven"] = [.. Java, "MAVEN_HOME", "MAVEN_CONFIG"],
        ["gradle"] = [.. Java, "GRADLE_HOME", "GRADLE_VERSION"],
        ["tomcat"] = [.. Java, "CATALINA_HOME", "TOMCAT_NATIVE_LIBDIR", "LD_LIBRARY_PATH", "GPG_KEYS", "TOMCAT_MAJOR", "TOMCAT_VERSION", "TOMCAT_SHA512"],
        ["jenkins/jenkins"] = [.. Java, "JENKINS_HOME", "JENKINS_SLAVE_AGENT_PORT", "REF", "JENKINS_VERSION", "JENKINS_UC", "JENKINS_UC_EXPERIMENTAL", "JENKINS_INCREMENTALS_REPO_URL", "COPY_REFERENCE_FILE_LOG"],
        ["nginx"] = ["NGINX_VERSION", "NJS_VERSION", "NJS_RELEASE", "PKG_RELEASE", "DYNPKG_RELEASE", "ACME_VERSION"],
        ["httpd"] = ["HTTPD_PREFIX", "HTTPD_VERSION", "HTTPD_SHA256", "HTTPD_PATCHES"],
        ["php"] = Php,
        ["composer"] = [.. Php, "COMPOSER_ALLOW_SUPERUSER", "COMPOSER_HOME", "COMPOSER_VERSION"],
        ["wordpress"] = [.. Php, "WORDPRESS_VERSION"],
        ["ruby"] = ["LANG", "RUBY_MAJOR", "RUBY_VERSION", "RUBY_DOWNLOAD_URL", "RUBY_DOWNLOAD_SHA256", "GEM_HOME", "BUNDLE_SILENCE_ROOT_WARNING", "BUNDLE_APP_CONFIG"],
        ["rust"] = ["RUSTUP_HOME", "CARGO_HOME", "RUST_VERSION"],
        ["elixir"] = ["ELIXIR_VERSION", "LANG", "OTP_VERSION", "REBAR3_VERSION"],
        ["erlang"] = ["OTP_VERSION", "REBAR3_VERSION"],
        ["julia"] = ["JULIA_PATH", "JULIA_GPG", "JULIA_VERSION", "LANG"],
        ["gcc"] = ["GPG_KEYS", "GCC_MIRRORS", "GCC_VERSION"],
        ["swift"] = ["SWIFT_SIGNING_KEY", "SWIFT_PLATFORM", "SWIFT_BRANCH", "SWIFT_VERSION", "SWIFT_WEBROOT"],
        ["postgres"] = ["GOSU_VERSION", "LANG", "PG_MAJOR", "PG_VERSION", "PGDATA"],
        ["mysql"] = ["GOSU_VERSION", "MYSQL_MAJOR", "MYSQL_VERSION", "MYSQL_SHELL_VERSION"],
        ["mariadb"] = ["GOSU_VERSION", "LANG", "MARIADB_VERSION"],
        ["redis"] = ["REDIS_VERSION", "REDIS_DOWNLOAD_URL", "REDIS_DOWNLOAD_SHA"],
        ["mongo"] = ["GOSU_VERSION", "JSYAML_VERSION", "MONGO_PACKAGE", "MONGO_REPO", "MONGO_MAJOR", "MONGO_VERSION"],
        ["docker"] = ["DOCKER_VERSION", "DOCKER_BUILDX_VERSION", "DOCKER_COMPOSE_VERSION", "DOCKER_TLS_CERTDIR"],
        ["mcr.microsoft.com/dotnet/runtime-deps"] = DotnetDeps,
        ["mcr.microsoft.com/dotnet/runtime"] = DotnetRuntime,
        ["mcr.microsoft.com/dotnet/aspnet"] = DotnetAspnet,
        ["mcr.microsoft.com/dotnet/sdk"] = DotnetSdk,
    });

    // Docker Hub's per-architecture mirrors of the official images (arm64v8/node is node).
    private static readonly string[] ArchitectureNamespaces =
        ["amd64/", "arm32v5/", "arm32v6/", "arm32v7/", "arm64v8/", "i386/", "mips64le/", "ppc64le/", "riscv64/", "s390x/", "windows-amd64/"];

    /// <summary>
    /// The repository an image reference names: registry <c>docker.io</c> and namespace <c>library/</c> dropped,
    /// tag and digest removed, lower-cased (<c>docker.io/library/node:20-alpine</c> is <c>node</c>).
    /// </summary>
    public static string RepositoryName(string image)
    {
        var buffer = image.Length <= 256 ? stackalloc char[256] : new char[image.Length];
        return new string(Repository(image, buffer));
    }

    /// <summary>
    /// <see cref="RepositoryName"/> as a span: the lower-cased name is written to <paramref name="buffer"/> (at least
    /// as long as the image) and the repository is a slice of it, so looking an image up makes no strings.
    /// </summary>
    private static ReadOnlySpan<char> Repository(ReadOnlySpan<char> image, Span<char> buffer)
    {
        var name = image.Trim();
        var at = name.IndexOf('@');
        if (at >= 0)
        {
            name = name[..at];
        }
        var colon = name.LastIndexOf(':');
        if (colon > name.LastIndexOf('/'))
        {
            name = name[..colon];
        }
        var lower = buffer[..name.ToLowerInvariant(buffer)];
        ReadOnlySpan<char> result = lower;
        foreach (var prefix in (ReadOnlySpan<string>)["docker.io/", "index.docker.io/", "registry-1.docker.io/"])
        {
            if (result.StartsWith(prefix, StringComparison.Ordinal))
            {
                result = result[prefix.Length..];
                break;
            }
        }
        if (result.StartsWith("library/", StringComparison.Ordinal))
        {
            result = result["library/".Length..];
        }
        foreach (var prefix in ArchitectureNamespaces)
        {
            if (result.StartsWith(prefix, StringComparison.Ordinal) && result[prefix.Length..].IndexOf('/') < 0)
            {
                return result[prefix.Length..];
            }
        }
        return result;
    }

    /// <summary>The names the table lists for the image itself (without <see cref="AlwaysKnown"/>; may repeat those).</summary>
    internal static IReadOnlyList<string> ImageNames(string? image, LintOptions? options)
    {
        var table = options?.BaseImageEnvironments ?? WellKnown;
        if (string.IsNullOrWhiteSpace(image))
        {
            return [];
        }
        // The built-in table (and any ordinal dictionary) is asked with spans: no strings per stage.
        if (table is Dictionary<string, IReadOnlyList<string>> dictionary
            && dictionary.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup)
            && image.Length <= 256)
        {
            Span<char> buffer = stackalloc char[256];
            return lookup.TryGetValue(Repository(image, buffer), out var found) || lookup.TryGetValue(image.AsSpan().Trim(), out found)
                ? found
                : [];
        }
        return table.TryGetValue(RepositoryName(image), out var names) || table.TryGetValue(image.Trim(), out names) ? names : [];
    }

    /// <summary>
    /// Variables known to be set by <paramref name="image"/> (always including <see cref="AlwaysKnown"/>).
    /// <see cref="LintOptions.BaseImageEnvironments"/>, when given, replaces the built-in table.
    /// </summary>

    public static IReadOnlyList<string> For(string? image, LintOptions? options = null)
    {
        var table = options?.BaseImageEnvironments ?? WellKnown;
        if (string.IsNullOrWhiteSpace(image))
        {
            return AlwaysKnown;
        }
        var repository = RepositoryName(image);
        if (!table.TryGetValue(repository, out var names) && !table.TryGetValue(image.Trim(), out names))
        {
            return AlwaysKnown;
        }
        var result = new List<string>(AlwaysKnown.Count + names.Count);
        result.AddRange(AlwaysKnown);
        foreach (var name in names)
        {
            if (!result.Contains(name))
            {
                result.Add(name);
            }
        }
        return result;
    }
}
