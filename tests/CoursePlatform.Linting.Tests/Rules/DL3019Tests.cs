using CoursePlatform.Linting.Tests.Support;
using static CoursePlatform.Linting.Tests.Rules.PackageRuleTestSupport;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3019Tests
{
    [Theory]
    [InlineData("RUN apk add curl=8.12.1-r0")]
    [InlineData("RUN apk update && apk add curl=8.12.1-r0")]
    [InlineData("RUN --mount=type=cache,target=/root/.cache apk add curl=8.12.1-r0")]
    [InlineData("RUN --mount=type=bind,target=/var/cache/apk apk add curl=8.12.1-r0")]
    [InlineData("FROM alpine:3.20\nONBUILD RUN apk add curl=8.12.1-r0")]
    public void Fires_without_no_cache(string dockerfile) => Lint.Fires("DL3019", dockerfile);

    [Theory]
    [InlineData("RUN apk add --no-cache curl=8.12.1-r0")]
    [InlineData("RUN apk --no-cache add curl=8.12.1-r0")]
    [InlineData("RUN --mount=type=cache,target=/var/cache/apk apk add curl=8.12.1-r0")]
    [InlineData("RUN --mount=type=tmpfs,target=/var/cache/apk apk add curl=8.12.1-r0")]
    [InlineData("RUN --mount=type=cache,target=/var/cache/apk,sharing=locked apk add curl=8.12.1-r0")]
    [InlineData("RUN apk del curl")]
    public void Passes_with_no_cache_or_a_cache_mount(string dockerfile) => Lint.Passes("DL3019", dockerfile);

    [Fact]
    public void Underlines_the_apk_command()
    {
        Assert.Equal(["apk add curl=8.12.1-r0"], Underlined("DL3019", "RUN apk update && apk add curl=8.12.1-r0"));
    }
}
