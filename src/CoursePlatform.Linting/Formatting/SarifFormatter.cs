using System.Text.Json;
using CoursePlatform.Linting.Rules;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Formatting;

/// <summary>
/// SARIF 2.1.0 as GitHub code scanning reads it: one run whose driver lists every rule that has a result (id,
/// short and full description, help text and Markdown from the rule's explanation, help URI, default level), and
/// one result per finding with rule id and index, level, message and a region (end column exclusive).
/// </summary>
public sealed class SarifFormatter(Func<string, Rule?> findRule) : IReportFormatter
{
    public const string InformationUri = "https://github.com/courseplatform/courseplatform";

    public string Name => "sarif";

    public void Write(TextWriter writer, IReadOnlyList<FileReport> reports)
    {
        var ruleIds = new List<string>();
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var report in reports)
        {
            foreach (var finding in report.Findings)
            {
                if (ruleIndex.TryAdd(finding.Code, ruleIds.Count))
                {
                    ruleIds.Add(finding.Code);
                }
            }
        }
        ReportFormatter.WriteJson(writer, json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "courseplatform");
            json.WriteString("version", Linter.EngineVersion);
            json.WriteString("semanticVersion", Linter.EngineVersion);
            json.WriteString("informationUri", InformationUri);
            json.WriteStartArray("rules");
            foreach (var id in ruleIds)
            {
                WriteRule(json, id);
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("results");
            foreach (var report in reports)
            {
                var uri = ArtifactUri(report.Path);
                foreach (var finding in report.Findings)
                {
                    WriteResult(json, finding, uri, ruleIndex[finding.Code]);
                }
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }, indented: true);
    }

    /// <summary>SARIF level of a severity: info and style become <c>note</c>, ignore becomes <c>none</c>.</summary>
    public static string SarifLevel(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info or Severity.Style => "note",
        _ => "none",
    };

    private void WriteRule(Utf8JsonWriter json, string id)
    {
        var rule = findRule(id);
        string title, full, help, helpUri;
        Severity level;
        if (rule is not null)
        {
            (title, full, help, helpUri, level) = (rule.Title, rule.Message, rule.Explanation, rule.HelpUri, rule.DefaultSeverity);
        }
        else if (id == ParseDiagnostic.Code)
        {
            title = "Dockerfile parse error";
            full = "The Dockerfile could not be parsed; no rule findings are reliable until it is fixed.";
            help = full;
            helpUri = "https://docs.docker.com/reference/dockerfile/";
            level = Severity.Error;
        }
        else if (id.StartsWith("SC", StringComparison.Ordinal))
        {
            title = $"ShellCheck {id}";
            full = $"ShellCheck finding {id} in a RUN script.";
            help = $"See the ShellCheck wiki page for [{id}](https://www.shellcheck.net/wiki/{id}).";
            helpUri = $"https://www.shellcheck.net/wiki/{id}";
            level = Severity.Warning;
        }
        else
        {
            title = full = help = id;
            helpUri = InformationUri;
            level = Severity.Warning;
        }
        json.WriteStartObject();
        json.WriteString("id", id);
        if (rule?.Alias is { } alias)
        {
            json.WriteString("name", alias);
        }
        json.WriteStartObject("shortDescription");
        json.WriteString("text", title);
        json.WriteEndObject();
        json.WriteStartObject("fullDescription");
        json.WriteString("text", full);
        json.WriteEndObject();
        json.WriteStartObject("help");
        json.WriteString("text", help);
        json.WriteString("markdown", help);
        json.WriteEndObject();
        json.WriteString("helpUri", helpUri);
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", SarifLevel(level));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Finding finding, string uri, int index)
    {
        var span = finding.Span;
        var startLine = Math.Max(1, span.StartLine);
        var startColumn = Math.Max(1, span.StartColumn);
        var endLine = Math.Max(startLine, span.EndLine);
        var endColumn = Math.Max(1, span.EndColumn);
        if (endLine == startLine && endColumn <= startColumn)
        {
            endColumn = startColumn + 1;
        }
        json.WriteStartObject();
        json.WriteString("ruleId", finding.Code);
        json.WriteNumber("ruleIndex", index);
        json.WriteString("level", SarifLevel(finding.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", finding.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", uri);
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", startLine);
        json.WriteNumber("startColumn", startColumn);
        json.WriteNumber("endLine", endLine);
        json.WriteNumber("endColumn", endColumn);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>A relative URI reference for a report path: forward slashes, each segment percent-encoded.</summary>
    public static string ArtifactUri(string path)
    {
        if (path == "-")
        {
            return "stdin";
        }
        var segments = path.Replace('\\', '/').Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            segments[i] = segments[i] == "." || segments[i] == ".." ? segments[i] : Uri.EscapeDataString(segments[i]);
        }
        var uri = string.Join('/', segments);
        if (uri.StartsWith('/'))
        {
            return "file://" + uri;
        }
        return uri.StartsWith("./", StringComparison.Ordinal) ? uri[2..] : uri;
    }
}
