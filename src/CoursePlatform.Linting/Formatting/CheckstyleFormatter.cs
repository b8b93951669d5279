using System.Xml;
using CoursePlatform.Linting.Rules;

namespace CoursePlatform.Linting.Formatting;

/// <summary>Checkstyle XML (one <c>&lt;file&gt;</c> per linted file; style findings map to Checkstyle's <c>info</c>).</summary>
public sealed class CheckstyleFormatter : IReportFormatter
{
    public string Name => "checkstyle";

    public void Write(TextWriter writer, IReadOnlyList<FileReport> reports)
    {
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true, NewLineChars = "\n" };
        writer.WriteLine("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        using (var xml = XmlWriter.Create(writer, settings))
        {
            xml.WriteStartElement("checkstyle");
            xml.WriteAttributeString("version", "4.3");
            foreach (var report in reports)
            {
                xml.WriteStartElement("file");
                xml.WriteAttributeString("name", report.Path);
                foreach (var finding in report.Findings)
                {
                    xml.WriteStartElement("error");
                    xml.WriteAttributeString("line", finding.Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    xml.WriteAttributeString("column", finding.Column.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    xml.WriteAttributeString("severity", finding.Severity switch
                    {
                        Severity.Error => "error",
                        Severity.Warning => "warning",
                        _ => "info",
                    });
                    xml.WriteAttributeString("message", XmlSafe(finding.Message));
                    xml.WriteAttributeString("source", finding.Code);
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        writer.WriteLine();
    }

    // Messages may quote Dockerfile text, which can hold control characters XML 1.0 cannot carry.
    private static string XmlSafe(string text)
    {
        foreach (var c in text)
        {
            if (!XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c))
            {
                return string.Concat(text.Select(ch => XmlConvert.IsXmlChar(ch) || char.IsSurrogate(ch) ? ch : '\uFFFD'));
            }
        }
        return text;
    }
}
