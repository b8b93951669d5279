using System.Text.Json;
using System.Xml;
using CoursePlatform.Linting.Formatting;
using CoursePlatform.Linting.Rules;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Tests.Formatting;

public class FormatterTests
{
    private static readonly FileReport[] Reports =
    [
        new("Dockerfile",
        [
            new Finding("DL3007", null, Severity.Warning, "Using latest is prone to errors", new SourceSpan(5, 16, 1, 6, 1, 17)),
            new Finding("SC2086", null, Severity.Info, "Double quote to prevent globbing & \"splitting\" <x>", new SourceSpan(30, 44, 3, 1, 3, 15)),
        ]),
        new("sub dir/Dockerfile.dev",
        [
            new Finding("DL1000", null, Severity.Error, "unknown instruction: BADCMD", new SourceSpan(10, 16, 2, 3, 2, 9)),
            new Finding("DL3025", "JSONArgsRecommended", Severity.Style, "Use arguments JSON notation", new SourceSpan(20, 30, 4, 1, 5, 4)),
        ]),
    ];

    private static string Render(string format, bool color = false)
    {
        var writer = new StringWriter();
        ReportFormatter.Create(format, color)!.Write(writer, Reports);
        return writer.ToString();
    }

    [Fact]
    public void Tty_prints_file_line_code_severity_and_message()
    {
        var lines = Render("tty").TrimEnd().Split('\n');
        Assert.Equal("Dockerfile:1 DL3007 warning: Using latest is prone to errors", lines[0]);
        Assert.Equal("sub dir/Dockerfile.dev:4 DL3025 style: Use arguments JSON notation", lines[3]);
        Assert.DoesNotContain('\u001b', Render("tty"));
    }

    [Fact]
    public void Tty_colours_code_and_severity_when_asked()
    {
        var text = Render("tty", color: true);
        Assert.Contains("\u001b[33mwarning\u001b[0m", text);
        Assert.Contains("\u001b[31merror\u001b[0m", text);
    }

    [Fact]
    public void Gnu_prints_file_line_column_severity_code_and_message()
    {
        var lines = Render("gnu").TrimEnd().Split('\n');
        Assert.Equal("Dockerfile:1:6: warning: DL3007 Using latest is prone to errors", lines[0]);
        Assert.Equal("sub dir/Dockerfile.dev:2:3: error: DL1000 unknown instruction: BADCMD", lines[2]);
    }

    [Fact]
    public void Json_is_one_array_of_hadolint_shaped_objects_over_all_files()
    {
        using var json = JsonDocument.Parse(Render("json"));
        var items = json.RootElement.EnumerateArray().ToArray();
        Assert.Equal(4, items.Length);
        foreach (var item in items)
        {
            Assert.Equal(["code", "column", "file", "level", "line", "message"], item.EnumerateObject().Select(p => p.Name));
        }
        Assert.Equal("DL3007", items[0].GetProperty("code").GetString());
        Assert.Equal(1, items[0].GetProperty("column").GetInt32());
        Assert.Equal("warning", items[0].GetProperty("level").GetString());
        Assert.Equal(3, items[1].GetProperty("line").GetInt32());
        Assert.Equal("Double quote to prevent globbing & \"splitting\" <x>", items[1].GetProperty("message").GetString());
        Assert.Equal("sub dir/Dockerfile.dev", items[2].GetProperty("file").GetString());
        Assert.Equal(3, items[2].GetProperty("column").GetInt32());
    }

    [Fact]
    public void Json_of_no_findings_is_an_empty_array()
    {
        var writer = new StringWriter();
        new JsonFormatter().Write(writer, [new FileReport("Dockerfile", [])]);
        Assert.Equal("[]", writer.ToString().Trim());
    }

    [Fact]
    public void Sarif_has_the_fields_code_scanning_requires()
    {
        using var json = JsonDocument.Parse(Render("sarif"));
        var root = json.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Contains("sarif", root.GetProperty("$schema").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("courseplatform", driver.GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(driver.GetProperty("version").GetString()));
        Assert.StartsWith("https://", driver.GetProperty("informationUri").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToArray();
        foreach (var rule in rules)
        {
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("id").GetString()));
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("fullDescription").GetProperty("text").GetString()));
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("help").GetProperty("text").GetString()));
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("help").GetProperty("markdown").GetString()));
            Assert.StartsWith("https://", rule.GetProperty("helpUri").GetString());
            Assert.Contains(rule.GetProperty("defaultConfiguration").GetProperty("level").GetString(), new[] { "none", "note", "warning", "error" });
        }
        var results = run.GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal(4, results.Length);
        foreach (var result in results)
        {
            var ruleId = result.GetProperty("ruleId").GetString();
            var index = result.GetProperty("ruleIndex").GetInt32();
            Assert.Equal(ruleId, rules[index].GetProperty("id").GetString());
            Assert.Contains(result.GetProperty("level").GetString(), new[] { "note", "warning", "error" });
            Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetProperty("text").GetString()));
            var location = Assert.Single(result.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
            Assert.False(string.IsNullOrEmpty(location.GetProperty("artifactLocation").GetProperty("uri").GetString()));
            var region = location.GetProperty("region");
            var startLine = region.GetProperty("startLine").GetInt32();
            var endLine = region.GetProperty("endLine").GetInt32();
            Assert.True(startLine >= 1 && endLine >= startLine);
            Assert.True(region.GetProperty("startColumn").GetInt32() >= 1);
            Assert.True(endLine > startLine || region.GetProperty("endColumn").GetInt32() > region.GetProperty("startColumn").GetInt32());
        }
        Assert.Equal(rules.Length, rules.Select(r => r.GetProperty("id").GetString()).Distinct().Count());
        Assert.Equal(
            results.Select(r => r.GetProperty("ruleId").GetString()).Distinct().Order(),
            rules.Select(r => r.GetProperty("id").GetString()).Order());
    }

    [Fact]
    public void Sarif_rule_metadata_comes_from_the_catalogue_rule()
    {
        using var json = JsonDocument.Parse(Render("sarif"));
        var driver = json.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        var rule = driver.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "DL3007");
        var catalogued = RuleCatalog.Find("DL3007")!;
        Assert.Equal(catalogued.Title, rule.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Equal(catalogued.Explanation, rule.GetProperty("help").GetProperty("markdown").GetString());
        Assert.Equal(catalogued.HelpUri, rule.GetProperty("helpUri").GetString());
        Assert.Equal("warning", rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        var sc = driver.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "SC2086");
        Assert.Equal("https://www.shellcheck.net/wiki/SC2086", sc.GetProperty("helpUri").GetString());
    }

    [Fact]
    public void Sarif_levels_map_info_and_style_to_note()
    {
        using var json = JsonDocument.Parse(Render("sarif"));
        var levels = json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r => r.GetProperty("level").GetString());
        Assert.Equal(["warning", "note", "error", "note"], levels);
    }

    [Theory]
    [InlineData("Dockerfile", "Dockerfile")]
    [InlineData("./docker/Dockerfile", "docker/Dockerfile")]
    [InlineData("sub dir/Dockerfile", "sub%20dir/Dockerfile")]
    [InlineData("-", "stdin")]
    [InlineData("/abs/Dockerfile", "file:///abs/Dockerfile")]
    public void Sarif_artifact_uris_are_uri_references(string path, string uri)
    {
        Assert.Equal(uri, SarifFormatter.ArtifactUri(path));
    }

    [Fact]
    public void Checkstyle_is_well_formed_xml_with_one_file_element_per_file()
    {
        var document = new XmlDocument();
        document.LoadXml(Render("checkstyle"));
        Assert.Equal("checkstyle", document.DocumentElement!.Name);
        var files = document.GetElementsByTagName("file");
        Assert.Equal(2, files.Count);
        Assert.Equal("sub dir/Dockerfile.dev", files[1]!.Attributes!["name"]!.Value);
        var errors = document.GetElementsByTagName("error");
        Assert.Equal(4, errors.Count);
        Assert.Equal("Double quote to prevent globbing & \"splitting\" <x>", errors[1]!.Attributes!["message"]!.Value);
        Assert.Equal("SC2086", errors[1]!.Attributes!["source"]!.Value);
        Assert.Equal("info", errors[3]!.Attributes!["severity"]!.Value);
        Assert.Equal("4", errors[3]!.Attributes!["line"]!.Value);
    }

    [Fact]
    public void Checkstyle_replaces_characters_xml_cannot_carry()
    {
        var writer = new StringWriter();
        new CheckstyleFormatter().Write(writer, [new FileReport("D", [new Finding("DL1000", null, Severity.Error, "bad \u0001 char", SourceSpan.Empty)])]);
        var document = new XmlDocument();
        document.LoadXml(writer.ToString());
        Assert.Equal("bad \uFFFD char", document.GetElementsByTagName("error")[0]!.Attributes!["message"]!.Value);
    }

    [Fact]
    public void Unknown_format_names_give_no_formatter()
    {
        Assert.Null(ReportFormatter.Create("yaml"));
        Assert.All(ReportFormatter.Names, name => Assert.Equal(name, ReportFormatter.Create(name)!.Name));
    }
}
