using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.BuildKit;

public sealed class StageNameCasing : Rule
{
    public override string Code => "StageNameCasing";

    public override string Title => "Stage names should be lowercase";

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Message => "Stage name should be lowercase";

    public override string Explanation => """
        ## What it does
        Flags a `FROM ... AS <name>` whose stage name contains upper-case letters.

        ## Why is this bad?
        The builder lower-cases stage names: `AS Builder` creates a stage called `builder`. Writing it in another
        case suggests that names are case-sensitive (they are not: `COPY --from=BUILDER` finds it too) and makes
        the same stage look different across the file.

        ## Example
        ```dockerfile
        FROM golang:1.23 AS BuildStage
        RUN go build -o /app .
        ```

        ## Use instead
        ```dockerfile
        FROM golang:1.23 AS build-stage
        RUN go build -o /app .
        ```
        """;

    public override void Check(RuleContext context)
    {
        foreach (var instruction in context.InstructionsOf(InstructionKind.From))
        {
            if (instruction is FromInstruction { AsKeyword: not null, StageName: { } name } from
                && !BuildKitSupport.IsLower(name.Text)
                && ArgumentCount(from) == 3)
            {
                context.Report(instruction, name, $"Stage name '{name.Text}' should be lowercase");
            }
        }
    }

    internal static int ArgumentCount(Instruction instruction)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in instruction.Arguments.Text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord)
            {
                count++;
            }
            inWord = !space;
        }
        return count;
    }
}
