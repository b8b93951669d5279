using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3045CopyRelativeWithoutWorkdir : Rule
{
    public override string Code => "DL3045";

    public override string Title => "Set WORKDIR before copying to a relative path";

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Message => "`COPY` to a relative destination without `WORKDIR` set.";

    public override string Explanation => """
        ## What it does
        Flags a `COPY` whose destination (quotes removed) is relative while no `WORKDIR` has been set in this
        stage, or in the stage it builds on (`FROM <stage>`, followed transitively). Destinations starting
        with `/`, a Windows drive (`c:\`, `c:/`) or a variable (`$`) are accepted. `ADD` and `COPY` inside
        `ONBUILD` are not checked.

        ## Why is this bad?
        A relative destination lands in the base image's working directory, which you do not control: the
        files move when the base image changes.

        ## Example
        ```dockerfile
        FROM node:20-bookworm-slim
        COPY . .
        ```

        ## Use instead
        ```dockerfile
        FROM node:20-bookworm-slim
        WORKDIR /app
        COPY . .
        ```

        A stage inherits a `WORKDIR` only through a stage name (compared case-sensitively); two stages
        `FROM debian` do not share one.
        """;

    public override IReadOnlyList<InstructionKind> RequiredKinds { get; } = [InstructionKind.Copy];

    public override void Check(RuleContext context)
    {
        // Only a COPY to a relative destination can be reported: without one, the stages are not worked out.
        if (!AnyRelativeCopy(context.InstructionsOf(InstructionKind.Copy)))
        {
            return;
        }
        var instructions = context.Instructions;
        var stageCount = 0;
        foreach (var instruction in instructions)
        {
            stageCount += instruction is FromInstruction ? 1 : 0;
        }
        // Whether each stage so far has a WORKDIR (its own or inherited): a stage built on an earlier alias starts
        // from the last stage of that name, found among the earlier FROMs (no table of aliases per file).
        Span<bool> workdirs = stageCount <= 256 ? stackalloc bool[stageCount] : new bool[stageCount];
        var stage = -1;
        var workdirSet = false;
        for (var i = 0; i < instructions.Count; i++)
        {
            switch (instructions[i])
            {
                case FromInstruction from:
                    stage++;
                    workdirSet = from.Image is { } image && LastStageNamed(instructions, i, stage, image.TextSpan) is var named and >= 0
                        && workdirs[named];
                    workdirs[stage] = workdirSet;
                    break;
                case WorkdirInstruction:
                    workdirSet = true;
                    if (stage >= 0)
                    {
                        workdirs[stage] = true;
                    }
                    break;
                case CopyInstruction { Destination: { } destination } copy when !workdirSet && IsRelative(destination.TextSpan):
                    context.Report(copy, destination);
                    break;
            }
        }
    }

    /// <summary>The index of the last stage before the FROM at <paramref name="index"/> (stage <paramref name="stage"/>) aliased <paramref name="alias"/>, or -1.</summary>
    // Names are compared in place: neither the image nor the aliases are copied.
    private static int LastStageNamed(ReadOnlyArray<Instruction> instructions, int index, int stage, ReadOnlySpan<char> alias)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (instructions[i] is FromInstruction from)
            {
                stage--;
                if (from.StageName is { } name && name.TextSpan.SequenceEqual(alias))
                {
                    return stage;
                }
            }
        }
        return -1;
    }

    private static bool AnyRelativeCopy(ReadOnlySpan<Instruction> copies)
    {
        foreach (var instruction in copies)
        {
            if (((CopyInstruction)instruction).Destination is { } destination && IsRelative(destination.TextSpan))
            {
                return true;
            }
        }
        return false;
    }

    internal static bool IsRelative(string raw) => IsRelative(raw.AsSpan());

    internal static bool IsRelative(ReadOnlySpan<char> raw)
    {
        var path = InstructionRuleSupport.DropQuotes(raw);
        if (path.Length == 0 || path[0] is '/' or '$')
        {
            return false;
        }
        return !(path.Length >= 3 && path[1] == ':' && path[2] is '\\' or '/');
    }
}
