using System.Net;
using CoursePlatform.Content.Highlighting;
using CoursePlatform.Linting;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace CoursePlatform.Content.Markdown;

/// <summary>State shared by the renderers of one document.</summary>
internal sealed class CodeBlockContext(Linter linter)
{
    public Linter Linter { get; } = linter;

    public Dictionary<CodeBlock, string> DiagramAlt { get; } = [];

    public List<LintedExample> Examples { get; } = [];

    public bool LintEveryDockerfile { get; init; }
}

/// <summary>Headings with their id and a visible anchor link to the section.</summary>
internal sealed class AnchoredHeadingRenderer(string pagePath) : HtmlObjectRenderer<HeadingBlock>
{
    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        var tag = "h" + heading.Level.ToString(System.Globalization.CultureInfo.InvariantCulture);
        renderer.Write('<').Write(tag).WriteAttributes(heading).Write('>');
        renderer.WriteLeafInline(heading);
        if (heading.Level >= 2 && heading.TryGetAttributes()?.Id is { } id)
        {
            renderer.Write(" <a class=\"heading-anchor\" href=\"").WriteEscapeUrl(pagePath + "#" + id)
                .Write("\" aria-label=\"Link to this section\">#</a>");
        }
        renderer.Write("</").Write(tag).WriteLine(">");
    }
}

/// <summary>
/// Code blocks: highlighted on the server with a copy button; <c>mermaid</c> fences become diagrams;
/// Dockerfile blocks with ❌/✅ examples get the engine's findings underneath.
/// </summary>
internal sealed class CourseCodeBlockRenderer(CodeBlockContext context) : HtmlObjectRenderer<CodeBlock>
{
    protected override void Write(HtmlRenderer renderer, CodeBlock block)
    {
        var language = (block as FencedCodeBlock)?.Info?.Trim();
        var code = block.Lines.ToString();
        if (language == "mermaid")
        {
            var alt = context.DiagramAlt.GetValueOrDefault(block) ?? "Diagram";
            renderer.Write("<figure class=\"diagram\"><pre class=\"mermaid\" role=\"img\" aria-label=\"")
                .WriteEscape(alt).Write("\">").WriteEscape(code).WriteLine("</pre></figure>");
            return;
        }
        var languageClass = string.IsNullOrEmpty(language) ? "text" : language.ToLowerInvariant();
        renderer.Write("<div class=\"code-block\"><div class=\"code-toolbar\"><span class=\"code-language\">")
            .WriteEscape(CodeHighlighter.DisplayName(language))
            .Write("</span><button type=\"button\" class=\"copy-button\" aria-label=\"Copy code to the clipboard\">Copy</button></div>")
            .Write("<pre class=\"code\" tabindex=\"0\"><code class=\"language-").WriteEscape(languageClass).Write("\">")
            .Write(CodeHighlighter.ToHtml(language, code))
            .Write("</code></pre>");
        if (CodeHighlighter.IsDockerfile(language))
        {
            var examples = LintExamples.Lint(code, context.Linter);
            if (examples.Count == 0 && context.LintEveryDockerfile)
            {
                examples = [LintExamples.LintWhole(code, context.Linter)];
            }
            context.Examples.AddRange(examples);
            if (examples.Count > 0)
            {
                renderer.Write(LintReportHtml.Render(examples));
            }
        }
        renderer.WriteLine("</div>");
    }
}

/// <summary>The "what the linter says" box under a code block.</summary>
internal static class LintReportHtml
{
    public static string Render(IReadOnlyList<LintedExample> examples)
    {
        var html = new System.Text.StringBuilder("<div class=\"lint-report\" role=\"group\" aria-label=\"What the linter reports for these examples\">");
        foreach (var example in examples)
        {
            var bad = example.Verdict == ExampleVerdict.Bad;
            html.Append("<div class=\"lint-example ").Append(bad ? "lint-bad" : "lint-good").Append("\">");
            html.Append("<p class=\"lint-caption\"><span aria-hidden=\"true\">").Append(bad ? "\u274C" : "\u2705").Append("</span> ");
            if (!example.IsWholeBlock)
            {
                html.Append("<span class=\"visually-hidden\">").Append(bad ? "Bad example" : "Good example").Append(": </span>");
            }
            html.Append(Encode(example.Caption.Length > 0 ? example.Caption : bad ? "Bad example" : "Good example"));
            html.Append(" <span class=\"lint-lines\">(lines ").Append(example.FirstLine).Append('\u2013').Append(example.LastLine).Append(")</span> \u2014 ");
            if (example.EngineFailed)
            {
                html.Append("the linter could not check this example.</p></div>");
                continue;
            }
            if (!example.HasInstructions)
            {
                html.Append("only comments, nothing to lint.</p></div>");
                continue;
            }
            if (example.Findings.Count == 0)
            {
                html.Append("no lint findings.</p></div>");
                continue;
            }
            html.Append("the linter reports ").Append(example.Findings.Count).Append(example.Findings.Count == 1 ? " finding" : " findings").Append(":</p><ul class=\"findings\">");
            foreach (var finding in example.Findings)
            {
                var severity = finding.Severity.ToString().ToLowerInvariant();
                html.Append("<li class=\"finding severity-").Append(severity).Append("\">");
                if (finding.HasRulePage)
                {
                    html.Append("<a class=\"finding-code\" href=\"/rules/").Append(WebUtility.UrlEncode(finding.Code)).Append("\">").Append(Encode(finding.Code)).Append("</a>");
                }
                else
                {
                    html.Append("<span class=\"finding-code\">").Append(Encode(finding.Code)).Append("</span>");
                }
                html.Append(" <span class=\"finding-severity\">").Append(severity).Append("</span>");
                html.Append(" <span class=\"finding-line\">line ").Append(finding.Line).Append("</span>: ");
                html.Append("<span class=\"finding-message\">").Append(Encode(finding.Message)).Append("</span></li>");
            }
            html.Append("</ul></div>");
        }
        return html.Append("</div>").ToString();
    }

    private static string Encode(string text) => HighlightWriter.Escape(text);
}
