using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CoursePlatform.Linting.Rules;

namespace CoursePlatform.Linting.Formatting;

/// <summary>The findings of one linted file. <see cref="Path"/> is the name shown in reports (<c>-</c> for stdin).</summary>
public sealed record FileReport(string Path, IReadOnlyList<Finding> Findings);

/// <summary>Renders the findings of one or more files in one output format.</summary>
public interface IReportFormatter
{
    /// <summary>The format name (<c>tty</c>, <c>json</c>, <c>sarif</c>, <c>checkstyle</c>, <c>gnu</c>).</summary>
    string Name { get; }

    void Write(TextWriter writer, IReadOnlyList<FileReport> reports);
}

/// <summary>Creates formatters by name.</summary>
public static class ReportFormatter
{
    public static IReadOnlyList<string> Names { get; } = ["tty", "json", "sarif", "checkstyle", "gnu"];

    /// <summary>A formatter by name (case-insensitive), or null for an unknown name.</summary>
    /// <param name="name">Format name.</param>
    /// <param name="color">Colour the tty output with ANSI escapes.</param>
    /// <param name="findRule">Rule metadata lookup for SARIF (default: <see cref="RuleCatalog.Find"/>).</param>
    public static IReportFormatter? Create(string name, bool color = false, Func<string, Rule?>? findRule = null)
        => name.ToLowerInvariant() switch
        {
            "tty" => new TtyFormatter(color),
            "json" => new JsonFormatter(),
            "sarif" => new SarifFormatter(findRule ?? RuleCatalog.Find),
            "checkstyle" => new CheckstyleFormatter(),
            "gnu" => new GnuFormatter(),
            _ => null,
        };

    /// <summary>The lower-case name of a severity as hadolint prints it.</summary>
    public static string LevelName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        Severity.Style => "style",
        _ => "ignore",
    };

    internal static void WriteJson(TextWriter writer, Action<Utf8JsonWriter> write, bool indented)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(json);
        }
        writer.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        writer.WriteLine();
    }
}
