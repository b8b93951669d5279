using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3003Tests
{
    [Theory]
    [InlineData("FROM debian\nRUN cd /tmp && make")]
    [InlineData("FROM debian\nRUN (cd /src; make install)")]
    [InlineData("FROM debian\nRUN for d in a b; do cd $d; done")]
    [InlineData("FROM debian\nRUN echo start \\\n && cd /app \\\n && ls")]
    [InlineData("FROM debian\nRUN [\"cd\", \"/app\"]")]
    public void Fires_on_cd_anywhere_in_the_script(string dockerfile) => Lint.Fires("DL3003", dockerfile);

    [Theory]
    [InlineData("FROM debian\nWORKDIR /tmp\nRUN make")]
    [InlineData("FROM debian\nONBUILD RUN cd /app && make")]
    [InlineData("FROM debian\nRUN echo cd")]
    [InlineData("FROM debian\nRUN bash -c 'cd /app && make'")]
    [InlineData("FROM debian\nRUN cat <<EOF > /x.sh\ncd /app\nEOF")]
    public void Passes_without_a_cd_command(string dockerfile) => Lint.Passes("DL3003", dockerfile);

    [Fact]
    public void Reports_on_the_line_of_the_cd_inside_a_continued_run()
        => Assert.Equal([3], Lint.Fires("DL3003", "FROM debian\nRUN echo start \\\n && cd /app"));
}
