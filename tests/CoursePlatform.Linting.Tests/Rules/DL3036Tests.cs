using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3036Tests
{
    [Theory]
    [InlineData("RUN zypper install -y httpd=2.4.24")]
    [InlineData("RUN zypper in -y httpd=2.4.24")]
    [InlineData("RUN zypper clean && zypper install -y httpd=2.4.24")]
    [InlineData("RUN --mount=type=cache,target=/var/cache/apt zypper install -y httpd=2.4.24")]
    [InlineData("RUN --mount=type=bind,target=/var/cache/zypp zypper install -y httpd=2.4.24")]
    [InlineData("FROM opensuse/leap:15.6\nONBUILD RUN zypper install -y httpd=2.4.24")]
    public void Fires_without_a_clean_after_the_install(string dockerfile) => Lint.Fires("DL3036", dockerfile);

    [Theory]
    [InlineData("RUN zypper install -y httpd=2.4.24 && zypper clean")]
    [InlineData("RUN zypper install -y httpd=2.4.24 && zypper cc")]
    [InlineData("RUN zypper install -y httpd=2.4.24 && zypper clean --all")]
    [InlineData("RUN --mount=type=cache,target=/var/cache/zypp zypper install -y httpd=2.4.24")]
    [InlineData("RUN --mount=type=tmpfs,target=/var/cache/zypp zypper install -y httpd=2.4.24")]
    [InlineData("RUN zypper refresh")]
    [InlineData("RUN zypper remove -y httpd")]
    public void Passes_with_a_clean_or_a_cache_mount(string dockerfile) => Lint.Passes("DL3036", dockerfile);
}
