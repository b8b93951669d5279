using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3044SelfReferencingEnv : Rule
{
    public override string Code => "DL3044";

    public override string Title => "Do not use a variable in the ENV that defines it";

    public override Severity DefaultSeverity => Severity.Error;

    public override string Message =>
        "Do not refer to an environment variable within the same `ENV` statement where it is defined.";

    public override string Explanation => """
        ## What it does
        Flags an `ENV` with several pairs where one value refers (`$NAME` or `${NAME}`) to a variable that
        another pair of the same `ENV` defines, unless an earlier `ENV` or `ARG` anywhere in the file already
        defined it. A pair that extends itself (`ENV PATH=/opt/bin:$PATH`) is fine. The finding sits on the
        key whose value holds the reference.

        ## Why is this bad?
        All pairs of one `ENV` are expanded with the values from *before* the instruction. The reference
        therefore does not see the value defined next to it, which is rarely what the author meant.

        ## Example
        ```dockerfile
        FROM debian:bookworm
        ENV APP_HOME=/opt/app APP_BIN=$APP_HOME/bin
        ```

        ## Use instead
        ```dockerfile
        FROM debian:bookworm
        ENV APP_HOME=/opt/app
        ENV APP_BIN=$APP_HOME/bin
        ```
        """;

    public override IReadOnlyList<InstructionKind> RequiredKinds { get; } = [InstructionKind.Env];

    public override void Check(RuleContext context)
    {
        // Only an ENV with several pairs, one of them using a variable, can refer to itself: most files have none,
        // and then no names need collecting.
        if (!AnyCandidate(context.Instructions))
        {
            return;
        }
        var instructions = context.Instructions;
        for (var i = 0; i < instructions.Count; i++)
        {
            if (instructions[i] is EnvInstruction env && FindOffender(env.Pairs, instructions, i) is { } offender)
            {
                context.Report(env, offender.Key);
            }
        }
    }

    /// <summary>True when an ARG or ENV before <paramref name="index"/> defines the name (searched in place, no set per file).</summary>
    private static bool DefinedBefore(ReadOnlyArray<Instruction> instructions, int index, string name)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (instructions[i] is ArgInstruction arg)
            {
                foreach (var declaration in arg.Declarations)
                {
                    if (declaration.Name.Value == name)
                    {
                        return true;
                    }
                }
            }
            else if (instructions[i] is EnvInstruction env)
            {
                foreach (var pair in env.Pairs)
                {
                    if (pair.Name == name)
                    {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /// <summary>The first pair whose value refers to a name another pair defines (and that was not defined before).</summary>
    private static bool AnyCandidate(ReadOnlyArray<Instruction> instructions)
    {
        foreach (var instruction in instructions)
        {
            if (instruction is EnvInstruction env && env.Pairs.Count >= 2)
            {
                var pairs = env.Pairs;
                for (var i = 0; i < pairs.Count; i++)
                {
                    if (pairs[i].ValueText.Contains('$'))
                    {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Syntax.KeyValuePair? FindOffender(ReadOnlyArray<Syntax.KeyValuePair> pairs, ReadOnlyArray<Instruction> instructions, int index)
    {
        if (pairs.Count < 2)
        {
            return null;
        }
        for (var user = 0; user < pairs.Count; user++)
        {
            var value = pairs[user].ValueText;
            if (!value.Contains('$'))
            {
                continue;
            }
            for (var definer = 0; definer < pairs.Count; definer++)
            {
                var name = pairs[definer].Name;
                if (definer != user && name.Length > 0 && References(value, name) && !DefinedBefore(instructions, index, name))
                {
                    return pairs[user];
                }
            }
        }
        return null;
    }

    /// <summary><c>${name}</c> anywhere, or <c>$name</c> not followed by another name character.</summary>
    internal static bool References(string text, string name)
    {
        for (var i = text.IndexOf('$'); i >= 0 && i < text.Length; i = text.IndexOf('$', i + 1))
        {
            if (i + 1 < text.Length && text[i + 1] == '{')
            {
                var end = i + 2 + name.Length;
                if (end < text.Length && text[end] == '}' && string.CompareOrdinal(text, i + 2, name, 0, name.Length) == 0)
                {
                    return true;
                }
            }
            else if (i + 1 + name.Length <= text.Length && string.CompareOrdinal(text, i + 1, name, 0, name.Length) == 0)
            {
                var next = i + 1 + name.Length;
                if (next == text.Length || !IsNameChar(text[next]))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static bool IsNameChar(char c) => c is '_' or (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');
}
