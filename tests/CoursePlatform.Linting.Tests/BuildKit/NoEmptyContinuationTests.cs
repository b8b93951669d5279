using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.BuildKit;

public class NoEmptyContinuationTests
{
    [Theory]
    [InlineData("FROM alpine\nRUN echo \\\n\n  hello")]
    [InlineData("FROM alpine\nRUN echo \\\n   \t\n  hello")]
    [InlineData("FROM alpine\nRUN something \\\n\n    following \\\n\n    more")]
    [InlineData("ARG A=1 \\\n\n  B=2\nFROM alpine")]
    public void Fires_on_blank_lines_inside_a_continuation(string dockerfile) => Lint.Fires("NoEmptyContinuation", dockerfile);

    [Theory]
    [InlineData("FROM alpine\nRUN echo \\\n  hello")]
    [InlineData("FROM alpine\nRUN echo \\\n# a comment\n  hello")]
    [InlineData("FROM alpine\nRUN echo hello\n\nRUN echo again")]
    [InlineData("FROM alpine\nCOPY <<EOF /x\n\nline\nEOF")]
    public void Passes_without_blank_continuation_lines(string dockerfile) => Lint.Passes("NoEmptyContinuation", dockerfile);

    [Fact]
    public void Reports_once_on_the_instruction_s_last_line()
    {
        const string dockerfile = "\nFROM scratch\n# warning: empty continuation line\nCOPY Dockerfile \\\n\n.\nCOPY Dockerfile \\\n.\n";
        var reported = Assert.Single(BuildKitCheck.Report("NoEmptyContinuation", dockerfile));
        Assert.Equal(new Reported(".", "Empty continuation line", 6), reported);
    }

    [Fact]
    public void Reports_one_warning_for_several_blank_lines()
        => Assert.Equal([6], Lint.Fires("NoEmptyContinuation", "FROM alpine\nRUN something \\\n\n    following \\\n\n    more"));
}
