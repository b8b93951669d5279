using CoursePlatform.Linting.Parsing;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Content.Highlighting;

/// <summary>
/// Colours a Dockerfile from the lint engine's own parse tree, so what is coloured as a keyword, flag,
/// heredoc or comment is exactly what the parser (and so the linter and the editor) understood.
/// Argument text between the parsed tokens is coloured with the shell lexer.
/// </summary>
public static class DockerfileHighlighter
{
    public static List<HighlightSpan> Highlight(string text)
    {
        DockerfileDocument document;
        try
        {
            document = DockerfileParser.Parse(text);
        }
        catch (Exception)
        {
            // The parser promises never to throw; if it ever does, a lexer keeps the page readable.
            return GenericLexer.Lex(text, LanguageDefinition.DockerfileFallback);
        }
        return Highlight(document);
    }

    public static List<HighlightSpan> Highlight(DockerfileDocument document)
    {
        var text = document.Source;
        var spans = new List<HighlightSpan>();
        foreach (var directive in document.Directives)
        {
            Add(spans, text, directive.Span, TokenKind.Directive);
        }
        foreach (var comment in document.Comments)
        {
            Add(spans, text, comment.Span, TokenKind.Comment);
        }
        foreach (var instruction in document.Instructions)
        {
            AddInstruction(spans, text, instruction);
        }
        return spans;
    }

    private static void AddInstruction(List<HighlightSpan> spans, string text, Instruction instruction)
    {
        foreach (var comment in instruction.PrecedingComments)
        {
            Add(spans, text, comment.Span, TokenKind.Comment);
        }
        Add(spans, text, instruction.Keyword.Span, TokenKind.Keyword);
        foreach (var flag in instruction.Flags)
        {
            var flagEnd = flag.Value is { } value ? value.Span.Start : flag.Span.End;
            Add(spans, text, flag.Span.Start, flagEnd, TokenKind.Flag);
            if (flag.Value is { } flagValue)
            {
                Add(spans, text, flagValue.Span, TokenKind.String);
            }
        }
        foreach (var heredoc in instruction.Heredocs)
        {
            Add(spans, text, heredoc.Marker.Span, TokenKind.Operator);
            Add(spans, text, heredoc.Body.Span, TokenKind.Heredoc);
            if (heredoc.Terminator is { } terminator)
            {
                Add(spans, text, terminator.Span, TokenKind.Operator);
            }
        }
        switch (instruction)
        {
            case FromInstruction from:
                if (from.AsKeyword is { } asKeyword)
                {
                    Add(spans, text, asKeyword.Span, TokenKind.Keyword);
                }
                if (from.StageName is { } stage)
                {
                    Add(spans, text, stage.Span, TokenKind.Variable);
                }
                if (from.Image is { } image)
                {
                    Add(spans, text, image.Span, TokenKind.Literal);
                }
                break;
            case OnbuildInstruction { Trigger: { } trigger }:
                AddInstruction(spans, text, trigger);
                return;
            case KeyValueInstruction keyValues:
                foreach (var pair in keyValues.Pairs)
                {
                    Add(spans, text, pair.Key.Span, TokenKind.Key);
                }
                break;
            case ArgInstruction args:
                foreach (var declaration in args.Declarations)
                {
                    Add(spans, text, declaration.Name.Span, TokenKind.Key);
                }
                break;
        }
        // Whatever the tree does not classify (command lines, paths, values) gets shell colouring,
        // over the instruction's source after its keyword and flags, stopping before heredoc bodies.
        var argumentsStart = instruction.Arguments.Span.Start;
        var argumentsEnd = instruction.Heredocs.Count > 0 ? instruction.Heredocs[0].Body.Span.Start : instruction.Span.End;
        if (argumentsStart >= instruction.Keyword.Span.End && argumentsEnd > argumentsStart && argumentsEnd <= text.Length)
        {
            foreach (var span in GenericLexer.Lex(text, argumentsStart, argumentsEnd, LanguageDefinition.Bash))
            {
                if (span.Kind != TokenKind.Keyword || instruction is RunInstruction)
                {
                    spans.Add(span);
                }
            }
        }
    }

    private static void Add(List<HighlightSpan> spans, string text, SourceSpan span, TokenKind kind) =>
        Add(spans, text, span.Start, span.End, kind);

    private static void Add(List<HighlightSpan> spans, string text, int start, int end, TokenKind kind)
    {
        if (start >= 0 && end > start && end <= text.Length)
        {
            spans.Add(new HighlightSpan(start, end, kind));
        }
    }
}
