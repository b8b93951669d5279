using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3048Tests
{
    [Theory]
    [InlineData("LABEL Maintainer=x")]
    [InlineData("LABEL 1abc=x")]
    [InlineData("LABEL .abc=x")]
    [InlineData("LABEL abc.=x")]
    [InlineData("LABEL abc-=x")]
    [InlineData("LABEL org.example.Label=x")]
    [InlineData("LABEL com.docker.thing=x")]
    [InlineData("LABEL io.docker.thing=x")]
    [InlineData("LABEL org.dockerproject.thing=x")]
    [InlineData("LABEL org..example=x")]
    [InlineData("LABEL org.ex--ample=x")]
    [InlineData("LABEL org.exa$mple=x")]
    public void Fires_on_invalid_keys(string label) => Lint.Fires("DL3048", "FROM alpine:3.20\n" + label);

    [Theory]
    [InlineData("LABEL org.valid-key.label3=x")]
    [InlineData("LABEL org.opencontainers.image.source=https://x")]
    [InlineData("LABEL maintainer=x")]
    [InlineData("LABEL a=x")]
    [InlineData("LABEL my_app/version=1")]
    [InlineData("LABEL \"org.example.quoted\"=x")]
    [InlineData("LABEL com.dockerx.thing=x")]
    [InlineData("ONBUILD LABEL Bad=x")]
    public void Passes_on_valid_keys(string label) => Lint.Passes("DL3048", "FROM alpine:3.20\n" + label);

    [Fact]
    public void Reports_each_invalid_key_on_the_key()
    {
        var findings = Lint.Of("DL3048", "FROM alpine:3.20\nLABEL Bad=1 good=2 Worse=3");
        Assert.Equal([(7, 10), (20, 25)], findings.Select(f => (f.Span.StartColumn, f.Span.EndColumn)));
    }
}
