using CoursePlatform.Linting.Configuration;
using CoursePlatform.Linting.Rules.Hadolint;
using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

/// <summary>DL3052–DL3056 and DL3058: one typed label each, plus the value checks behind them.</summary>
public class DL3052To3058Tests
{
    internal static readonly LintOptions Schema = new()
    {
        LabelSchema = new Dictionary<string, LabelType>
        {
            ["url"] = LabelType.Url,
            ["created"] = LabelType.Rfc3339,
            ["license"] = LabelType.Spdx,
            ["revision"] = LabelType.Hash,
            ["version"] = LabelType.Semver,
            ["email"] = LabelType.Email,
            ["text"] = LabelType.Text,
        },
    };

    [Theory]
    [InlineData("DL3052", "url", "github.com/example/app")]
    [InlineData("DL3052", "url", "https://example.com/a b")]
    [InlineData("DL3052", "url", "")]
    [InlineData("DL3053", "created", "2024-05-01 12:30")]
    [InlineData("DL3053", "created", "2024-05-01T12:30:00")]
    [InlineData("DL3053", "created", "2024-13-01T12:30:00Z")]
    [InlineData("DL3054", "license", "Apache License 2.0")]
    [InlineData("DL3054", "license", "mit")]
    [InlineData("DL3054", "license", "MIT OR Apache-2.0")]
    [InlineData("DL3055", "revision", "main")]
    [InlineData("DL3055", "revision", "3F1C2A9")]
    [InlineData("DL3055", "revision", "3f1c2a9d")]
    [InlineData("DL3056", "version", "v1.4.0")]
    [InlineData("DL3056", "version", "1.4")]
    [InlineData("DL3056", "version", "01.4.0")]
    [InlineData("DL3058", "email", "Platform Team")]
    [InlineData("DL3058", "email", "team@")]
    [InlineData("DL3058", "email", "a..b@example.com")]
    public void Fires_on_values_of_the_wrong_type(string code, string label, string value) =>
        Lint.Fires(code, $"FROM alpine:3.20\nLABEL {label}=\"{value}\"", Schema);

    [Theory]
    [InlineData("DL3052", "url", "https://github.com/example/app")]
    [InlineData("DL3052", "url", "mailto:team@example.com")]
    [InlineData("DL3052", "url", "https://example.com/a%20b?q=1#top")]
    [InlineData("DL3053", "created", "2024-05-01T12:30:00Z")]
    [InlineData("DL3053", "created", "2024-05-01T12:30:00.123+02:00")]
    [InlineData("DL3053", "created", "2024-02-29t23:59:60z")]
    [InlineData("DL3054", "license", "MIT")]
    [InlineData("DL3054", "license", "Apache-2.0")]
    [InlineData("DL3054", "license", "GPL-3.0-or-later")]
    [InlineData("DL3055", "revision", "3f1c2a9")]
    [InlineData("DL3055", "revision", "3f1c2a9d3f1c2a9d3f1c2a9d3f1c2a9d3f1c2a9d")]
    [InlineData("DL3056", "version", "1.4.0")]
    [InlineData("DL3056", "version", "1.4.0-rc.1+build.007")]
    [InlineData("DL3056", "version", "0.0.0-alpha-1")]
    [InlineData("DL3058", "email", "platform@example.com")]
    [InlineData("DL3058", "email", "root@[192.168.0.1]")]
    public void Passes_on_values_of_the_right_type(string code, string label, string value) =>
        Lint.Passes(code, $"FROM alpine:3.20\nLABEL {label}=\"{value}\"", Schema);

    [Theory]
    [InlineData("DL3052")]
    [InlineData("DL3053")]
    [InlineData("DL3054")]
    [InlineData("DL3055")]
    [InlineData("DL3056")]
    [InlineData("DL3058")]
    public void Ignores_labels_of_other_types_and_no_schema(string code)
    {
        Lint.Passes(code, "FROM alpine:3.20\nLABEL text=\"not anything\" other=\"x\"", Schema);
        Lint.Passes(code, "FROM alpine:3.20\nLABEL url=x created=x license=x revision=x version=x email=x");
        Lint.Passes(code, "FROM alpine:3.20\nONBUILD LABEL url=x created=x license=x revision=x version=x email=x", Schema);
    }

    [Theory]
    [InlineData("DL3052", "Label `url` is not a valid URL.")]
    [InlineData("DL3053", "Label `created` is not a valid time format - must be conform to RFC3339.")]
    [InlineData("DL3054", "Label `license` is not a valid SPDX identifier.")]
    [InlineData("DL3055", "Label `revision` is not a valid git hash.")]
    [InlineData("DL3056", "Label `version` does not conform to semantic versioning.")]
    [InlineData("DL3058", "Label `email` is not a valid email format - must be conform to RFC5322.")]
    public void Names_the_label_and_underlines_its_key(string code, string message)
    {
        var finding = Assert.Single(Lint.Of(code, "FROM alpine:3.20\nLABEL url=x created=x license=x revision=x version=x email=x", Schema));
        Assert.Equal(message, finding.Message);
        var key = message.Split('`')[1];
        var column = "LABEL url=x created=x license=x revision=x version=x email=x".IndexOf(key + "=", StringComparison.Ordinal) + 1;
        Assert.Equal((2, column, column + key.Length), (finding.Line, finding.Span.StartColumn, finding.Span.EndColumn));
    }

    [Theory]
    [InlineData("http://x", true)]
    [InlineData("urn:isbn:0451450523", true)]
    [InlineData("1http://x", false)]
    [InlineData("https://x/%zz", false)]
    [InlineData("https://x/a#b#c", false)]
    [InlineData(":nothing", false)]
    public void Url_check(string value, bool valid) => Assert.Equal(valid, LabelSchemaSupport.IsUrl(value));

    [Theory]
    [InlineData("1985-04-12T23:20:50.52Z", true)]
    [InlineData("1996-12-19T16:39:57-08:00", true)]
    [InlineData("2023-02-29T00:00:00Z", false)]
    [InlineData("2024-05-01T24:00:00Z", false)]
    [InlineData("2024-05-01T12:30:00.Z", false)]
    [InlineData("2024-05-01T12:30:00+2:00", false)]
    public void Rfc3339_check(string value, bool valid) => Assert.Equal(valid, LabelSchemaSupport.IsRfc3339(value));

    [Theory]
    [InlineData("1.0.0-0.3.7", true)]
    [InlineData("1.0.0-x.7.z.92", true)]
    [InlineData("1.0.0+20130313144700", true)]
    [InlineData("1.0.0-01", false)]
    [InlineData("1.0.0-", false)]
    [InlineData("1.0.0+", false)]
    [InlineData("1.0.0.0", false)]
    [InlineData("1..0", false)]
    public void Semver_check(string value, bool valid) => Assert.Equal(valid, LabelSchemaSupport.IsSemver(value));

    [Theory]
    [InlineData("a.b+c@example.co.uk", true)]
    [InlineData("user@localhost", true)]
    [InlineData("\"odd name\"@example.com", true)]
    [InlineData("\"unterminated@example.com", false)]
    [InlineData(".a@example.com", false)]
    [InlineData("a@b@c", false)]
    [InlineData("a b@example.com", false)]
    public void Email_check(string value, bool valid) => Assert.Equal(valid, LabelSchemaSupport.IsEmail(value));
}
