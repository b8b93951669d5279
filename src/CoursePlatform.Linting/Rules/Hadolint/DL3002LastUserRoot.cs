using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3002LastUserRoot : Rule
{
    public override string Code => "DL3002";

    public override string Title => "Do not end a stage as root";

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Message => "Last USER should not be root.";

    public override string Explanation => """
        ## What it does
        Looks at the last `USER` of every stage. When it switches to root (`root`, `0`, `root:<group>` or
        `0:<group>`), that `USER` line is reported. Stages without any `USER` are not reported.

        ## Why is this bad?
        The container runs as the last user set. A process running as root inside the container turns any
        escape or mounted-volume mistake into a root-level problem on the host.

        ## Example
        ```dockerfile
        FROM debian:bookworm
        RUN useradd --create-home app
        USER root
        ```

        ## Use instead
        ```dockerfile
        FROM debian:bookworm
        RUN useradd --create-home app
        USER app
        ```
        """;

    public override IReadOnlyList<InstructionKind> RequiredKinds { get; } = [InstructionKind.User];

    public override void Check(RuleContext context)
    {
        var seenFrom = false;
        Instruction? rootUser = null;
        foreach (var instruction in context.Instructions)
        {
            switch (instruction)
            {
                case FromInstruction:
                    Flush(context, rootUser);
                    rootUser = null;
                    seenFrom = true;
                    break;
                case UserInstruction user when seenFrom:
                    rootUser = IsRoot(user.Argument?.Text ?? "") ? user : null;
                    break;
            }
        }
        Flush(context, rootUser);
    }

    private static void Flush(RuleContext context, Instruction? rootUser)
    {
        if (rootUser is not null)
        {
            context.Report(rootUser);
        }
    }

    internal static bool IsRoot(string user) =>
        user is "root" or "0" || user.StartsWith("root:", StringComparison.Ordinal) || user.StartsWith("0:", StringComparison.Ordinal);
}
