using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL4006Tests
{
    [Theory]
    [InlineData("FROM debian\nRUN wget -O - https://x | wc -l")]
    [InlineData("FROM debian\nRUN a |& b")]
    [InlineData("FROM debian\nRUN echo $(a | b)")]
    [InlineData("FROM debian\nRUN set -o pipefail && a | b")]
    [InlineData("FROM debian\nSHELL [\"/bin/sh\", \"-o\", \"pipefail\", \"-c\"]\nRUN wget -O - https://x | wc -l")]
    [InlineData("FROM debian\nSHELL [\"/bin/bash\", \"-c\"]\nRUN a | b")]
    [InlineData("FROM debian\nSHELL [\"/bin/bash\", \"pipefail\", \"-c\"]\nRUN a | b")]
    [InlineData("FROM debian AS base\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nFROM base\nRUN a | b")]
    [InlineData("FROM alpine:3.6\n# \\\n# should solve DL4006\nSHELL [\"/bin/sh\", \"-o\", \"pipefail\", \"-c\"]\nRUN echo \"kaka\" | sed 's/a/o/g' >> /root/afile")]
    [InlineData("FROM mcr.microsoft.com/windows\nSHELL [\"C:\\\\Windows\\\\powershell.exe\", \"-c\"]\nRUN a | b")]
    [InlineData("FROM debian\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nSHELL [\"/bin/sh\", \"-c\"]\nRUN a | b")]
    [InlineData("# hadolint shell=powershell\nFROM debian\nRUN a | b")]
    [InlineData("FROM debian\nRUN [\"sh\", \"-c\", \"a | b\"]")]
    public void Fires_on_a_pipe_without_pipefail(string dockerfile) => Lint.Fires("DL4006", dockerfile);

    [Theory]
    [InlineData("FROM debian\nRUN a || b")]
    [InlineData("FROM debian\nRUN echo 'a | b' \"c | d\"")]
    [InlineData("FROM debian\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN a | b")]
    [InlineData("FROM debian\nSHELL [\"bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN a | b")]
    [InlineData("FROM debian\nSHELL [\"/bin/bash\", \"-eo\", \"pipefail\", \"-c\"]\nRUN a | b")]
    [InlineData("FROM debian\nSHELL [\"/usr/local/bin/zsh\", \"-o\", \"pipefail\", \"-c\"]\nRUN a | b")]
    [InlineData("FROM alpine\nSHELL [\"/bin/ash\", \"-o\", \"pipefail\", \"-c\"]\nRUN a | b")]
    [InlineData("FROM mcr.microsoft.com/powershell\nSHELL [\"pwsh\", \"-c\"]\nRUN a | b")]
    [InlineData("FROM mcr.microsoft.com/windows\nSHELL [\"powershell\", \"-Command\"]\nRUN a | b")]
    [InlineData("FROM mcr.microsoft.com/windows\nSHELL [\"cmd\", \"/S\", \"/C\"]\nRUN a | b")]
    [InlineData("FROM debian\nONBUILD RUN a | b")]
    [InlineData("FROM debian\nRUN a\nRUN b")]
    public void Passes_without_a_pipe_or_with_pipefail(string dockerfile) => Lint.Passes("DL4006", dockerfile);

    [Fact]
    public void Every_from_starts_over()
        => Assert.Equal([5], Lint.Fires("DL4006", "FROM debian\nSHELL [\"/bin/bash\",\"-o\",\"pipefail\",\"-c\"]\nRUN a | b\nFROM scratch as build2\nRUN a | b"));
}
