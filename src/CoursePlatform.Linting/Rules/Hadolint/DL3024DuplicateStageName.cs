using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3024DuplicateStageName : Rule
{
    public override string Code => "DL3024";

    public override string? Alias => "DuplicateStageName";

    public override string Title => "Stage names must be unique";

    public override Severity DefaultSeverity => Severity.Error;

    public override string Message => "FROM aliases (stage names) must be unique.";

    public override string Explanation => """
        ## What it does
        Flags a `FROM ... AS <name>` whose name an earlier `FROM` already used. Names compare
        case-insensitively, so `AS Build` and `AS build` collide.

        ## Why is this bad?
        `COPY --from=<name>` and `--target <name>` must pick exactly one stage. With two stages of the same
        name the reader cannot tell which one is meant, and BuildKit refuses the file.

        ## Example
        ```dockerfile
        FROM node:20 AS build
        RUN npm ci

        FROM node:20 AS build
        RUN npm run build
        ```

        ## Use instead
        ```dockerfile
        FROM node:20 AS deps
        RUN npm ci

        FROM deps AS build
        RUN npm run build
        ```

        **Differences from hadolint/BuildKit.** This rule also carries BuildKit's `DuplicateStageName` name
        and compares names the way BuildKit does, ignoring case; hadolint compares them exactly, so it does
        not report `AS Build` after `AS build`.
        """;

    public override void Check(RuleContext context)
    {
        var instructions = context.Instructions;
        for (var i = 0; i < instructions.Count; i++)
        {
            if (instructions[i] is FromInstruction { StageName: { } name } from && NamedBefore(instructions, i, name.Text))
            {
                context.Report(from, name);
            }
        }
    }

    // The earlier FROMs are searched in place: a file has a few stages, and a set of names would be made per file.
    private static bool NamedBefore(ReadOnlyArray<Instruction> instructions, int index, string name)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (instructions[i] is FromInstruction { StageName: { } earlier } && string.Equals(earlier.Text, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
