using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3046Tests
{
    [Theory]
    [InlineData("RUN useradd -u 1234567 app")]
    [InlineData("RUN useradd -m -u 10000000 -s /bin/sh app")]
    [InlineData("RUN groupadd -g 1234567 app && useradd -u 1234567 -g app app")]
    [InlineData("RUN useradd -mu 1234567 app")]
    [InlineData("ONBUILD RUN useradd -u 1234567 app")]
    public void Fires_on_a_long_uid_without_l(string run) => Lint.Fires("DL3046", "FROM debian\n" + run);

    [Theory]
    [InlineData("RUN useradd -l -u 1234567 app")]
    [InlineData("RUN useradd --no-log-init -u 1234567 app")]
    [InlineData("RUN useradd -lu 1234567 app")]
    [InlineData("RUN useradd -u 1000 app")]
    [InlineData("RUN useradd -u 12345 app")]
    [InlineData("RUN useradd --uid 1234567 app")]
    [InlineData("RUN useradd app")]
    [InlineData("RUN adduser -u 1234567 app")]
    public void Passes_with_l_short_uids_or_the_long_option(string run) => Lint.Passes("DL3046", "FROM debian\n" + run);
}
