using CoursePlatform.Linting.Configuration;
using CoursePlatform.Linting.Rules;
using CsCheck;

namespace CoursePlatform.Linting.Tests.BuildKit;

public class BuildKitChecksNeverThrowTests
{
    private static readonly Rule[] Checks = [.. RuleCatalog.All.Where(r => r.GetType().Namespace == "CoursePlatform.Linting.Rules.BuildKit")];

    private static readonly LintOptions WithIgnore = LintOptions.Default with { DockerIgnore = "*\n[\n**/x?\n\\" };

    [Theory]
    [InlineData("FROM")]
    [InlineData("FROM ")]
    [InlineData("FROM --platform=")]
    [InlineData("FROM --platform= AS")]
    [InlineData("FROM a AS")]
    [InlineData("FROM a as b c d")]
    [InlineData("FROM ${")]
    [InlineData("ARG")]
    [InlineData("ARG =x\nFROM $")]
    [InlineData("ARG A=${\nFROM a")]
    [InlineData("FROM a\nENV")]
    [InlineData("FROM a\nENV ${=${")]
    [InlineData("FROM a\nLABEL \"")]
    [InlineData("FROM a\nCOPY")]
    [InlineData("FROM a\nCOPY --chown= ${ $")]
    [InlineData("FROM a\nCOPY <<EOF")]
    [InlineData("FROM a\nCOPY <<EOF /x\n${\n")]
    [InlineData("FROM a\nADD [\"$\"")]
    [InlineData("FROM a\nEXPOSE")]
    [InlineData("FROM a\nEXPOSE ${A:-\"} :::: / //")]
    [InlineData("FROM a\nRUN --mount=,,=,$,from=$ x")]
    [InlineData("FROM a\nRUN --mount")]
    [InlineData("FROM a\nWORKDIR")]
    [InlineData("FROM a\nVOLUME [")]
    [InlineData("FROM a\nONBUILD")]
    [InlineData("#\n#\nFROM a AS b\n# \nARG")]
    [InlineData("FROM a \\\n\n")]
    [InlineData("\\\n\n\\")]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData("# escape=`\nFROM a\nENV A=`")]
    [InlineData("FROM a AS b\nFROM b AS a\nFROM a")]
    public void Half_typed_files_do_not_throw(string dockerfile)
    {
        foreach (var rule in Checks)
        {
            Assert.Null(Record.Exception(() => BuildKitCheck.RunDirectly(rule, dockerfile, WithIgnore)));
        }
    }

    [Fact]
    public void Random_files_do_not_throw_and_report_inside_the_source()
    {
        string[] keywords = ["FROM", "from", "FROM --platform=$X", "ARG", "ENV", "LABEL", "COPY", "ADD", "EXPOSE",
            "WORKDIR", "USER", "VOLUME", "RUN --mount=type=cache,target=", "CMD", "HEALTHCHECK", "ONBUILD", "STOPSIGNAL", "#", ""];
        var keyword = Gen.Int[0, keywords.Length - 1].Select(i => keywords[i]);
        var word = Gen.String[Gen.Char["abAS $${}:-+?#%/'\"\\`=*.<>[],09"], 0, 12];
        var line = Gen.Select(keyword, word.Array[0, 4], (k, words) => k + " " + string.Join(' ', words));
        line.Array[0, 8].Select(lines => string.Join('\n', lines))
            .Sample(text =>
            {
                foreach (var rule in Checks)
                {
                    // RunDirectly cuts each finding's span out of the text, so a span outside it fails here.
                    BuildKitCheck.RunDirectly(rule, text, WithIgnore);
                }
            }, iter: 2000);
    }
}
