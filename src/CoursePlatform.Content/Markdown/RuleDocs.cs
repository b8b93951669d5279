using System.Collections.Concurrent;
using CoursePlatform.Linting.Rules;

namespace CoursePlatform.Content.Markdown;

/// <summary>Rule explanations rendered through the course pipeline, once per rule.</summary>
public sealed class RuleDocs(CourseMarkdown markdown)
{
    private readonly ConcurrentDictionary<string, RenderedDocument> _rendered = new(StringComparer.Ordinal);

    public IReadOnlyList<Rule> All => RuleCatalog.All;

    public Rule? Find(string codeOrAlias) => RuleCatalog.Find(codeOrAlias);

    public RenderedDocument Render(Rule rule) =>
        _rendered.GetOrAdd(rule.Code, _ => markdown.Render(rule.Explanation, "/rules/" + rule.Code, lintEveryDockerfile: true));
}
