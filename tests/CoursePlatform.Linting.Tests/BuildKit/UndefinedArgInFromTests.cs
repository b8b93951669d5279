using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.BuildKit;

public class UndefinedArgInFromTests
{
    [Theory]
    [InlineData("FROM node:22${VARIANT} AS build")]
    [InlineData("ARG tag=latest\nFROM busybox:${tag}${version} AS b")]
    [InlineData("ARG MY_ARCH=amd64\nFROM --platform=linux/${MYARCH} busybox")]
    [InlineData("FROM --platform=$BULIDPLATFORM scratch")]
    [InlineData("FROM ${BASE:-alpine}")]
    [InlineData("FROM alpine\nARG IMAGE=debian\nFROM $IMAGE")]
    [InlineData("FROM \"$QUOTED\"")]
    [InlineData("ARG BASE=alpine\nFROM ${BASE}:$base")]
    public void Fires_on_undeclared_variables_in_from(string dockerfile) => Lint.Fires("UndefinedArgInFrom", dockerfile);

    [Theory]
    [InlineData("ARG base=scratch\nFROM $base")]
    [InlineData("FROM --platform=$BUILDPLATFORM scratch")]
    [InlineData("FROM --platform=$TARGETOS/$TARGETARCH scratch")]
    [InlineData("ARG DEBUG\nFROM scratch${DEBUG}")]
    [InlineData("ARG DEBUG\nFROM scratch${DEBUG:-tch}")]
    [InlineData("FROM alpine:3.20")]
    [InlineData("FROM '$literal'")]
    [InlineData("FROM \\$literal")]
    [InlineData("ARG A=1 B=2\nFROM img:$A-$B")]
    [InlineData("FROM ${TARGETSTAGE}")]
    public void Passes_on_declared_or_predefined_args(string dockerfile) => Lint.Passes("UndefinedArgInFrom", dockerfile);

    [Fact]
    public void Reports_only_the_undeclared_name_and_underlines_its_reference()
    {
        var reported = Assert.Single(BuildKitCheck.Report("UndefinedArgInFrom", "ARG tag=latest\nFROM busybox:${tag}${version} AS b"));
        Assert.Equal(new Reported("${version}", "FROM argument 'version' is not declared", 2), reported);
    }

    [Theory]
    [InlineData("ARG MY_ARCH=amd64\nFROM --platform=linux/${MYARCH} busybox", "${MYARCH}", "FROM argument 'MYARCH' is not declared (did you mean MY_ARCH?)")]
    [InlineData("FROM --platform=$BULIDPLATFORM scratch", "$BULIDPLATFORM", "FROM argument 'BULIDPLATFORM' is not declared (did you mean BUILDPLATFORM?)")]
    public void Suggests_a_close_name(string dockerfile, string underlined, string message)
    {
        var reported = Assert.Single(BuildKitCheck.Report("UndefinedArgInFrom", dockerfile));
        Assert.Equal((underlined, message), (reported.Text, reported.Message));
    }

    [Fact]
    public void Reports_each_name_of_a_reference_nested_in_a_default()
        => Assert.Equal(["${A:-$B}", "$B"], BuildKitCheck.Report("UndefinedArgInFrom", "FROM ${A:-$B}").Select(r => r.Text));
}
