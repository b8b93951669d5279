using CoursePlatform.Linting.Rules;

namespace CoursePlatform.Linting.Formatting;

/// <summary>
/// hadolint's default output: one <c>file:line CODE severity: message</c> line per finding; the code and severity are
/// coloured when <paramref name="color"/> is set.
/// </summary>
public sealed class TtyFormatter(bool color) : IReportFormatter
{
    public string Name => "tty";

    public void Write(TextWriter writer, IReadOnlyList<FileReport> reports)
    {
        foreach (var report in reports)
        {
            foreach (var finding in report.Findings)
            {
                writer.Write(report.Path);
                writer.Write(':');
                writer.Write(finding.Line);
                writer.Write(' ');
                if (color)
                {
                    writer.Write("\u001b[1m");
                    writer.Write(finding.Code);
                    writer.Write("\u001b[0m ");
                    writer.Write(ColorOf(finding.Severity));
                    writer.Write(ReportFormatter.LevelName(finding.Severity));
                    writer.Write("\u001b[0m");
                }
                else
                {
                    writer.Write(finding.Code);
                    writer.Write(' ');
                    writer.Write(ReportFormatter.LevelName(finding.Severity));
                }
                writer.Write(": ");
                writer.WriteLine(finding.Message);
            }
        }
    }

    private static string ColorOf(Severity severity) => severity switch
    {
        Severity.Error => "\u001b[31m",
        Severity.Warning => "\u001b[33m",
        Severity.Info => "\u001b[32m",
        _ => "\u001b[36m",
    };
}
