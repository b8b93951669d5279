using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3066NumericUser : Rule
{
    public override string Code => "DL3066";

    public override string Title => "Use a numeric user id";

    public override Severity DefaultSeverity => Severity.Info;

    public override string Message => "Non-numeric user-id may not be resolvable by host system";

    public override string Explanation => """
        ## What it does
        Flags a `USER` whose user part (before `:`) is not a number, unless it refers (`$NAME` or `${NAME}`)
        to an `ARG` declared earlier in the file. The group part is not checked: `USER 1000:app` passes.

        ## Why is this bad?
        A user name only means something inside the image's `/etc/passwd`. Kubernetes' `runAsNonRoot`, file
        ownership on mounted volumes and host tooling all work with numeric ids; a name cannot be verified
        from outside the image.

        ## Example
        ```dockerfile
        FROM node:20-bookworm-slim
        USER node
        ```

        ## Use instead
        ```dockerfile
        FROM node:20-bookworm-slim
        USER 1000:1000
        ```
        """;

    public override IReadOnlyList<InstructionKind> RequiredKinds { get; } = [InstructionKind.User];

    public override void Check(RuleContext context)
    {
        List<string>? args = null;
        foreach (var instruction in context.Instructions)
        {
            if (instruction is ArgInstruction arg)
            {
                foreach (var declaration in arg.Declarations)
                {
                    (args ??= []).Add(declaration.Name.Value);
                }
            }
            else if (instruction is UserInstruction { Argument: { } argument } user && !IsAccepted(argument.Text, args))
            {
                context.Report(user);
            }
        }
    }

    private static bool IsAccepted(string text, List<string>? args)
    {
        var colon = text.IndexOf(':');
        var uid = colon >= 0 ? text.AsSpan(0, colon) : text.AsSpan();
        var numeric = true;
        foreach (var c in uid)
        {
            numeric &= char.IsAsciiDigit(c);
        }
        if (numeric || args is null)
        {
            return numeric;
        }
        foreach (var name in args)
        {
            if (text.Contains("${" + name + "}", StringComparison.Ordinal) || text.Contains("$" + name, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
