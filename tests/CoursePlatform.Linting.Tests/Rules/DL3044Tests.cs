using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3044Tests
{
    [Theory]
    [InlineData("FROM alpine:3.20\nENV BLA=\"blubb\" BLUBB=\"$BLA/$BLAFOO/blubb\"")]
    [InlineData("FROM alpine:3.20\nENV PATH=/bla:${PATH} PATH=/blubb:${PATH}")]
    [InlineData("FROM alpine:3.20\nENV A=1 B=${A}")]
    [InlineData("FROM alpine:3.20\nENV A=1 B=x$A")]
    [InlineData("FROM alpine:3.20\nENV B=$A A=1")]
    [InlineData("FROM alpine:3.20\nENV A=1 B=\"$A\"")]
    [InlineData("FROM alpine:3.20\nENV A=1 \\\n    B=$A-suffix")]
    [InlineData("FROM alpine:3.20\nENV A=1 B=$A\nARG A")]
    public void Fires_on_references_to_a_pair_of_the_same_env(string dockerfile) => Lint.Fires("DL3044", dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20\nENV BLA=\"blubb\" BLUBB=\"BLA/$BLAFOO/BLA\"")]
    [InlineData("FROM alpine:3.20\nENV PATH=/bla:${PATH}")]
    [InlineData("FROM alpine:3.20\nARG BLA\nENV BLA=${BLA}")]
    [InlineData("FROM alpine:3.20\nARG A\nENV A=1 B=$A")]
    [InlineData("FROM alpine:3.20\nENV A=0\nENV A=1 B=$A")]
    [InlineData("FROM alpine:3.20 AS one\nENV A=0\nFROM alpine:3.20\nENV A=1 B=$A")]
    [InlineData("FROM alpine:3.20\nENV A=1\nENV B=$A")]
    [InlineData("FROM alpine:3.20\nENV A=1 B=${A_B}")]
    [InlineData("FROM alpine:3.20\nENV A 1 $A")]
    [InlineData("FROM alpine:3.20\nONBUILD ENV A=1 B=$A")]
    [InlineData("FROM alpine:3.20\nARG X A\nENV A=1 B=$A")]
    [InlineData("FROM alpine:3.20\nENV X=0 A=0\nENV A=1 B=$A")]
    public void Passes_on_self_references_and_earlier_definitions(string dockerfile) => Lint.Passes("DL3044", dockerfile);

    [Fact]
    public void Reports_once_per_instruction_on_the_key_holding_the_reference()
    {
        var finding = Assert.Single(Lint.Of("DL3044", "FROM alpine:3.20\nENV A=1 B=$A C=$A"));
        Assert.Equal((2, 9, 2, 10), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
    }
}
