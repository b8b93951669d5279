using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3062Tests
{
    [Theory]
    [InlineData("RUN go install golang.org/x/tools/gopls")]
    [InlineData("RUN go install golang.org/x/tools/gopls@latest")]
    [InlineData("RUN go install example.com/tool@none")]
    [InlineData("RUN go get github.com/user/lib")]
    [InlineData("RUN go get -tool example.com/tool")]
    [InlineData("RUN go install -v example.com/a@v1.0.0 example.com/b")]
    [InlineData("RUN go run github.com/user/cmd")]
    [InlineData("RUN go run example.com/cmd@latest --flag value")]
    [InlineData("RUN go run example.com/a@v1 && go run example.com/b")]
    [InlineData("RUN CGO_ENABLED=0 go install example.com/tool")]
    [InlineData("ONBUILD RUN go install example.com/tool")]
    public void Fires_on_remote_go_packages_without_a_fixed_version(string run) => Lint.Fires("DL3062", "FROM golang:1.22\n" + run);

    [Theory]
    [InlineData("RUN go install golang.org/x/tools/gopls@v0.15.3")]
    [InlineData("RUN go install .")]
    [InlineData("RUN go install ./cmd/...")]
    [InlineData("RUN go install /src/app")]
    [InlineData("RUN go get example.com/lib@v1.2.3")]
    [InlineData("RUN go run example.com/cmd@v1.0.0 --flag value extra")]
    [InlineData("RUN go run ./main.go")]
    [InlineData("RUN go run ./gen && go install example.com/tool")]
    [InlineData("RUN go build ./...")]
    [InlineData("RUN go mod download")]
    [InlineData("RUN go install")]
    [InlineData("RUN echo go install example.com/tool")]
    public void Passes_on_versioned_or_local_packages(string run) => Lint.Passes("DL3062", "FROM golang:1.22\n" + run);

    [Fact]
    public void Underlines_the_package()
    {
        var finding = Assert.Single(Lint.Of("DL3062", "FROM golang:1.22\nRUN go install example.com/tool"));
        Assert.Equal((2, 16, 2, 32), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
    }
}
