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
        var instructions = context.Instructions;
        for (var i = 0; i < instructions.Count; i++)
        {
            if (instructions[i] is UserInstruction { Argument: { } argument } user && !IsAccepted(argument.Text, instructions, i))
            {
                context.Report(user);
            }
        }
    }

    // The ARG names declared so far are read from the earlier instructions in place (no list per file).
    private static bool IsAccepted(string text, ReadOnlyArray<Instruction> instructions, int index)
    {
        var colon = text.IndexOf(':');
        var uid = colon >= 0 ? text.AsSpan(0, colon) : text.AsSpan();
        var numeric = true;
        foreach (var c in uid)
        {
            numeric &= char.IsAsciiDigit(c);
        }
        if (numeric)
        {
            return true;
        }
        for (var i = 0; i < index; i++)
        {
            if (instructions[i] is ArgInstruction arg)
            {
                foreach (var declaration in arg.Declarations)
                {
                    if (Mentions(text, declaration.Name.Value))
                    {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /// <summary>True when the text contains <c>${name}</c> or <c>$name</c> (the latter also as a prefix of a longer name).</summary>
    internal static bool Mentions(string text, string name)
    {
        for (var at = text.IndexOf('$'); at >= 0; at = text.IndexOf('$', at + 1))
        {
            var rest = text.AsSpan(at + 1);
            if (rest.StartsWith(name, StringComparison.Ordinal) ||
                rest.Length > name.Length + 1 && rest[0] == '{' && rest[1..].StartsWith(name, StringComparison.Ordinal) && rest[name.Length + 1] == '}')
            {
                return true;
            }
        }
        return false;
    }
}
