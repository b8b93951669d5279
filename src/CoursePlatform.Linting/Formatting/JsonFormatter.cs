using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Formatting;

/// <summary>
/// hadolint's JSON: one array over all files of <c>{code, column, file, level, line, message}</c> objects.
/// Like hadolint, rule findings report column 1 (hadolint only knows lines); parse errors (DL1000) keep their real column.
/// </summary>
public sealed class JsonFormatter : IReportFormatter
{
    public string Name => "json";

    public void Write(TextWriter writer, IReadOnlyList<FileReport> reports)
        => ReportFormatter.WriteJson(writer, json =>
        {
            json.WriteStartArray();
            foreach (var report in reports)
            {
                foreach (var finding in report.Findings)
                {
                    json.WriteStartObject();
                    json.WriteString("code", finding.Code);
                    json.WriteNumber("column", finding.Code == ParseDiagnostic.Code ? finding.Column : 1);
                    json.WriteString("file", report.Path);
                    json.WriteString("level", ReportFormatter.LevelName(finding.Severity));
                    json.WriteNumber("line", finding.Line);
                    json.WriteString("message", finding.Message);
                    json.WriteEndObject();
                }
            }
            json.WriteEndArray();
        }, indented: false);
}
