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
        Dictionary<string, bool>? aliases = null;
        string? currentAlias = null;
        var workdirSet = false;
        foreach (var instruction in context.Instructions)
        {
            switch (instruction)
            {
                case FromInstruction from:
                    workdirSet = from.Image is { } image && aliases is not null
                        && aliases.TryGetValue(image.Text, out var inherited) && inherited;
                    currentAlias = InstructionRuleSupport.AliasOf(from);
                    Remember(ref aliases, currentAlias, workdirSet);
                    break;
                case WorkdirInstruction:
                    workdirSet = true;
                    Remember(ref aliases, currentAlias, true);
                    break;
                case CopyInstruction { Destination: { } destination } copy when !workdirSet && IsRelative(destination.Text):
                    context.Report(copy, destination);
                    break;
            }
        }
    }

    private static void Remember(ref Dictionary<string, bool>? aliases, string? alias, bool workdirSet)
    {
        if (alias is not null)
        {
            (aliases ??= new Dictionary<string, bool>(StringComparer.Ordinal))[alias] = workdirSet;
        }
    }

    internal static bool IsRelative(string raw)
    {
        var path = InstructionRuleSupport.DropQuotes(raw);
        if (path.Length == 0 || path[0] is '/' or '$')
        {
            return false;
        }
        return !(path.Length >= 3 && path[1] == ':' && path[2] is '\\' or '/');
    }
}
