using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3011Tests
{
    [Theory]
    [InlineData("FROM nginx:1.27\nEXPOSE 65536")]
    [InlineData("FROM nginx:1.27\nEXPOSE 80 80800")]
    [InlineData("FROM nginx:1.27\nEXPOSE 80800/tcp")]
    [InlineData("FROM nginx:1.27\nEXPOSE 8000-70000")]
    [InlineData("FROM nginx:1.27\nEXPOSE 70000-80000/udp")]
    [InlineData("FROM nginx:1.27\nEXPOSE 99999999999999999999")]
    public void Fires_on_ports_above_65535(string dockerfile) => Lint.Fires("DL3011", dockerfile);

    [Theory]
    [InlineData("FROM nginx:1.27\nEXPOSE 80")]
    [InlineData("FROM nginx:1.27\nEXPOSE 0 65535")]
    [InlineData("FROM nginx:1.27\nEXPOSE 80/tcp 53/udp")]
    [InlineData("FROM nginx:1.27\nEXPOSE 8000-9000")]
    [InlineData("FROM nginx:1.27\nEXPOSE ${P}")]
    [InlineData("FROM nginx:1.27\nEXPOSE 40000-${P}")]
    [InlineData("FROM nginx:1.27\nEXPOSE ${P}0000")]
    [InlineData("FROM nginx:1.27\nONBUILD EXPOSE 99999")]
    public void Passes_on_valid_ports_and_variables(string dockerfile) => Lint.Passes("DL3011", dockerfile);

    [Fact]
    public void Underlines_the_first_bad_port_once_per_instruction()
    {
        var finding = Assert.Single(Lint.Of("DL3011", "FROM nginx:1.27\nEXPOSE 80 70000 80000"));
        Assert.Equal((2, 11, 2, 16), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
    }
}
