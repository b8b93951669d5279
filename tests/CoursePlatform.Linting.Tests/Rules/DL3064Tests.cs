using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3064Tests
{
    [Theory]
    [InlineData("FROM alpine:3.20\nARG GITHUB_TOKEN")]
    [InlineData("FROM alpine:3.20\nARG github_token")]
    [InlineData("FROM alpine:3.20\nENV AWS_SECRET_ACCESS_KEY=x")]
    [InlineData("FROM alpine:3.20\nENV TRAVIS_OS_NAME=linux")]
    [InlineData("FROM alpine:3.20\nENV FACEBOOK_APP_ID=1")]
    [InlineData("FROM alpine:3.20\nARG TOKENIZER_VERSION")]
    [InlineData("FROM alpine:3.20\nENV PRIVATE_REGISTRY=x")]
    [InlineData("FROM alpine:3.20\nARG DB_USERNAME")]
    [InlineData("FROM alpine:3.20\nARG myApiKey_api_key")]
    [InlineData("FROM alpine:3.20\nARG SECRET_PASSPHRASE")]
    [InlineData("FROM alpine:3.20\nENV SUPER_Secret=foo")]
    [InlineData("FROM alpine:3.20\nENV git_key=")]
    [InlineData("FROM alpine:3.20\nENV GPG_KEY=ABCDEF")]
    [InlineData("FROM alpine:3.20\nARG auth")]
    [InlineData("FROM alpine:3.20\nENV apikey=bar sunflower=foo")]
    [InlineData("FROM alpine:3.20\nARG DB_PASSWD")]
    [InlineData("FROM alpine:3.20\nARG CREDENTIALS_PATH=/x")]
    [InlineData("ARG NPM_TOKEN\nFROM node:20")]
    [InlineData("FROM alpine:3.20\nONBUILD ARG NPM_TOKEN")]
    [InlineData("FROM alpine:3.20\nONBUILD ENV DB_PASSWORD=x")]
    [InlineData("FROM alpine:3.20\nENV API_TOKEN secret-value")]
    public void Fires_on_secret_looking_names(string dockerfile) => Lint.Fires("DL3064", dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20\nENV PUBLIC_KEY=x")]
    [InlineData("FROM alpine:3.20\nARG AUTH_MODULE_VERSION")]
    [InlineData("FROM alpine:3.20\nENV sunflower=foo")]
    [InlineData("FROM alpine:3.20\nENV NODE_ENV=production PATH=/x")]
    [InlineData("FROM alpine:3.20\nARG KEYBOARD_LAYOUT")]
    [InlineData("FROM alpine:3.20\nARG monkey")]
    [InlineData("FROM alpine:3.20\nLABEL password=x")]
    [InlineData("FROM alpine:3.20\nRUN export PASSWORD=x")]
    public void Passes_on_ordinary_names(string dockerfile) => Lint.Passes("DL3064", dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20\nARG public_token")]
    [InlineData("FROM alpine:3.20\nARG SECRET_PASSPHRASE_FILE")]
    [InlineData("FROM alpine:3.20\nENV password_file=bar")]
    [InlineData("FROM alpine:3.20\nENV secret_File=baz")]
    [InlineData("FROM alpine:3.20\nENV secretKey=x")]
    public void Reports_hadolint_substrings_even_where_buildkit_allows_the_name(string dockerfile) =>
        // BuildKit's allow words (public, file, version) do not override hadolint's substring match.
        Lint.Fires("SecretsUsedInArgOrEnv", dockerfile);

    [Fact]
    public void Reports_each_key_on_its_own_word()
    {
        var findings = Lint.Of("DL3064", "FROM alpine:3.20\nENV password=bar secret=baz");
        Assert.Equal([(5, 13), (18, 24)], findings.Select(f => (f.Span.StartColumn, f.Span.EndColumn)));
        Assert.Equal(2, Lint.Of("DL3064", "FROM alpine:3.20\nARG super_duper_secret_token=foo auth=bar").Count);
    }

    [Fact]
    public void Checks_global_args_unlike_buildkit() =>
        Assert.Equal([1], Lint.Fires("DL3064", "ARG GITHUB_TOKEN\nFROM alpine:3.20"));
}
