using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.BuildKit;

public class ExposeProtoCasingTests
{
    [Theory]
    [InlineData("FROM alpine\nEXPOSE 80/TcP")]
    [InlineData("FROM alpine\nEXPOSE 8080/TCP")]
    [InlineData("FROM alpine\nEXPOSE 53/UDP")]
    [InlineData("FROM alpine\nENV PORT=80/TCP\nEXPOSE $PORT")]
    public void Fires_on_upper_case_protocols(string dockerfile) => Lint.Fires("ExposeProtoCasing", dockerfile);

    [Theory]
    [InlineData("FROM alpine\nEXPOSE 8080/udp")]
    [InlineData("FROM alpine\nEXPOSE 80")]
    [InlineData("FROM alpine\nEXPOSE 8000-8010/tcp")]
    [InlineData("FROM alpine\nEXPOSE $UNSET")]
    [InlineData("FROM alpine\nONBUILD EXPOSE 80/TCP")]
    public void Passes_on_lower_case_or_missing_protocols(string dockerfile) => Lint.Passes("ExposeProtoCasing", dockerfile);

    [Fact]
    public void Reports_each_port_on_its_word()
    {
        var reported = BuildKitCheck.Report("ExposeProtoCasing", "FROM alpine\nEXPOSE 80/TcP 8080/TCP 8080/udp");
        Assert.Equal(["80/TcP", "8080/TCP"], reported.Select(r => r.Text));
        Assert.Equal("Defined protocol '80/TcP' in EXPOSE instruction should be lowercase", reported[0].Message);
    }

    [Fact]
    public void Splits_an_expanded_variable_into_ports()
    {
        var reported = BuildKitCheck.Report("ExposeProtoCasing", "FROM alpine\nARG PORTS=\"80/TCP 443/Tcp\"\nEXPOSE $PORTS");
        Assert.Equal(["Defined protocol '80/TCP' in EXPOSE instruction should be lowercase", "Defined protocol '443/Tcp' in EXPOSE instruction should be lowercase"], reported.Select(r => r.Message));
        Assert.All(reported, r => Assert.Equal("$PORTS", r.Text));
    }
}

public class ExposeInvalidFormatTests
{
    [Theory]
    [InlineData("FROM alpine\nEXPOSE 127.0.0.1:80:80")]
    [InlineData("FROM alpine\nEXPOSE [::1]:8080:8080")]
    [InlineData("FROM alpine\nEXPOSE 5000:5000")]
    [InlineData("FROM alpine\nEXPOSE 127.0.0.1::80")]
    [InlineData("FROM alpine\nEXPOSE 8080:80/tcp")]
    public void Fires_on_ip_addresses_and_host_ports(string dockerfile) => Lint.Fires("ExposeInvalidFormat", dockerfile);

    [Theory]
    [InlineData("FROM alpine\nEXPOSE 8000")]
    [InlineData("FROM alpine\nEXPOSE 80/tcp")]
    [InlineData("FROM alpine\nEXPOSE 8000-8010")]
    [InlineData("FROM alpine\nEXPOSE :80")]
    [InlineData("FROM alpine\nEXPOSE ::80")]
    public void Passes_on_plain_ports(string dockerfile) => Lint.Passes("ExposeInvalidFormat", dockerfile);

    [Theory]
    [InlineData("80")]
    [InlineData(":80")]
    [InlineData("::80")]
    [InlineData(":::80")]
    [InlineData("a::80")]
    [InlineData(":a:80")]
    [InlineData("a:80")]
    [InlineData("a:b:c:d")]
    [InlineData("")]
    [InlineData(":")]
    public void Host_detection_follows_the_port_parser_split(string spec)
    {
        // The engine's split: [ip:]host:container, the last two parts being ports.
        var parts = spec.Split(':');
        var ip = parts.Length <= 2 ? "" : string.Join(':', parts[..^2]);
        var host = parts.Length >= 2 ? parts[^2] : "";
        Assert.Equal(ip.Length > 0 || host.Length > 0, CoursePlatform.Linting.Rules.BuildKit.ExposeInvalidFormat.DefinesHost(spec));
    }

    [Fact]
    public void Reports_three_warnings_on_one_line()
    {
        var reported = BuildKitCheck.Report("ExposeInvalidFormat", "FROM alpine\nEXPOSE 127.0.0.1:80:80 [::1]:8080:8080 5000:5000 8000");
        Assert.Equal(["127.0.0.1:80:80", "[::1]:8080:8080", "5000:5000"], reported.Select(r => r.Text));
        Assert.All(reported, r => Assert.Equal(2, r.Line));
        Assert.Equal("EXPOSE instruction should not define an IP address or host-port mapping, found '127.0.0.1:80:80'", reported[0].Message);
    }
}
