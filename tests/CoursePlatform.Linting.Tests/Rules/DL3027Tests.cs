using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3027Tests
{
    [Theory]
    [InlineData("FROM debian\nRUN apt install -y curl")]
    [InlineData("FROM debian\nRUN apt-get update && apt upgrade -y")]
    [InlineData("FROM debian\nRUN DEBIAN_FRONTEND=noninteractive apt install -y curl")]
    [InlineData("FROM debian\nONBUILD RUN apt update")]
    public void Fires_on_apt(string dockerfile) => Lint.Fires("DL3027", dockerfile);

    [Theory]
    [InlineData("FROM debian\nRUN apt-get install -y curl")]
    [InlineData("FROM debian\nRUN apt-cache policy curl")]
    [InlineData("FROM debian\nRUN echo apt")]
    [InlineData("FROM debian\nRUN aptitude install curl")]
    public void Passes_on_apt_get_and_apt_cache(string dockerfile) => Lint.Passes("DL3027", dockerfile);
}
