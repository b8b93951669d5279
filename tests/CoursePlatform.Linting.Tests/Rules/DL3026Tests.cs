using CoursePlatform.Linting.Configuration;
using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3026Tests
{
    private static readonly LintOptions Trusted = new() { TrustedRegistries = ["trusted.com"] };

    private static readonly LintOptions Patterns = new() { TrustedRegistries = ["*.corp.example.com", "registry*"] };

    private static readonly LintOptions DockerHub = new() { TrustedRegistries = ["docker.io"] };

    [Theory]
    [InlineData("FROM ubuntu:24.04")]
    [InlineData("FROM user/ubuntu:24.04")]
    [InlineData("FROM docker.io/user/ubuntu:24.04")]
    [InlineData("FROM untrusted.com/app:1")]
    [InlineData("FROM trusted.com.evil.io/app:1")]
    [InlineData("FROM localhost:5000/app:1")]
    [InlineData("FROM trusted.com/a:1\nCOPY --from=untrusted.com/tool:1 /t /t")]
    [InlineData("FROM trusted.com/a:1\nCOPY --from=0 /t /t")]
    [InlineData("FROM trusted.com/a:1\nRUN --mount=type=bind,from=untrusted.com/tool:1,target=/t true")]
    [InlineData("FROM trusted.com/a:1\nRUN --mount=type=cache,from=alpine:3,target=/t true")]
    [InlineData("FROM trusted.com/a:1\nCOPY --from=build /t /t\nFROM trusted.com/b:1 AS build")]
    public void Fires_on_images_outside_the_trusted_registries(string dockerfile) => Lint.Fires("DL3026", dockerfile, Trusted);

    [Theory]
    [InlineData("FROM trusted.com/app:1")]
    [InlineData("FROM scratch")]
    [InlineData("FROM trusted.com/app:1 AS build\nFROM build")]
    [InlineData("FROM trusted.com/app:1 AS build\nFROM trusted.com/app:1\nCOPY --from=build /a /a")]
    [InlineData("FROM trusted.com/a:1\nCOPY --from=trusted.com/tool:1 /t /t")]
    [InlineData("FROM trusted.com/a:1\nRUN --mount=type=secret,id=x true")]
    [InlineData("FROM trusted.com/a:1\nRUN --mount=type=tmpfs,target=/t true")]
    [InlineData("FROM trusted.com/a:1\nONBUILD COPY --from=alpine:3 /t /t")]
    public void Passes_on_trusted_registries_scratch_and_stages(string dockerfile) => Lint.Passes("DL3026", dockerfile, Trusted);

    [Fact]
    public void Reports_each_untrusted_image() =>
        Assert.Equal([1, 2, 3], Lint.Fires("DL3026", "FROM ubuntu\nFROM user/ubuntu\nFROM docker.io/user/ubuntu", Trusted));

    [Fact]
    public void Is_inactive_without_a_trusted_registry_list() => Lint.Passes("DL3026", "FROM untrusted.com/app:1");

    [Theory]
    [InlineData("FROM team.corp.example.com/app:1")]
    [InlineData("FROM registry.example.com/app:1")]
    [InlineData("FROM registry-mirror.io/app:1")]
    public void Matches_suffix_and_prefix_patterns(string dockerfile) => Lint.Passes("DL3026", dockerfile, Patterns);

    [Theory]
    [InlineData("FROM corp.example.com.evil.io/app:1")]
    [InlineData("FROM myregistry.io/app:1")]
    public void Rejects_what_the_patterns_do_not_cover(string dockerfile) => Lint.Fires("DL3026", dockerfile, Patterns);

    [Theory]
    [InlineData("FROM ubuntu:24.04")]
    [InlineData("FROM user/ubuntu:24.04")]
    [InlineData("FROM node:20\nCOPY --from=0 /a /a")]
    public void Treats_images_without_registry_as_docker_hub(string dockerfile) => Lint.Passes("DL3026", dockerfile, DockerHub);

    [Fact]
    public void Underlines_the_mount_flag()
    {
        var finding = Assert.Single(Lint.Of("DL3026", "FROM trusted.com/a:1\nRUN --mount=type=bind,from=evil.io/x:1 true", Trusted));
        Assert.Equal((2, 5, 2, 39), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
    }
}
