using CoursePlatform.Linting.Configuration;
using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.BuildKit;

public class CopyIgnoredFileTests
{
    private static LintOptions With(string dockerIgnore) => LintOptions.Default with { DockerIgnore = dockerIgnore };

    [Theory]
    [InlineData("Dockerfile", "FROM alpine\nCOPY Dockerfile .")]
    [InlineData("Dockerfile", "FROM alpine\nCOPY ./Dockerfile .")]
    [InlineData("*", "FROM alpine\nCOPY . .")]
    [InlineData("**", "FROM alpine\nCOPY . .")]
    [InlineData("**/*", "FROM alpine\nCOPY ./ /app")]
    [InlineData("node_modules", "FROM alpine\nCOPY node_modules/pkg/index.js /app/")]
    [InlineData("*.md", "FROM alpine\nADD README.md /docs/")]
    [InlineData("secret.txt", "FROM alpine\nCOPY [\"secret.txt\", \"/s\"]")]
    [InlineData("config", "FROM alpine\nARG DIR=config\nCOPY $DIR /etc/app")]
    [InlineData("# comment\n\n.git", "FROM alpine\nCOPY .git /src/.git")]
    public void Fires_on_excluded_sources(string dockerIgnore, string dockerfile)
        => Lint.Fires("CopyIgnoredFile", dockerfile, With(dockerIgnore));

    [Theory]
    [InlineData("**\n!Dockerfile", "FROM alpine\nCOPY ./Dockerfile .")]
    [InlineData("*.md\n!README.md", "FROM alpine\nCOPY CHANGELOG.md .")]
    [InlineData(".*", "FROM alpine\nCOPY . .")]
    [InlineData("*.md", "FROM alpine\nCOPY . .")]
    [InlineData("Dockerfile", "FROM alpine AS build\nFROM alpine\nCOPY --from=build Dockerfile .")]
    [InlineData("*", "FROM alpine\nADD https://example.com/file.tar.gz /x")]
    [InlineData("*", "FROM alpine\nADD git@github.com:owner/repo.git /x")]
    [InlineData("*", "FROM alpine\nCOPY <<EOF /x\nhello\nEOF")]
    [InlineData("*.md", "FROM alpine\nCOPY src/ /app")]
    [InlineData("", "FROM alpine\nCOPY Dockerfile .")]
    [InlineData("Dockerfile", "FROM alpine\nONBUILD COPY Dockerfile .")]
    public void Passes_on_included_remote_or_unchecked_sources(string dockerIgnore, string dockerfile)
        => Lint.Passes("CopyIgnoredFile", dockerfile, With(dockerIgnore));

    [Fact]
    public void Does_nothing_without_a_dockerignore() => Lint.Passes("CopyIgnoredFile", "FROM alpine\nCOPY Dockerfile .");

    [Theory]
    [InlineData("Dockerfile", "FROM alpine\nCOPY ./Dockerfile .", "./Dockerfile", "Attempting to Copy file \"Dockerfile\" that is excluded by .dockerignore")]
    [InlineData("*", "FROM alpine\nCOPY . .", ".", "Attempting to Copy file \".\" that is excluded by .dockerignore")]
    [InlineData("*.md", "FROM alpine\nADD a.txt README.md /docs/", "README.md", "Attempting to Add file \"README.md\" that is excluded by .dockerignore")]
    public void Underlines_the_source_with_the_cleaned_path(string dockerIgnore, string dockerfile, string underlined, string message)
    {
        var reported = Assert.Single(BuildKitCheck.Report("CopyIgnoredFile", dockerfile, With(dockerIgnore)));
        Assert.Equal((underlined, message), (reported.Text, reported.Message));
    }
}
