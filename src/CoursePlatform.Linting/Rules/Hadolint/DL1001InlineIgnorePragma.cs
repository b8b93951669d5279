using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL1001InlineIgnorePragma : Rule
{
    public override string Code => "DL1001";

    public override string Title => "Avoid inline ignore pragmas";

    public override Severity DefaultSeverity => Severity.Ignore;

    public override string Message => "Please refrain from using inline ignore pragmas `# hadolint ignore=DLxxxx`.";

    public override string Explanation => """
        ## What it does
        Flags every inline `# hadolint ignore=...` comment. The rule is off by default; teams that want
        all exceptions in one reviewed place turn it on with an override (for example `info: [DL1001]`).

        Only the inline form counts, and only when the pragma is valid (every listed code made of the
        characters `D`, `L`, `S`, `C` and digits). `# hadolint global ignore=`, `# hadolint stage ignore=`
        and `# hadolint shell=` are not reported.

        ## Why is this bad?
        Inline ignores scatter exceptions across the file. They are easy to add during a hurry and hard to
        audit later; a central `ignored:` list in `.hadolint.yaml` keeps them visible.

        ## Example
        ```dockerfile
        FROM debian:bookworm
        # hadolint ignore=DL3008
        RUN apt-get update && apt-get install -y --no-install-recommends curl
        ```

        ## Use instead
        ```dockerfile
        FROM debian:bookworm
        RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5
        ```
        """;

    public override void Check(RuleContext context)
    {
        if (context.IsOnbuildPass)
        {
            return;
        }
        var document = context.Document;
        for (var c = 0; c < document.CommentCount; c++)
        {
            // Read in place: most comments are prose, and making their objects or text costs for nothing.
            if (IsInlineIgnore(document.CommentContent(c)))
            {
                context.Report(document.CommentSpan(c));
            }
        }
    }

    /// <summary>Reads <c>hadolint ignore=CODE[,CODE...]</c> with optional blanks and a trailing <c># note</c>.</summary>
    internal static bool IsInlineIgnore(ReadOnlySpan<char> content)
    {
        var i = SkipBlanks(content, 0);
        if (!Expect(content, ref i, "hadolint"))
        {
            return false;
        }
        var afterWord = i;
        i = SkipBlanks(content, i);
        if (i == afterWord || !Expect(content, ref i, "ignore"))
        {
            return false;
        }
        i = SkipBlanks(content, i);
        if (!Expect(content, ref i, "="))
        {
            return false;
        }
        while (true)
        {
            i = SkipBlanks(content, i);
            var start = i;
            while (i < content.Length && content[i] is 'D' or 'L' or 'S' or 'C' or (>= '0' and <= '9'))
            {
                i++;
            }
            if (i == start)
            {
                return false;
            }
            i = SkipBlanks(content, i);
            if (i < content.Length && content[i] == ',')
            {
                i++;
                continue;
            }
            break;
        }
        return i == content.Length || content[i] == '#' || content[i] is '\r' or '\n';
    }

    private static int SkipBlanks(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }
        return i;
    }

    private static bool Expect(ReadOnlySpan<char> text, ref int i, string word)
    {
        if (i + word.Length > text.Length || !text.Slice(i, word.Length).SequenceEqual(word))
        {
            return false;
        }
        i += word.Length;
        return true;
    }
}
