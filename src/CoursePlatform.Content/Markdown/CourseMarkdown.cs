using CoursePlatform.Linting;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CoursePlatform.Content.Markdown;

/// <summary>
/// The one Markdig pipeline of the course and the renderer around it: lessons, problems and rule pages all
/// go through <see cref="Render"/>. Raw HTML in Markdown is written out escaped, never passed through.
/// </summary>
public sealed class CourseMarkdown(Linter linter)
{
    public static CourseMarkdown Default { get; } = new(Linter.Default);

    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UseTaskLists()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseAlertBlocks()
        .DisableHtml()
        .Build();

    /// <summary>
    /// Renders a document that will be served at <paramref name="pagePath"/> (used for anchor links);
    /// with <paramref name="stripTitle"/> a leading level-1 heading is dropped (the page shows the title itself);
    /// with <paramref name="lintEveryDockerfile"/> Dockerfile blocks without ❌/✅ examples are linted whole.
    /// </summary>
    public RenderedDocument Render(string markdown, string pagePath, bool stripTitle = false, bool lintEveryDockerfile = false)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        string? title = null;
        var firstContent = FirstContentBlock(document);
        if (firstContent is HeadingBlock { Level: 1 } h1)
        {
            title = InlineText.Of(h1.Inline);
            if (stripTitle)
            {
                document.Remove(h1);
            }
        }

        var toc = new List<TocEntry>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<DocumentLink>();
        var diagrams = new List<DiagramInfo>();
        var context = new CodeBlockContext(linter) { LintEveryDockerfile = lintEveryDockerfile };
        var words = 0;
        var mentions = new List<RuleMention>();
        var lastHeading = title ?? "";
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HeadingBlock heading:
                    lastHeading = InlineText.Of(heading.Inline);
                    if (heading.TryGetAttributes()?.Id is { } id)
                    {
                        ids.Add(id);
                        if (heading.Level is 2 or 3)
                        {
                            toc.Add(new TocEntry(heading.Level, id, lastHeading));
                        }
                    }
                    break;
                case FencedCodeBlock { Info: "mermaid" } diagram:
                    var alt = DiagramText.AltText(diagram.Arguments, diagram.Lines.ToString(), lastHeading);
                    context.DiagramAlt[diagram] = alt;
                    diagrams.Add(new DiagramInfo(diagram.Line + 1, alt));
                    break;
                case CodeBlock code:
                    words += CountWords(code.Lines.ToString());
                    break;
                case LinkInline link when link.Url is not null && !link.IsAutoLink:
                    links.Add(new DocumentLink(link.Line + 1, link.Url));
                    break;
                case LiteralInline literal:
                    var text = literal.Content.ToString();
                    words += CountWords(text);
                    FindRuleCodes(text, literal.Line + 1, mentions);
                    break;
                case CodeInline inlineCode:
                    FindRuleCodes(inlineCode.Content, inlineCode.Line + 1, mentions);
                    break;
            }
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<CodeBlockRenderer>(new CourseCodeBlockRenderer(context));
        renderer.ObjectRenderers.Replace<HeadingRenderer>(new AnchoredHeadingRenderer(pagePath));
        renderer.LinkRewriter = url => url.StartsWith('#') ? pagePath + url : url;
        renderer.Render(document);
        writer.Flush();
        return new RenderedDocument(title, writer.ToString(), toc, ids, links, diagrams, context.Examples, words) { RuleMentions = mentions };
    }

    private static Block? FirstContentBlock(MarkdownDocument document)
    {
        foreach (var block in document)
        {
            if (block is not Markdig.Extensions.Yaml.YamlFrontMatterBlock)
            {
                return block;
            }
        }
        return null;
    }

    /// <summary>Finds "DL" followed by exactly four digits, standing as a word of its own.</summary>
    private static void FindRuleCodes(string text, int line, List<RuleMention> mentions)
    {
        for (var i = text.IndexOf("DL", StringComparison.Ordinal); i >= 0; i = text.IndexOf("DL", i + 2, StringComparison.Ordinal))
        {
            var end = i + 6;
            if (end > text.Length || (i > 0 && char.IsLetterOrDigit(text[i - 1])) || (end < text.Length && char.IsLetterOrDigit(text[end])))
            {
                continue;
            }
            if (char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3]) && char.IsAsciiDigit(text[i + 4]) && char.IsAsciiDigit(text[i + 5]))
            {
                mentions.Add(new RuleMention(line, text[i..end]));
            }
        }
    }

    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }
            inWord = letter;
        }
        return count;
    }
}
