using CoursePlatform.Content.Highlighting;

namespace CoursePlatform.Content.Tests;

public class HighlightingTests
{
    [Theory]
    [InlineData("FROM node:20 AS builder\n", "<span class=\"hl-kw\">FROM</span>")]
    [InlineData("FROM node:20 AS builder\n", "<span class=\"hl-kw\">AS</span>")]
    [InlineData("# build\nFROM scratch\n", "<span class=\"hl-com\"># build</span>")]
    [InlineData("FROM a\nCOPY --from=builder /app /app\n", "<span class=\"hl-flag\">--from")]
    [InlineData("FROM a\nRUN echo \"$HOME\" && ls\n", "<span class=\"hl-op\">&amp;&amp;</span>")]
    [InlineData("FROM a\nENV PATH=\"/opt/venv/bin:$PATH\"\n", "<span class=\"hl-str\">&quot;/opt/venv/bin:$PATH&quot;</span>")]
    public void Dockerfile_parts_get_their_colour(string dockerfile, string expected) =>
        Assert.Contains(expected, CodeHighlighter.ToHtml("dockerfile", dockerfile));

    [Theory]
    [InlineData("FROM a\nRUN <<EOF\necho <b>\nEOF\n")]
    [InlineData("FROM \"unterminated\nRUN \\\n")]
    [InlineData("\u0000\u0001<script>")]
    [InlineData("")]
    public void Highlighting_keeps_every_character_and_escapes_html(string code)
    {
        var html = CodeHighlighter.ToHtml("dockerfile", code);

        var text = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", ""));
        Assert.Equal(code, text);
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<b>", html);
    }

    [Theory]
    [InlineData("bash", "Bash")]
    [InlineData("sh", "Bash")]
    [InlineData("yml", "YAML")]
    [InlineData("Dockerfile", "Dockerfile")]
    [InlineData(null, "Text")]
    [InlineData("cobol", "cobol")]
    public void Code_blocks_are_labelled_with_their_language(string? fence, string label) =>
        Assert.Equal(label, CodeHighlighter.DisplayName(fence));

    [Fact]
    public void An_unknown_language_is_escaped_but_not_coloured() =>
        Assert.Equal("a &lt; b", CodeHighlighter.ToHtml("cobol", "a < b"));
}
