using CoursePlatform.Content.Markdown;
using Markdig;
using Microsoft.AspNetCore.Components;

namespace CoursePlatform.Web.Problems;

/// <summary>One line of check text (it may hold `code`) through the course pipeline, which escapes raw HTML.</summary>
public static class InlineMarkdown
{
    public static MarkupString ToHtml(string text)
    {
        var html = Markdown.ToHtml(text, CourseMarkdown.Pipeline).Trim();
        if (html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal) && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0)
        {
            html = html[3..^4];
        }
        return new MarkupString(html);
    }
}
