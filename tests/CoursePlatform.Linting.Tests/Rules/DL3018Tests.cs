using CoursePlatform.Linting.Tests.Support;
using static CoursePlatform.Linting.Tests.Rules.PackageRuleTestSupport;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3018Tests
{
    [Theory]
    [InlineData("RUN apk add flask")]
    [InlineData("RUN apk add --no-cache flask=0.7 curl")]
    [InlineData("RUN apk add --repository=https://dl-cdn.alpinelinux.org/alpine/edge/testing flow")]
    [InlineData("RUN apk --no-cache add flask")]
    [InlineData("RUN [\"apk\", \"add\", \"flask\"]")]
    [InlineData("FROM alpine:3.20\nONBUILD RUN apk add flask")]
    public void Fires_on_an_unpinned_apk_package(string dockerfile) => Lint.Fires("DL3018", dockerfile);

    [Theory]
    [InlineData("RUN apk add flask=0.7")]
    [InlineData("RUN apk add flask~0.7")]
    [InlineData("RUN apk add 'flex>=2.6'")]
    [InlineData("RUN apk add 'flex<3'")]
    [InlineData("RUN apk add git~2.52")]
    [InlineData("RUN apk add libbz2=~1.0")]
    [InlineData("RUN apk add /tmp/flask-0.7.apk")]
    [InlineData("RUN apk add --no-cache --repository https://nl.alpinelinux.org/alpine/edge/testing flow=0.78.0-r0")]
    [InlineData("RUN apk add --no-cache -X https://nl.alpinelinux.org/alpine/edge/testing flow=0.78.0-r0")]
    [InlineData("RUN apk add --virtual build-dependencies python-dev=1.1.1 build-base=2.2")]
    [InlineData("RUN apk add -t .build-deps curl=8.12.1-r0")]
    [InlineData("RUN apk del flask")]
    [InlineData("RUN apk update")]
    public void Passes_on_pinned_packages_and_option_values(string dockerfile) => Lint.Passes("DL3018", dockerfile);

    [Fact]
    public void Reports_once_per_run_on_the_first_unpinned_package()
    {
        Assert.Equal(["git"], Underlined("DL3018", "RUN apk add --no-cache curl=8.0 git bash && apk add vim"));
    }
}
