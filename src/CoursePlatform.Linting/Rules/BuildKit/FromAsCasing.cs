using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.BuildKit;

public sealed class FromAsCasing : Rule
{
    public override string Code => "FromAsCasing";

    public override string Title => "The 'as' keyword should match the case of the 'from' keyword";

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Message => "'as' and 'FROM' keywords' casing do not match";

    public override string Explanation => """
        ## What it does
        Flags a `FROM ... AS name` where `FROM` is written all upper-case and `as` is not (or `from` all lower-case
        and `AS` is not).

        A `FROM` keyword in mixed case (`From`) is left to ConsistentInstructionCasing.

        ## Why is this bad?
        Keywords in one instruction written in two casings read as a slip and make the file harder to scan.
        Pick one casing for the whole Dockerfile.

        ## Example
        ```dockerfile
        FROM debian:bookworm as builder
        ```

        ## Use instead
        ```dockerfile
        FROM debian:bookworm AS builder
        ```
        """;

    public override void Check(RuleContext context)
    {
        foreach (var instruction in context.InstructionsOf(InstructionKind.From))
        {
            if (instruction is not FromInstruction { AsKeyword: { } asWord })
            {
                continue;
            }
            // Read on the source: the keyword's token is made only for the message.
            var from = instruction.KeywordTextSpan;
            var lower = BuildKitSupport.IsLower(from);
            var upper = BuildKitSupport.IsUpper(from);
            if (lower == upper)
            {
                continue;
            }
            var matches = lower ? BuildKitSupport.IsLower(asWord.Text) : BuildKitSupport.IsUpper(asWord.Text);
            if (!matches)
            {
                context.Report(instruction, asWord, $"'{asWord.Text}' and '{instruction.Keyword.Text}' keywords' casing do not match");
            }
        }
    }
}
