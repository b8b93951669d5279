using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3043Tests
{
    [Theory]
    [InlineData("FROM debian:bookworm\nONBUILD ONBUILD RUN anything")]
    [InlineData("FROM debian:bookworm\nONBUILD FROM debian:buster")]
    [InlineData("FROM debian:bookworm\nONBUILD MAINTAINER Jane Doe")]
    [InlineData("FROM debian:bookworm\nonbuild from debian:buster")]
    public void Fires_on_forbidden_triggers(string dockerfile) => Lint.Fires("DL3043", dockerfile);

    [Theory]
    [InlineData("FROM debian:bookworm\nONBUILD RUN echo hi")]
    [InlineData("FROM debian:bookworm\nONBUILD COPY . /app")]
    [InlineData("FROM debian:bookworm\nONBUILD USER root")]
    [InlineData("FROM debian:bookworm\nMAINTAINER Jane Doe")]
    [InlineData("FROM debian:bookworm\nONBUILD")]
    public void Passes_on_allowed_triggers(string dockerfile) => Lint.Passes("DL3043", dockerfile);
}
