using CoursePlatform.Linting.Semantics;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.BuildKit;

public sealed class ConsistentInstructionCasing : Rule
{
    public override string Code => "ConsistentInstructionCasing";

    public override string Title => "All commands within the Dockerfile should use the same casing (either upper or lower)";

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Message => "Command should match the case of the command majority";

    public override bool HonoursInstructionCheckComments => false;

    public override string Explanation => """
        ## What it does
        Counts the instruction keywords of every stage (`FROM` and what follows it): all lower-case ones vote for
        lower case, all upper-case ones for upper case. Lower case wins only with more votes; a tie means upper case.
        Every keyword not written in the winning case is flagged, mixed-case keywords such as `Run` always.

        ARGs before the first `FROM` are neither counted nor checked; an `ONBUILD` counts once, its trigger is not
        looked at.

        ## Why is this bad?
        Keywords are case-insensitive, so mixing cases changes nothing for the builder but makes the file look
        like it was pasted together. Upper case is the usual convention.

        ## Example
        ```dockerfile
        FROM alpine:3.20
        run apk add --no-cache curl
        COPY app /app
        ```

        ## Use instead
        ```dockerfile
        FROM alpine:3.20
        RUN apk add --no-cache curl
        COPY app /app
        ```
        """;

    public override void Check(RuleContext context)
    {
        // Every stage's FROM and instructions, in order: read straight from the document (no stage graph).
        var instructions = StageGraph.Dispatched(context.Document);
        int lower = 0, upper = 0, mixed = 0;
        foreach (var instruction in instructions)
        {
            Vote(instruction, ref lower, ref upper, ref mixed);
        }
        var majorityLower = lower > upper;
        // Nothing can be off when every keyword already has the majority's case.
        if (mixed == 0 && (majorityLower ? upper : lower) == 0)
        {
            return;
        }
        var name = majorityLower ? "lowercase" : "uppercase";
        foreach (var instruction in instructions)
        {
            Verify(context, instruction, majorityLower, name);
        }
    }

    private static void Vote(Instruction instruction, ref int lower, ref int upper, ref int mixed)
    {
        if (instruction is UnknownInstruction)
        {
            return;
        }
        // The keyword as a span: its text is only made into a string for a finding.
        var keyword = instruction.KeywordTextSpan;
        if (BuildKitSupport.IsLower(keyword))
        {
            lower++;
        }
        else if (BuildKitSupport.IsUpper(keyword))
        {
            upper++;
        }
        else
        {
            mixed++;
        }
    }

    private static void Verify(RuleContext context, Instruction instruction, bool majorityLower, string name)
    {
        if (instruction is UnknownInstruction)
        {
            return;
        }
        var keyword = instruction.KeywordTextSpan;
        var fine = majorityLower ? BuildKitSupport.IsLower(keyword) : BuildKitSupport.IsUpper(keyword);
        if (!fine)
        {
            context.Report(instruction, instruction.Keyword, $"Command '{instruction.Keyword.Text}' should match the case of the command majority ({name})");
        }
    }
}
