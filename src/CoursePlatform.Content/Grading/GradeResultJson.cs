using System.Text.Json;

namespace CoursePlatform.Content.Grading;

/// <summary>Writes a <see cref="GradeResult"/> as JSON without reflection (usable from the AOT-compiled CLI).</summary>
public static class GradeResultJson
{
    public static void Write(Utf8JsonWriter json, GradeResult result)
    {
        json.WriteStartObject();
        json.WriteString("problem", result.ProblemId);
        json.WriteNumber("problemVersion", result.ProblemVersion);
        json.WriteString("engineVersion", result.EngineVersion);
        json.WriteBoolean("passed", result.Passed);
        json.WriteNumber("score", result.Score);
        json.WriteString("phase", result.Phase);
        json.WriteStartArray("parseErrors");
        foreach (var error in result.ParseErrors)
        {
            json.WriteStartObject();
            json.WriteNumber("line", error.Line);
            json.WriteNumber("column", error.Column);
            json.WriteString("message", error.Message);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("checks");
        foreach (var check in result.Checks)
        {
            json.WriteStartObject();
            json.WriteString("id", check.Id);
            json.WriteNumber("task", check.Task);
            json.WriteString("tier", check.Tier);
            json.WriteBoolean("passed", check.Passed);
            json.WriteString("message", check.Message);
            json.WriteString("why", check.Why);
            if (check.LessonLink is not null)
            {
                json.WriteString("lesson", check.LessonLink);
            }
            json.WriteStartArray("lines");
            foreach (var line in check.Lines)
            {
                json.WriteNumberValue(line);
            }
            json.WriteEndArray();
            if (check.Detail is not null)
            {
                json.WriteString("detail", check.Detail);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("lint");
        foreach (var item in result.Lint)
        {
            json.WriteStartObject();
            json.WriteString("code", item.Code);
            json.WriteString("severity", item.Severity);
            json.WriteString("tier", item.Tier);
            json.WriteNumber("line", item.Line);
            json.WriteNumber("column", item.Column);
            json.WriteString("message", item.Message);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        if (result.Size is { } size)
        {
            json.WriteStartObject("sizeEstimate");
            if (size.BaseImage is not null)
            {
                json.WriteString("baseImage", size.BaseImage);
            }
            json.WriteNumber("totalMegabytes", size.TotalMegabytes);
            json.WriteStartArray("layers");
            foreach (var layer in size.Layers)
            {
                json.WriteStartObject();
                json.WriteNumber("line", layer.Line);
                json.WriteString("instruction", layer.Instruction);
                json.WriteNumber("megabytes", Math.Round(layer.Megabytes, 2));
                json.WriteString("basis", layer.Basis);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    public static string ToJson(GradeResult result, bool indented = true)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented }))
        {
            Write(json, result);
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
