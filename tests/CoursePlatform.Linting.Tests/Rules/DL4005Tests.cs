using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL4005Tests
{
    [Theory]
    [InlineData("FROM debian\nRUN ln -sf /bin/bash /bin/sh")]
    [InlineData("FROM debian\nRUN ln -s /bin/sh /usr/local/bin/sh")]
    [InlineData("FROM debian\nRUN apt-get update && ln -sfv /bin/bash /bin/sh")]
    [InlineData("FROM debian\nONBUILD RUN ln -sf /bin/bash /bin/sh")]
    public void Fires_when_ln_touches_bin_sh(string dockerfile) => Lint.Fires("DL4005", dockerfile);

    [Theory]
    [InlineData("FROM debian\nRUN ln -sf /bin/true /sbin/initctl")]
    [InlineData("FROM debian\nRUN echo /bin/sh")]
    [InlineData("FROM debian\nRUN cp /bin/bash /bin/sh")]
    [InlineData("FROM debian\nSHELL [\"/bin/bash\", \"-c\"]")]
    public void Passes_on_other_links_and_commands(string dockerfile) => Lint.Passes("DL4005", dockerfile);
}
