using CoursePlatform.Linting.Semantics;

namespace CoursePlatform.Linting.Tests.Semantics;

public class ImageReferenceSyntaxTests
{
    [Theory]
    [InlineData("busybox")]
    [InlineData("busybox:latest")]
    [InlineData("busybox:stable")]
    [InlineData("scratch")]
    [InlineData("library/alpine:3.20")]
    [InlineData("ghcr.io/owner/repo:v1.2.3")]
    [InlineData("localhost:5000/app")]
    [InlineData("registry.example.com:443/team/app_name:TAG")]
    [InlineData("my-org/my--app.v2__x")]
    [InlineData("Registry.Example.com/app")]
    [InlineData("alpine@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    [InlineData("[::1]:5000/app")]
    public void Accepts_valid_references(string reference) => Assert.True(ImageReferenceSyntax.IsValid(reference));

    [Theory]
    [InlineData("")]
    [InlineData("busybox:")]
    [InlineData(":latest")]
    [InlineData("Busybox")]
    [InlineData("team/App:1")]
    [InlineData("busybox:-tag")]
    [InlineData("a//b")]
    [InlineData("app-")]
    [InlineData("alpine@sha256:short")]
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    [InlineData("with space")]
    public void Rejects_invalid_references(string reference) => Assert.False(ImageReferenceSyntax.IsValid(reference));
}
