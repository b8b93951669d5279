using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.BuildKit;

public class MultipleInstructionsDisallowedTests
{
    [Theory]
    [InlineData("FROM alpine\nCMD [\"a\"]\nCMD [\"b\"]", 2)]
    [InlineData("FROM alpine\nENTRYPOINT a\nRUN x\nENTRYPOINT b", 2)]
    [InlineData("FROM alpine\nHEALTHCHECK CMD a\nHEALTHCHECK NONE", 2)]
    [InlineData("FROM alpine\ncmd a\nCMD b", 2)]
    [InlineData("FROM alpine\nCMD a\nFROM alpine\nCMD b\nRUN x\nCMD c", 4)]
    public void Fires_on_the_earlier_overridden_instruction(string dockerfile, int line)
        => Assert.Equal([line], Lint.Fires("MultipleInstructionsDisallowed", dockerfile));

    [Theory]
    [InlineData("FROM alpine\nCMD a")]
    [InlineData("FROM alpine AS a\nCMD a\nFROM a AS b\nCMD b")]
    [InlineData("FROM alpine\nCMD a\nFROM alpine\nCMD b")]
    [InlineData("FROM alpine\nHEALTHCHECK CMD [\"a\"]\nCMD [\"a\"]\nENTRYPOINT [\"a\"]")]
    [InlineData("FROM alpine\nONBUILD CMD a\nCMD b")]
    [InlineData("CMD a\nCMD b\nFROM alpine\nCMD c")]
    public void Passes_when_nothing_is_overridden_in_the_stage(string dockerfile) => Lint.Passes("MultipleInstructionsDisallowed", dockerfile);

    [Fact]
    public void Reports_each_kind_on_its_first_instruction()
    {
        const string dockerfile = "FROM scratch\nENTRYPOINT [\"/myapp\"]\nCMD [\"/myapp\"]\nHEALTHCHECK CMD [\"/myapp\"]\nCOPY <<EOF /a.txt\nHello, World!\nEOF\nENTRYPOINT [\"/myapp\"]\nCMD [\"/myapp\"]\nHEALTHCHECK CMD [\"/myapp\"]";
        var reported = BuildKitCheck.Report("MultipleInstructionsDisallowed", dockerfile);
        Assert.Equal([2, 3, 4], reported.Select(r => r.Line));
        Assert.Equal("Multiple ENTRYPOINT instructions should not be used in the same stage because only the last one will be used", reported[0].Message);
        Assert.Equal("Multiple HEALTHCHECK instructions should not be used in the same stage because only the last one will be used", reported[2].Message);
    }

    [Fact]
    public void Reports_two_of_three_instructions()
        => Assert.Equal([2, 3], Lint.Fires("MultipleInstructionsDisallowed", "FROM alpine\nCMD a\nCMD b\nCMD c"));
}

public class LegacyKeyValueFormatTests
{
    [Theory]
    [InlineData("FROM alpine\nENV key value")]
    [InlineData("FROM alpine\nENV key value with spaces")]
    [InlineData("FROM alpine\nLABEL maintainer someone")]
    [InlineData("FROM alpine\nenv key value")]
    public void Fires_on_the_whitespace_form(string dockerfile) => Lint.Fires("LegacyKeyValueFormat", dockerfile);

    [Theory]
    [InlineData("FROM alpine\nENV key=value")]
    [InlineData("FROM alpine\nENV a=b c=d")]
    [InlineData("FROM alpine\nLABEL a=\"b c\"")]
    [InlineData("FROM alpine\nARG a b")]
    [InlineData("FROM alpine\nONBUILD ENV key value")]
    public void Passes_on_key_value_form_and_arg(string dockerfile) => Lint.Passes("LegacyKeyValueFormat", dockerfile);

    [Theory]
    [InlineData("FROM alpine\nENV key value", "\"ENV key=value\" should be used instead of legacy \"ENV key value\" format")]
    [InlineData("FROM alpine\nlabel key value", "\"LABEL key=value\" should be used instead of legacy \"LABEL key value\" format")]
    public void Uses_the_builder_message(string dockerfile, string message)
        => Assert.Equal(message, Assert.Single(BuildKitCheck.Report("LegacyKeyValueFormat", dockerfile)).Message);

    [Fact]
    public void Underlines_the_key_and_value()
        => Assert.StartsWith("key", Assert.Single(BuildKitCheck.Report("LegacyKeyValueFormat", "FROM alpine\nENV key value")).Text);
}
