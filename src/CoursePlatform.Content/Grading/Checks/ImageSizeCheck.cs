namespace CoursePlatform.Content.Grading.Checks;

/// <summary><c>kind: image-size</c> — the estimated final image size (see <see cref="SizeEstimator"/>) is under <c>max-mb</c>.</summary>
public sealed class ImageSizeCheck : GradingCheck
{
    private readonly double _max;

    public ImageSizeCheck(CheckSpec spec) : base(spec)
    {
        _max = spec.Number("max-mb") ?? 0;
        if (_max <= 0)
        {
            spec.Error(null, $"check '{spec.Id}' (image-size) needs a positive 'max-mb'");
        }
    }

    public override CheckEvaluation Evaluate(GradingContext context)
    {
        var estimate = SizeEstimator.Estimate(context);
        var lines = estimate.Layers.Where(l => l.Megabytes > 0).Select(l => l.Line);
        var detail = $"estimated {estimate.TotalMegabytes:0.#} MB (limit {_max:0.#} MB)";
        return estimate.TotalMegabytes < _max ? CheckEvaluation.Pass(lines, detail) : CheckEvaluation.Fail(lines, detail);
    }
}
