using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3057MissingHealthcheck : Rule
{
    public override string Code => "DL3057";

    public override string Title => "Define a HEALTHCHECK";

    public override Severity DefaultSeverity => Severity.Ignore;

    public override string Message => "`HEALTHCHECK` instruction missing.";

    public override string Explanation => """
        ## What it does
        Off by default; enable it with an override (for example `info: [DL3057]`). Then every stage without
        a `HEALTHCHECK` is reported on its `FROM` (`HEALTHCHECK NONE` counts as one). A stage is fine when
        it, or a stage it builds on (`FROM <stage>`, followed transitively), has a `HEALTHCHECK`; and a stage
        that a later stage builds on is fine when that later stage adds one. A sibling stage that never gets
        one is still reported.

        ## Why is this bad?
        Without a health check the container counts as healthy as long as its main process runs, even when
        the service inside hangs. Orchestrators cannot restart it or route traffic away.

        ## Example
        ```dockerfile
        FROM nginx:1.27-alpine
        COPY site/ /usr/share/nginx/html/
        ```

        ## Use instead
        ```dockerfile
        FROM nginx:1.27-alpine
        COPY site/ /usr/share/nginx/html/
        HEALTHCHECK CMD wget -qO- http://localhost/ || exit 1
        ```

        Stages are linked through stage names, compared case-sensitively; two unrelated stages
        `FROM nginx` do not share a health check.
        """;

    public override void Check(RuleContext context)
    {
        var froms = new List<FromInstruction>();
        var parents = new List<int>();
        var has = new List<bool>();
        foreach (var instruction in context.Instructions)
        {
            if (instruction is FromInstruction from)
            {
                parents.Add(FindParent(froms, from.Image?.Text));
                froms.Add(from);
                has.Add(false);
            }
            else if (instruction is HealthcheckInstruction && has.Count > 0)
            {
                has[^1] = true;
            }
        }
        var fine = new bool[froms.Count];
        for (var i = 0; i < froms.Count; i++)
        {
            if (!has[i])
            {
                continue;
            }
            for (var stage = i; stage >= 0 && !fine[stage]; stage = parents[stage])
            {
                fine[stage] = true;
            }
        }
        for (var i = 0; i < froms.Count; i++)
        {
            if (fine[i])
            {
                continue;
            }
            var inherited = false;
            for (var stage = parents[i]; stage >= 0 && !inherited; stage = parents[stage])
            {
                inherited = has[stage];
            }
            if (!inherited)
            {
                InstructionRuleSupport.ReportOnImage(context, froms[i]);
            }
        }
    }

    /// <summary>The last earlier stage whose name is exactly <paramref name="image"/>, or -1.</summary>
    private static int FindParent(List<FromInstruction> earlier, string? image)
    {
        if (image is null)
        {
            return -1;
        }
        for (var i = earlier.Count - 1; i >= 0; i--)
        {
            if (InstructionRuleSupport.AliasOf(earlier[i]) == image)
            {
                return i;
            }
        }
        return -1;
    }
}
