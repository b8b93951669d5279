using System.Globalization;
using CoursePlatform.Content.Course;
using YamlDotNet.RepresentationModel;

namespace CoursePlatform.Content.Grading;

/// <summary>One entry of <c>content/data/base-images.yaml</c>.</summary>
public sealed record BaseImageInfo(
    string Pattern,
    double CompressedMb,
    double UncompressedMb,
    string DefaultUser,
    IReadOnlyList<string> NonRootTags,
    bool HasShell,
    string Libc,
    bool Toolchain,
    string Source);

/// <summary>The base image catalogue: name/tag patterns to sizes, default user, shell and libc.</summary>
public sealed class BaseImageCatalog(IReadOnlyList<BaseImageInfo> images, IReadOnlyDictionary<string, double> layers)
{
    public const string RelativePath = "data/base-images.yaml";

    public static BaseImageCatalog Empty { get; } = new([], new Dictionary<string, double>());

    public IReadOnlyList<BaseImageInfo> Images { get; } = images;

    /// <summary>Typical sizes (MB) of what Dockerfiles add on top, by name (go-binary, node-modules-production...).</summary>
    public IReadOnlyDictionary<string, double> Layers { get; } = layers;

    /// <summary>The first entry whose pattern matches <paramref name="image"/> (normalised, e.g. <c>node:20-slim</c>).</summary>
    public BaseImageInfo? Find(string image)
    {
        var withoutTag = ImageNames.WithoutTag(image);
        foreach (var info in Images)
        {
            if (Glob.Matches(info.Pattern, image) || Glob.Matches(info.Pattern, withoutTag))
            {
                return info;
            }
        }
        return null;
    }

    public double Layer(string name, double fallback) => Layers.TryGetValue(name, out var value) ? value : fallback;

    /// <summary>Loads the catalogue; problems are added to <paramref name="errors"/>, never thrown.</summary>
    public static BaseImageCatalog Load(string contentRoot, List<ContentError> errors)
    {
        var path = Path.Combine(contentRoot, RelativePath);
        if (!File.Exists(path))
        {
            return Empty;
        }
        return Parse(File.ReadAllText(path), RelativePath, errors);
    }

    public static BaseImageCatalog Parse(string yaml, string file, List<ContentError> errors)
    {
        var root = YamlReading.ParseMapping(yaml, file, 1, errors);
        if (root is null)
        {
            return Empty;
        }
        var images = new List<BaseImageInfo>();
        if (Get(root, "images") is YamlSequenceNode sequence)
        {
            foreach (var node in sequence)
            {
                if (node is not YamlMappingNode entry || YamlReading.Scalar(Get(entry, "pattern")!) is not { Length: > 0 } pattern)
                {
                    errors.Add(new ContentError(file, YamlReading.LineOf(node, 1), "an image entry needs a 'pattern'"));
                    continue;
                }
                var tags = new List<string>();
                if (Get(entry, "nonroot-tags") is YamlSequenceNode tagNodes)
                {
                    foreach (var tag in tagNodes)
                    {
                        if (YamlReading.Scalar(tag) is { } text)
                        {
                            tags.Add(text);
                        }
                    }
                }
                images.Add(new BaseImageInfo(
                    pattern,
                    Number(entry, "compressed", file, errors),
                    Number(entry, "uncompressed", file, errors),
                    Text(entry, "user") ?? "root",
                    tags,
                    Text(entry, "shell") != "false",
                    Text(entry, "libc") ?? "glibc",
                    Text(entry, "toolchain") == "true",
                    Text(entry, "source") ?? ""));
            }
        }
        else
        {
            errors.Add(new ContentError(file, 1, "expected an 'images' list"));
        }
        var layers = new Dictionary<string, double>(StringComparer.Ordinal);
        if (Get(root, "layers") is YamlMappingNode layerMap)
        {
            foreach (var (key, _) in layerMap.Children)
            {
                if (YamlReading.Scalar(key) is { } name)
                {
                    layers[name] = Number(layerMap, name, file, errors);
                }
            }
        }
        return new BaseImageCatalog(images, layers);
    }

    private static YamlNode? Get(YamlMappingNode map, string key)
        => map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string? Text(YamlMappingNode map, string key) => Get(map, key) is { } node ? YamlReading.Scalar(node) : null;

    private static double Number(YamlMappingNode map, string key, string file, List<ContentError> errors)
    {
        var node = Get(map, key);
        if (node is null)
        {
            return 0;
        }
        if (double.TryParse(YamlReading.Scalar(node), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        errors.Add(new ContentError(file, YamlReading.LineOf(node, 1), $"'{key}' must be a number"));
        return 0;
    }
}

/// <summary>Normalises image names so patterns can be written the way people write FROM lines.</summary>
public static class ImageNames
{
    /// <summary><c>docker.io/library/node:20</c> and <c>library/node:20</c> become <c>node:20</c>; no tag means <c>:latest</c>.</summary>
    public static string Normalize(string image)
    {
        var text = image.Trim();
        var at = text.IndexOf('@');
        if (at >= 0)
        {
            text = text[..at];
        }
        foreach (var prefix in (ReadOnlySpan<string>)["docker.io/library/", "index.docker.io/library/", "registry-1.docker.io/library/", "docker.io/", "library/"])
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                text = text[prefix.Length..];
                break;
            }
        }
        if (string.Equals(text, "scratch", StringComparison.OrdinalIgnoreCase))
        {
            return "scratch";
        }
        var slash = text.LastIndexOf('/');
        return text.IndexOf(':', slash + 1) < 0 ? text + ":latest" : text;
    }

    public static string WithoutTag(string image)
    {
        var slash = image.LastIndexOf('/');
        var colon = image.IndexOf(':', slash + 1);
        return colon < 0 ? image : image[..colon];
    }

    public static string Tag(string image)
    {
        var slash = image.LastIndexOf('/');
        var colon = image.IndexOf(':', slash + 1);
        return colon < 0 ? "" : image[(colon + 1)..];
    }
}
