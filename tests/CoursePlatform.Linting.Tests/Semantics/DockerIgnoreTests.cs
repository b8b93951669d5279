using CoursePlatform.Linting.Semantics;

namespace CoursePlatform.Linting.Tests.Semantics;

public class DockerIgnoreTests
{
    [Theory]
    [InlineData("Dockerfile", "Dockerfile", true)]
    [InlineData("Dockerfile", "dockerfile", false)]
    [InlineData("*.md", "README.md", true)]
    [InlineData("*.md", "docs/README.md", false)]
    [InlineData("*/*.md", "docs/README.md", true)]
    [InlineData("**/*.md", "docs/a/README.md", true)]
    [InlineData("**/*.md", "README.md", true)]
    [InlineData("**", "anything/at/all", true)]
    [InlineData("docs/**", "docs/a/b.txt", true)]
    [InlineData("a/**/b", "a/b", true)]
    [InlineData("a/**/b", "a/x/y/b", true)]
    [InlineData("a/**/b", "ab", false)]
    [InlineData("file?.txt", "file1.txt", true)]
    [InlineData("file?.txt", "file10.txt", false)]
    [InlineData("file?", "file/", false)]
    [InlineData("[abc].txt", "b.txt", true)]
    [InlineData("[abc].txt", "d.txt", false)]
    [InlineData("[a-c].txt", "c.txt", true)]
    [InlineData("[^a-c].txt", "d.txt", true)]
    [InlineData("[^a-c].txt", "a.txt", false)]
    [InlineData("\\*.txt", "*.txt", true)]
    [InlineData("\\*.txt", "a.txt", false)]
    [InlineData("a.b", "axb", false)]
    [InlineData("/node_modules", "node_modules/x/index.js", true)]
    [InlineData("./node_modules", "node_modules", true)]
    [InlineData("node_modules/", "node_modules/x", true)]
    [InlineData("a//b/../c", "a/c", true)]
    [InlineData("build", "build/out/app.dll", true)]
    [InlineData("build", "src/build", false)]
    [InlineData("  spaced.txt  ", "spaced.txt", true)]
    [InlineData("[", "[", false)]
    public void Matches_paths_like_the_builder(string pattern, string path, bool excluded)
        => Assert.Equal(excluded, DockerIgnore.Parse(pattern).Matches(path));

    [Theory]
    [InlineData("./Dockerfile", true)]
    [InlineData("Dockerfile/", true)]
    [InlineData("x/../Dockerfile", true)]
    [InlineData("src/Dockerfile", false)]
    public void Cleans_the_path_before_matching(string path, bool excluded)
        => Assert.Equal(excluded, DockerIgnore.Parse("Dockerfile").Matches(path));

    [Fact]
    public void Skips_comments_and_blank_lines()
    {
        var ignore = DockerIgnore.Parse("# a comment\n\n   \n*.log\r\n");
        Assert.Equal(["*.log"], ignore.Patterns.Select(p => p.Text));
        Assert.True(ignore.Matches("debug.log"));
    }

    [Fact]
    public void Treats_a_hash_only_as_a_comment_in_the_first_column()
    {
        var ignore = DockerIgnore.Parse(" #notes");
        Assert.True(ignore.Matches("#notes"));
    }

    [Fact]
    public void Lets_later_exceptions_re_include_and_later_patterns_exclude_again()
    {
        var ignore = DockerIgnore.Parse("*.md\n!README.md\nREADME*");
        Assert.True(ignore.HasExceptions);
        Assert.True(ignore.Matches("CHANGELOG.md"));
        Assert.True(ignore.Matches("README.md"));
        Assert.False(DockerIgnore.Parse("*.md\n!README.md").Matches("README.md"));
    }

    [Theory]
    [InlineData("*", true)]
    [InlineData("**", true)]
    [InlineData("**/*", true)]
    [InlineData(".*", false)]
    [InlineData("*.md", false)]
    public void Knows_when_the_whole_context_is_excluded(string content, bool whole)
        => Assert.Equal(whole, DockerIgnore.Parse(content).ExcludesWholeContext);

    [Theory]
    [InlineData("", ".")]
    [InlineData("./a/b/", "a/b")]
    [InlineData("/a/../../b", "/b")]
    [InlineData("../a", "../a")]
    [InlineData("a/./b//c", "a/b/c")]
    [InlineData("/", "/")]
    public void Cleans_paths_like_go(string path, string clean) => Assert.Equal(clean, DockerIgnore.CleanPath(path));

    [Fact]
    public void Strips_a_byte_order_mark()
        => Assert.True(DockerIgnore.Parse("\uFEFFsecret.txt").Matches("secret.txt"));

    [Fact]
    public void Stays_fast_on_patterns_with_many_stars()
        => Assert.False(DockerIgnore.Parse("*a*a*a*a*a*a*a*a*b").Matches(new string('a', 200)));
}
