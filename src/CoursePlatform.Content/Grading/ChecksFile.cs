using CoursePlatform.Content.Course;
using CoursePlatform.Content.Grading.Checks;
using YamlDotNet.RepresentationModel;

namespace CoursePlatform.Content.Grading;

/// <summary>Reads a problem's <c>checks.yaml</c> (<c>checks:</c> list of mappings, each with a <c>kind</c>).</summary>
public static class ChecksFile
{
    /// <summary>The check kinds of the vocabulary.</summary>
    public static IReadOnlyDictionary<string, Func<CheckSpec, GradingCheck>> Kinds { get; } = new Dictionary<string, Func<CheckSpec, GradingCheck>>(StringComparer.Ordinal)
    {
        ["stages"] = s => new StageCountCheck(s),
        ["final-base"] = s => new FinalBaseCheck(s),
        ["no-build-toolchain"] = s => new NoToolchainCheck(s),
        ["non-root"] = s => new NonRootCheck(s),
        ["command"] = s => new CommandCheck(s),
        ["node-production-dependencies"] = s => new ProductionDependenciesCheck(s),
        ["copy-from"] = s => new CopyFromCheck(s),
        ["exec-form"] = s => new ExecFormCheck(s),
        ["cache-order"] = s => new CacheOrderCheck(s),
        ["lint"] = s => new LintRulesCheck(s),
        ["static-binary"] = s => new StaticBinaryCheck(s),
        ["image-size"] = s => new ImageSizeCheck(s),
        ["healthcheck"] = s => new HealthcheckCheck(s),
        ["run-mount"] = s => new RunMountCheck(s),
        ["dockerignore"] = s => new DockerignoreCheck(s),
        ["cache"] = s => new CacheCheck(s),
    };

    public static IReadOnlyList<GradingCheck> Parse(string yaml, string file, List<ContentError> errors)
    {
        var root = YamlReading.ParseMapping(yaml, file, 1, errors);
        if (root is null)
        {
            return [];
        }
        if (!root.Children.TryGetValue(new YamlScalarNode("checks"), out var node) || node is not YamlSequenceNode sequence)
        {
            errors.Add(new ContentError(file, 1, "expected a 'checks' list"));
            return [];
        }
        var checks = new List<GradingCheck>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in sequence)
        {
            if (item is not YamlMappingNode mapping)
            {
                errors.Add(new ContentError(file, YamlReading.LineOf(item, 1), "each check must be a mapping"));
                continue;
            }
            var spec = new CheckSpec(mapping, file, errors);
            if (spec.Id.Length > 0 && !ids.Add(spec.Id))
            {
                errors.Add(new ContentError(file, spec.Line, $"duplicate check id '{spec.Id}'"));
            }
            if (!IsValidId(spec.Id) && spec.Id.Length > 0)
            {
                errors.Add(new ContentError(file, spec.Line, $"check id '{spec.Id}' must be lower-case letters, digits and '-'"));
            }
            if (!Kinds.TryGetValue(spec.Kind, out var create))
            {
                errors.Add(new ContentError(file, spec.Line, $"check '{spec.Id}': unknown kind '{spec.Kind}' (known: {string.Join(", ", Kinds.Keys)})"));
                continue;
            }
            var check = create(spec);
            spec.ReportUnknownKeys();
            checks.Add(check);
        }
        return checks;
    }

    public static bool IsValidId(string id)
    {
        if (id.Length == 0 || id[0] == '-' || id[^1] == '-')
        {
            return false;
        }
        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                return false;
            }
        }
        return true;
    }
}
