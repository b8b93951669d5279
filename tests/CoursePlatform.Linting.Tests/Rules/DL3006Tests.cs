using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3006Tests
{
    [Theory]
    [InlineData("FROM debian")]
    [InlineData("FROM registry.example.com/team/app")]
    [InlineData("FROM debian AS base")]
    [InlineData("FROM --platform=$BUILDPLATFORM golang")]
    [InlineData("FROM golang:1.9.3-alpine3.7 AS build\nRUN foo\nFROM node as unit-test\nRUN bar\nFROM alpine:3.7")]
    [InlineData("FROM node AS build\nFROM build:1.0 AS x\nFROM Build")]
    [InlineData("FROM debian:12\nFROM later\nFROM debian:12 AS later")]
    [InlineData("FROM node AS node")]
    public void Fires_on_images_without_tag_or_digest(string dockerfile) => Lint.Fires("DL3006", dockerfile);

    [Theory]
    [InlineData("FROM debian:bookworm")]
    [InlineData("FROM scratch")]
    [InlineData("FROM debian@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    [InlineData("FROM ${IMAGE}")]
    [InlineData("FROM $IMAGE")]
    [InlineData("FROM golang:1.9.3-alpine3.7 AS build\nRUN foo\nFROM build as unit-test\nRUN bar\nFROM alpine:3.7")]
    [InlineData("FROM localhost:5000/img")]
    [InlineData("FROM debian:bookworm\nONBUILD FROM debian")]
    public void Passes_on_tags_digests_variables_scratch_and_earlier_stages(string dockerfile) => Lint.Passes("DL3006", dockerfile);

    [Fact]
    public void Compares_stage_names_case_sensitively() =>
        Assert.Equal([2], Lint.Fires("DL3006", "FROM node:20 AS build\nFROM BUILD"));

    [Fact]
    public void Underlines_the_image_word()
    {
        var finding = Assert.Single(Lint.Of("DL3006", "FROM debian AS base"));
        Assert.Equal((1, 6, 1, 12), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
    }
}
