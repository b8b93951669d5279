using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Content.Grading.Checks;

/// <summary>
/// <c>kind: non-root</c> — the final image runs as a non-root user: the last USER of the final stage or of a
/// stage it builds on names a user other than root/0 (named or numeric, optionally <c>user:group</c>), or,
/// with no USER at all, the base image's default user is non-root (distroless <c>:nonroot</c>, chiseled).
/// </summary>
public sealed class NonRootCheck(CheckSpec spec) : GradingCheck(spec)
{
    public override CheckEvaluation Evaluate(GradingContext context)
    {
        if (context.Final is not { } final)
        {
            return CheckEvaluation.Fail();
        }
        UserInstruction? last = null;
        foreach (var instruction in GradingContext.ChainInstructions(final))
        {
            if (instruction is UserInstruction user)
            {
                last = user;
            }
        }
        if (last is not null)
        {
            var value = last.Argument?.Value ?? "";
            var colon = value.IndexOf(':');
            var name = colon < 0 ? value : value[..colon];
            var root = name.Length == 0 || name == "root" || (int.TryParse(name, out var uid) && uid == 0);
            return new CheckEvaluation(!root, [.. GradingContext.LinesOf(last)], root ? "USER is root" : "USER " + value);
        }
        var image = context.ExternalBase(final);
        var info = image is null ? null : context.Catalog.Find(image);
        var fromLines = GradingContext.Chain(final).Select(s => s.From.Line);
        if (image is not null && info is not null)
        {
            var tag = ImageNames.Tag(image);
            if (info.DefaultUser != "root" || info.NonRootTags.Any(p => Glob.Matches(p, tag)))
            {
                return CheckEvaluation.Pass(fromLines, $"{image} runs as a non-root user by default");
            }
        }
        var lines = new List<int>(fromLines);
        if (final.Instructions.Count > 0)
        {
            lines.Add(final.Instructions[^1].EndLine);
        }
        return CheckEvaluation.Fail(lines, "no USER instruction: the container runs as root");
    }
}
