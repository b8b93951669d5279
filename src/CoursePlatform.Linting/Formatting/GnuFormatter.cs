namespace CoursePlatform.Linting.Formatting;

/// <summary>The GNU error format editors understand: <c>file:line:column: severity: CODE message</c>.</summary>
public sealed class GnuFormatter : IReportFormatter
{
    public string Name => "gnu";

    public void Write(TextWriter writer, IReadOnlyList<FileReport> reports)
    {
        foreach (var report in reports)
        {
            foreach (var finding in report.Findings)
            {
                writer.WriteLine($"{report.Path}:{finding.Line}:{finding.Column}: {ReportFormatter.LevelName(finding.Severity)}: {finding.Code} {finding.Message}");
            }
        }
    }
}
