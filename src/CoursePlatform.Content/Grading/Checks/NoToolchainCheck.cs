namespace CoursePlatform.Content.Grading.Checks;

/// <summary>
/// <c>kind: no-build-toolchain</c> — the final image does not start from an image the catalogue marks as a
/// build toolchain (<c>golang</c>, full <c>node</c>, full <c>python</c>...). Images the catalogue does not know pass.
/// </summary>
public sealed class NoToolchainCheck(CheckSpec spec) : GradingCheck(spec)
{
    public override CheckEvaluation Evaluate(GradingContext context)
    {
        if (context.Final is not { } final)
        {
            return CheckEvaluation.Fail();
        }
        var lines = GradingContext.Chain(final).Select(s => s.From.Line);
        var image = context.ExternalBase(final);
        var info = image is null ? null : context.Catalog.Find(image);
        return info is { Toolchain: true }
            ? CheckEvaluation.Fail(lines, $"{image} ships a build toolchain")
            : CheckEvaluation.Pass(lines, image);
    }
}
