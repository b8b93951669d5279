using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3000AbsoluteWorkdir : Rule
{
    public override string Code => "DL3000";

    public override string? Alias => "WorkdirRelativePath";

    /// <summary>BuildKit checks this defect per instruction, so a <c># check=skip=</c> comment above it applies.</summary>
    public override bool HonoursInstructionCheckComments => true;

    public override string Title => "Use an absolute WORKDIR";

    public override Severity DefaultSeverity => Severity.Error;

    public override string Message => "Use absolute WORKDIR.";

    public override string Explanation => """
        ## What it does
        Flags a `WORKDIR` whose path (surrounding quotes removed) is relative: it does not start with `/`,
        is not a Windows absolute path such as `C:\app` or `c:/app`, and does not start with a variable (`$`).

        ## Why is this bad?
        A relative `WORKDIR` is resolved against whatever working directory the base image happens to set.
        When the base image changes, your files silently end up somewhere else.

        ## Example
        ```dockerfile
        FROM node:20-bookworm-slim
        WORKDIR app
        ```

        ## Use instead
        ```dockerfile
        FROM node:20-bookworm-slim
        WORKDIR /app
        ```

        **Differences from hadolint/BuildKit.** This rule carries BuildKit's `WorkdirRelativePath` name as well. It follows hadolint: every relative
        `WORKDIR` is reported, judged on the text as written. BuildKit only checks the first `WORKDIR` of a
        stage chain, after variable expansion, so a relative `WORKDIR` after an absolute one is reported here
        but not by BuildKit, and `WORKDIR $DIR` is accepted here whatever `DIR` holds.
        """;

    public override IReadOnlyList<InstructionKind> RequiredKinds { get; } = [InstructionKind.Workdir];

    public override void Check(RuleContext context)
    {
        foreach (var instruction in context.InstructionsOf(InstructionKind.Workdir))
        {
            if (instruction is WorkdirInstruction { Argument: { } argument } && IsRelative(argument.Text))
            {
                context.Report(instruction);
            }
        }
    }

    internal static bool IsRelative(string raw)
    {
        var path = InstructionRuleSupport.DropQuotes(raw);
        if (path.Length == 0)
        {
            return false;
        }
        if (path[0] is '/' or '$')
        {
            return false;
        }
        return !(path.Length >= 2 && char.IsLetter(path[0]) && path[1] == ':');
    }
}
