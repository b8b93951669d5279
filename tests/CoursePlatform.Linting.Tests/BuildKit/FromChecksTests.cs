using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.BuildKit;

public class InvalidDefaultArgInFromTests
{
    [Theory]
    [InlineData("ARG VERSION\nFROM busybox:$VERSION")]
    [InlineData("ARG IMAGE\nFROM $IMAGE")]
    [InlineData("FROM $UNDECLARED")]
    [InlineData("ARG TAG=\nFROM alpine:${TAG}")]
    [InlineData("ARG NAME=Alpine\nFROM $NAME")]
    [InlineData("ARG NAME=alpine:bad:tag\nFROM $NAME")]
    [InlineData("FROM Ubuntu:22.04")]
    public void Fires_when_the_defaults_give_an_invalid_image(string dockerfile) => Lint.Fires("InvalidDefaultArgInFrom", dockerfile);

    [Theory]
    [InlineData("ARG TAG=latest\nFROM busybox:$TAG")]
    [InlineData("ARG BUSYBOX_VARIANT\nFROM busybox:stable${BUSYBOX_VARIANT}")]
    [InlineData("FROM alpine:${TAG:-3.14}")]
    [InlineData("ARG REG=ghcr.io\nARG IMG=$REG/owner/app\nFROM $IMG:1.0")]
    [InlineData("FROM scratch")]
    [InlineData("FROM alpine AS base\nFROM base")]
    [InlineData("ARG A=${B:?unset}\nFROM $A")]
    [InlineData("FROM ${X:?required}")]
    [InlineData("FROM --platform=$BUILDPLATFORM golang:1.23")]
    public void Passes_when_the_defaults_give_a_valid_image_or_processing_fails(string dockerfile)
        => Lint.Passes("InvalidDefaultArgInFrom", dockerfile);

    [Fact]
    public void Quotes_the_raw_image_text_and_underlines_it()
    {
        var reported = Assert.Single(BuildKitCheck.Report("InvalidDefaultArgInFrom", "ARG VERSION\nFROM busybox:$VERSION"));
        Assert.Equal(new Reported("busybox:$VERSION", "Default value for ARG busybox:$VERSION results in empty or invalid base image name", 2), reported);
    }
}

public class FromPlatformFlagConstDisallowedTests
{
    [Theory]
    [InlineData("FROM --platform=linux/amd64 scratch")]
    [InlineData("FROM --platform=linux/arm64 alpine AS build")]
    [InlineData("FROM --platform=linux/x86_64 alpine AS build-x86")]
    [InlineData("FROM --platform=arm64 alpine")]
    public void Fires_on_constant_platforms(string dockerfile) => Lint.Fires("FromPlatformFlagConstDisallowed", dockerfile);

    [Theory]
    [InlineData("FROM --platform=$BUILDPLATFORM scratch")]
    [InlineData("FROM --platform=linux/$TARGETARCH scratch")]
    [InlineData("FROM --platform=linux/amd64 scratch AS my_amd64_stage")]
    [InlineData("FROM --platform=linux/amd64 scratch AS linux")]
    [InlineData("FROM --platform=linux/amd64 scratch AS Build-AMD64")]
    [InlineData("FROM --platform=linux/x86_64 scratch AS build-amd64")]
    [InlineData("FROM --platform=nonsense scratch")]
    [InlineData("FROM --platform=linux/ scratch")]
    [InlineData("FROM scratch")]
    public void Passes_on_variables_matching_stage_names_and_unparsable_values(string dockerfile)
        => Lint.Passes("FromPlatformFlagConstDisallowed", dockerfile);

    [Fact]
    public void Quotes_the_value_and_underlines_it()
    {
        var reported = Assert.Single(BuildKitCheck.Report("FromPlatformFlagConstDisallowed", "FROM --platform=linux/amd64 scratch"));
        Assert.Equal(new Reported("linux/amd64", "FROM --platform flag should not use constant value \"linux/amd64\"", 1), reported);
    }
}
