namespace CoursePlatform.Content.Grading.Checks;

/// <summary>
/// <c>kind: final-base</c> — the image the final stage starts from (followed through its base stages) matches
/// one of <c>allow</c> (when given) and none of <c>deny</c>. Patterns as in <see cref="Glob"/>; a pattern
/// without a tag matches any tag.
/// </summary>
public sealed class FinalBaseCheck : GradingCheck
{
    private readonly IReadOnlyList<string> _allow;
    private readonly IReadOnlyList<string> _deny;

    public FinalBaseCheck(CheckSpec spec) : base(spec)
    {
        _allow = spec.List("allow");
        _deny = spec.List("deny");
        if (_allow.Count == 0 && _deny.Count == 0)
        {
            spec.Error(null, $"check '{spec.Id}' (final-base) needs 'allow' or 'deny' patterns");
        }
    }

    public override CheckEvaluation Evaluate(GradingContext context)
    {
        if (context.Final is not { } final)
        {
            return CheckEvaluation.Fail();
        }
        var lines = GradingContext.Chain(final).Select(s => s.From.Line).ToList();
        if (context.ExternalBase(final) is not { } image)
        {
            return CheckEvaluation.Fail(lines, "the final base image could not be resolved");
        }
        var passed = (_allow.Count == 0 || _allow.Any(p => Matches(p, image))) && !_deny.Any(p => Matches(p, image));
        return new CheckEvaluation(passed, lines, image);
    }

    internal static bool Matches(string pattern, string image)
        => Glob.Matches(pattern, image) || (!pattern.Contains(':') && Glob.Matches(pattern, ImageNames.WithoutTag(image)));
}
