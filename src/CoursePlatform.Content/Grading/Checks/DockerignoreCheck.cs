using CoursePlatform.Linting.Semantics;

namespace CoursePlatform.Content.Grading.Checks;

/// <summary>
/// <c>kind: dockerignore</c> — the submitted <c>.dockerignore</c> keeps every path of <c>excludes</c> out of the
/// build context and every path of <c>keeps</c> in it (matching follows Docker's rules, exceptions included).
/// Lines are lines of the .dockerignore.
/// </summary>
public sealed class DockerignoreCheck : GradingCheck
{
    private readonly IReadOnlyList<string> _excludes;
    private readonly IReadOnlyList<string> _keeps;

    public DockerignoreCheck(CheckSpec spec) : base(spec)
    {
        _excludes = spec.List("excludes");
        _keeps = spec.List("keeps");
        if (_excludes.Count == 0 && _keeps.Count == 0)
        {
            spec.Error(null, $"check '{spec.Id}' (dockerignore) needs 'excludes' or 'keeps'");
        }
    }

    public override CheckEvaluation Evaluate(GradingContext context)
    {
        var ignore = DockerIgnore.Parse(context.Dockerignore ?? "");
        var missing = _excludes.Where(p => !Excluded(ignore, p)).ToList();
        var dropped = _keeps.Where(p => Excluded(ignore, p)).ToList();
        if (missing.Count == 0 && dropped.Count == 0)
        {
            return CheckEvaluation.Pass();
        }
        var detail = string.Join("; ", new[]
        {
            missing.Count > 0 ? "not excluded: " + string.Join(", ", missing) : null,
            dropped.Count > 0 ? "excluded but needed: " + string.Join(", ", dropped) : null,
        }.Where(s => s is not null));
        return CheckEvaluation.Fail([], detail);
    }

    /// <summary>Docker's rule: the last matching pattern decides (an exception re-includes).</summary>
    private static bool Excluded(DockerIgnore ignore, string path)
    {
        var excluded = false;
        foreach (var pattern in ignore.Patterns)
        {
            if (pattern.IsValid && (pattern.Matches(path) || MatchesParent(pattern, path)))
            {
                excluded = !pattern.IsException;
            }
        }
        return excluded;
    }

    private static bool MatchesParent(DockerIgnorePattern pattern, string path)
    {
        for (var slash = path.IndexOf('/'); slash > 0; slash = path.IndexOf('/', slash + 1))
        {
            if (!pattern.IsException && pattern.Matches(path[..slash]))
            {
                return true;
            }
        }
        return false;
    }
}
