using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3067Tests
{
    [Theory]
    [InlineData("FROM alpine:3.20 AS b\nFROM scratch\nCOPY --from=b / /")]
    [InlineData("FROM scratch\nCOPY --from=alpine:3.20 / /")]
    [InlineData("FROM alpine:3.20 AS b\nFROM scratch\nCOPY --from=b \"/\" \"/\"")]
    [InlineData("FROM alpine:3.20 AS b\nFROM scratch\nCOPY --from=b [\"/\", \"/\"]")]
    [InlineData("FROM alpine:3.20 AS b\nFROM scratch\nCOPY --from=b --chown=1000 /etc / /")]
    public void Fires_on_copying_the_whole_filesystem(string dockerfile) => Lint.Fires("DL3067", dockerfile);

    [Theory]
    [InlineData("FROM scratch\nCOPY / /")]
    [InlineData("FROM alpine:3.20 AS b\nFROM scratch\nCOPY --from=b /app /")]
    [InlineData("FROM alpine:3.20 AS b\nFROM scratch\nCOPY --from=b / /app")]
    [InlineData("FROM alpine:3.20 AS b\nFROM scratch\nCOPY --from=b /app /app")]
    [InlineData("FROM alpine:3.20 AS b\nFROM scratch\nADD / /")]
    [InlineData("FROM alpine:3.20 AS b\nFROM scratch\nONBUILD COPY --from=b / /")]
    public void Passes_on_narrower_copies(string dockerfile) => Lint.Passes("DL3067", dockerfile);
}
