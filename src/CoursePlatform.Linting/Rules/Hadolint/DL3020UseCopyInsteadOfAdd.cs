using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3020UseCopyInsteadOfAdd : Rule
{
    public override string Code => "DL3020";

    public override string Title => "Use COPY for plain files and folders";

    public override Severity DefaultSeverity => Severity.Error;

    public override string Message => "Use COPY instead of ADD for files and folders";

    public override string Explanation => """
        ## What it does
        Flags an `ADD` with a source that is neither a local archive (`.tar`, `.gz`, `.bz2`, `.xz`, `.tgz`
        and the other tar compressions) nor an `http://` or `https://` URL. `.zip` is not an archive here:
        `ADD` does not unpack it. The finding sits on the first such source.

        ## Why is this bad?
        `ADD` does more than copy: it unpacks archives and downloads URLs. Using it for ordinary files hides
        that magic where nobody expects it; `COPY` says exactly what happens.

        ## Example
        ```dockerfile
        FROM python:3.12-slim
        ADD requirements.txt /app/
        ```

        ## Use instead
        ```dockerfile
        FROM python:3.12-slim
        COPY requirements.txt /app/
        ```
        """;

    public override IReadOnlyList<InstructionKind> RequiredKinds { get; } = [InstructionKind.Add];

    public override void Check(RuleContext context)
    {
        foreach (var instruction in context.InstructionsOf(InstructionKind.Add))
        {
            if (instruction is not AddInstruction add)
            {
                continue;
            }
            foreach (var source in add.Sources)
            {
                if (!add.IsHeredocSource(source) && !IsArchiveOrUrl(source.Text))
                {
                    context.Report(add, source);
                    break;
                }
            }
        }
    }

    private static bool IsArchiveOrUrl(string raw)
    {
        var source = InstructionRuleSupport.DropQuotes(raw);
        return InstructionRuleSupport.IsArchive(source)
            || source.StartsWith("http://", StringComparison.Ordinal)
            || source.StartsWith("https://", StringComparison.Ordinal);
    }
}
