using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CoursePlatform.Content.Course;

/// <summary>
/// Reads YAML through YamlDotNet's representation model, which keeps the line of every node, so that a
/// validation message can point at the exact line of the file.
/// </summary>
internal static class YamlReading
{
    /// <summary>Parses one YAML document whose first line is line <paramref name="firstLine"/> of <paramref name="file"/>.</summary>
    public static YamlMappingNode? ParseMapping(string yaml, string file, int firstLine, List<ContentError> errors)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                errors.Add(new ContentError(file, firstLine, "expected a YAML mapping of keys to values"));
                return null;
            }
            return mapping;
        }
        catch (YamlException exception)
        {
            errors.Add(new ContentError(file, LineOf(exception.Start, firstLine), "invalid YAML: " + InnermostMessage(exception)));
            return null;
        }
    }

    public static int LineOf(Mark mark, int firstLine) => (int)Math.Max(1, mark.Line) + firstLine - 1;

    public static int LineOf(YamlNode node, int firstLine) => LineOf(node.Start, firstLine);

    public static string? Scalar(YamlNode node) => (node as YamlScalarNode)?.Value;

    private static string InnermostMessage(Exception exception)
    {
        while (exception.InnerException is not null)
        {
            exception = exception.InnerException;
        }
        return exception.Message;
    }
}
