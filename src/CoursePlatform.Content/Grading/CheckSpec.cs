using CoursePlatform.Content.Course;
using YamlDotNet.RepresentationModel;

namespace CoursePlatform.Content.Grading;

/// <summary>The YAML mapping of one check, with typed accessors that record errors (file and line) instead of throwing.</summary>
public sealed class CheckSpec
{
    private readonly YamlMappingNode _node;
    private readonly List<ContentError> _errors;
    private readonly HashSet<string> _used = new(StringComparer.Ordinal) { "id", "kind", "task", "tier", "message", "why", "section" };

    public CheckSpec(YamlMappingNode node, string file, List<ContentError> errors)
    {
        _node = node;
        _errors = errors;
        File = file;
        Line = YamlReading.LineOf(node, 1);
        Id = String("id") ?? "";
        Kind = String("kind") ?? "";
        Task = Int("task") ?? 1;
        var tier = String("tier") ?? "essential";
        if (!Enum.TryParse<CheckTier>(tier, ignoreCase: true, out var parsed) || int.TryParse(tier, out _))
        {
            Error("tier", $"unknown tier '{tier}' (essential, actionable, informative or celebratory)");
        }
        Tier = parsed;
        Message = String("message") ?? "";
        Why = String("why") ?? "";
        Section = String("section");
        if (Id.Length == 0)
        {
            _errors.Add(new ContentError(file, Line, "a check needs an 'id'"));
        }
        if (Message.Length == 0)
        {
            _errors.Add(new ContentError(file, Line, $"check '{Id}' needs a 'message'"));
        }
        if (Why.Length == 0)
        {
            _errors.Add(new ContentError(file, Line, $"check '{Id}' needs a 'why'"));
        }
    }

    public string File { get; }

    public int Line { get; }

    public string Id { get; }

    public string Kind { get; }

    public int Task { get; }

    public CheckTier Tier { get; }

    public string Message { get; }

    public string Why { get; }

    public string? Section { get; }

    public bool HasErrors { get; private set; }

    public YamlNode? Node(string key)
    {
        _used.Add(key);
        return _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
    }

    public string? String(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            return null;
        }
        if (node is YamlScalarNode scalar)
        {
            return scalar.Value;
        }
        Error(key, $"'{key}' must be a single value");
        return null;
    }

    public string RequiredString(string key)
    {
        var value = String(key);
        if (string.IsNullOrEmpty(value))
        {
            Error(null, $"check '{Id}' ({Kind}) needs '{key}'");
        }
        return value ?? "";
    }

    public int? Int(string key)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }
        if (int.TryParse(text, out var value))
        {
            return value;
        }
        Error(key, $"'{key}' must be a whole number, not '{text}'");
        return null;
    }

    public double? Number(string key)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }
        if (double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        Error(key, $"'{key}' must be a number, not '{text}'");
        return null;
    }

    public bool Bool(string key, bool fallback)
    {
        var text = String(key);
        if (text is null)
        {
            return fallback;
        }
        if (bool.TryParse(text, out var value))
        {
            return value;
        }
        Error(key, $"'{key}' must be true or false");
        return fallback;
    }

    /// <summary>A list of strings; a single scalar counts as a one-item list.</summary>
    public IReadOnlyList<string> List(string key)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode scalar:
                return scalar.Value is { } v ? [v] : [];
            case YamlSequenceNode sequence:
                var list = new List<string>();
                foreach (var item in sequence)
                {
                    if (item is YamlScalarNode { Value: { } text })
                    {
                        list.Add(text);
                    }
                    else
                    {
                        _errors.Add(new ContentError(File, YamlReading.LineOf(item, 1), $"'{key}' must be a list of strings"));
                        HasErrors = true;
                    }
                }
                return list;
            default:
                Error(key, $"'{key}' must be a list of strings");
                return [];
        }
    }

    /// <summary>One of the given stage selectors.</summary>
    public string StageSelector(string fallback)
    {
        var value = String("stage") ?? fallback;
        if (value is not ("final" or "build" or "any"))
        {
            Error("stage", $"'stage' must be final, build or any, not '{value}'");
            return fallback;
        }
        return value;
    }

    public void Error(string? key, string message)
    {
        var line = Line;
        if (key is not null && _node.Children.TryGetValue(new YamlScalarNode(key), out var value))
        {
            line = YamlReading.LineOf(value, 1);
        }
        _errors.Add(new ContentError(File, line, message));
        HasErrors = true;
    }

    /// <summary>Reports keys the check kind does not know (typos would otherwise be silently ignored).</summary>
    public void ReportUnknownKeys()
    {
        foreach (var (key, _) in _node.Children)
        {
            if (YamlReading.Scalar(key) is { } name && !_used.Contains(name))
            {
                _errors.Add(new ContentError(File, YamlReading.LineOf(key, 1), $"check '{Id}': unknown key '{name}' for kind '{Kind}'"));
                HasErrors = true;
            }
        }
    }
}
