using CoursePlatform.Linting.Rules.BuildKit;

namespace CoursePlatform.Linting.Tests.BuildKit;

public class InvalidDefinitionDescriptionTests
{
    private static Reported[] Run(string dockerfile) => BuildKitCheck.RunDirectly(new InvalidDefinitionDescription(), dockerfile);

    [Theory]
    [InlineData("# a non-descriptive comment\nFROM scratch AS base")]
    [InlineData("# another non-descriptive comment\nARG VERSION=1\nFROM scratch")]
    [InlineData("FROM scratch\n# the version\nARG VERSION=1")]
    [InlineData("# Base is the base\nFROM scratch AS Base")]
    [InlineData("# base builds\n# something else\nFROM scratch AS base")]
    [InlineData("# base builds\n\nFROM scratch AS base2")]
    [InlineData("# VERSION\tthe version\nARG VERSION")]
    [InlineData("# A_B\nARG A B")]
    public void Fires_when_the_last_comment_line_does_not_start_with_the_name(string dockerfile)
        => Assert.NotEmpty(Run(dockerfile));

    [Theory]
    [InlineData("# build-cli builds the CLI binary\nFROM alpine AS build-cli")]
    [InlineData("# VERSION controls the version\nARG VERSION=1\nFROM scratch")]
    [InlineData("# base\nFROM scratch AS Base")]
    [InlineData("# something\n# base builds it\nFROM scratch AS base")]
    [InlineData("# not a description\n#\nFROM scratch AS base")]
    [InlineData("FROM scratch AS base")]
    [InlineData("# a comment\nFROM scratch")]
    [InlineData("# a comment\nCOPY a b")]
    [InlineData("# B is the second\nARG A B")]
    [InlineData("# VERSION\nARG VERSION=1")]
    [InlineData("#   base   builds it\nFROM scratch AS base")]
    [InlineData("FROM scratch\n# just a comment\nRUN echo")]
    public void Passes_on_descriptions_and_other_instructions(string dockerfile) => Assert.Empty(Run(dockerfile));

    [Theory]
    [InlineData("# a non-descriptive comment\nFROM scratch AS base", "Comment for FROM should follow the format: `# base <description>`")]
    [InlineData("# the version\nARG VERSION=1", "Comment for ARG should follow the format: `# VERSION <description>`")]
    [InlineData("# the versions\nARG A=1 B=2", "Comment for ARG should follow the format: `# <arg_key> <description>`")]
    public void Uses_the_builder_message(string dockerfile, string message)
        => Assert.Equal(message, Assert.Single(Run(dockerfile)).Message);

    [Fact]
    public void Underlines_the_last_comment_line()
        => Assert.Equal("# another comment", Assert.Single(Run("# one comment\n# another comment\nFROM scratch AS base")).Text);

    [Fact]
    public void Is_experimental_and_off_by_default()
    {
        Assert.True(new InvalidDefinitionDescription().IsExperimental);
        Support.Lint.Passes("InvalidDefinitionDescription", "# a non-descriptive comment\nFROM scratch AS base");
    }
}
