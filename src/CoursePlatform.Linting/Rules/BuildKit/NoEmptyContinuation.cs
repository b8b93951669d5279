namespace CoursePlatform.Linting.Rules.BuildKit;

public sealed class NoEmptyContinuation : Rule
{
    public override string Code => "NoEmptyContinuation";

    public override string Title => "Empty continuation lines will become errors in a future release";

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Message => "Empty continuation line";

    public override bool HonoursInstructionCheckComments => false;

    public override string Explanation => """
        ## What it does
        Flags an instruction continued with the escape character (`\`) across a line that is empty or only
        whitespace. The finding sits on the instruction's last line, once per instruction.

        Comment lines inside a continuation are fine: the builder drops them silently.

        ## Why is this bad?
        The builder skips the blank line and keeps joining, so a blank line does not end the instruction as it
        seems to. Empty continuation lines are deprecated and will become a build error.

        ## Example
        ```dockerfile
        FROM alpine:3.20
        RUN apk add --no-cache \

            curl
        ```

        ## Use instead
        ```dockerfile
        FROM alpine:3.20
        RUN apk add --no-cache \
            curl
        ```
        """;

    public override void Check(RuleContext context)
    {
        var document = context.Document;
        foreach (var instruction in context.Instructions)
        {
            if (instruction.EmptyContinuationLines.Count == 0)
            {
                continue;
            }
            var source = document.Source;
            var last = Math.Max(instruction.Span.Start, instruction.Span.End - 1);
            var (line, _) = document.Lines.Locate(last);
            var start = document.Lines.LineStart(line);
            var end = start;
            while (end < source.Length && source[end] != '\n')
            {
                end++;
            }
            while (end > start && char.IsWhiteSpace(source[end - 1]))
            {
                end--;
            }
            while (start < end && char.IsWhiteSpace(source[start]))
            {
                start++;
            }
            context.Report(document.Lines.Span(start, end), instruction: instruction);
        }
    }
}
