using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3012Tests
{
    [Theory]
    [InlineData("FROM scratch\nHEALTHCHECK CMD /bin/bla1\nHEALTHCHECK CMD /bin/bla2", 3)]
    [InlineData("FROM scratch\nHEALTHCHECK NONE\nHEALTHCHECK CMD /bin/bla", 3)]
    [InlineData("FROM scratch\nHEALTHCHECK CMD /bin/bla\nRUN x\nHEALTHCHECK NONE", 4)]
    public void Fires_on_a_second_healthcheck_in_a_stage(string dockerfile, int line) => Assert.Equal([line], Lint.Fires("DL3012", dockerfile));

    [Theory]
    [InlineData("FROM scratch")]
    [InlineData("FROM scratch\nHEALTHCHECK CMD /bin/bla")]
    [InlineData("FROM scratch\nHEALTHCHECK CMD /bin/bla1\nFROM scratch\nHEALTHCHECK CMD /bin/bla2")]
    [InlineData("FROM scratch AS a\nHEALTHCHECK CMD /bin/bla1\nFROM a\nHEALTHCHECK CMD /bin/bla2")]
    [InlineData("FROM scratch\nHEALTHCHECK CMD /bin/bla\nONBUILD HEALTHCHECK CMD /bin/other")]
    public void Passes_with_one_healthcheck_per_stage(string dockerfile) => Lint.Passes("DL3012", dockerfile);

    [Fact]
    public void Reports_the_third_one_too() =>
        Assert.Equal([3, 4], Lint.Fires("DL3012", "FROM scratch\nHEALTHCHECK NONE\nHEALTHCHECK NONE\nHEALTHCHECK NONE"));
}
