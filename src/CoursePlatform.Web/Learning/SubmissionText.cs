using System.Text;

namespace CoursePlatform.Web.Learning;

/// <summary>
/// The limits of platform.md section 8 on anything a learner sends (a submission or a draft): at most 64 KiB of UTF-8,
/// and text, not binary. Each refusal says what was wrong in words a learner understands.
/// </summary>
public static class SubmissionText
{
    public const int MaxBytes = 64 * 1024;

    /// <summary>Null when both files are acceptable, else the message to show.</summary>
    public static string? Refusal(string? dockerfile, string? dockerignore)
    {
        return FileRefusal("Dockerfile", dockerfile) ?? FileRefusal(".dockerignore", dockerignore);
    }

    private static string? FileRefusal(string name, string? text)
    {
        if (text is null)
        {
            return null;
        }
        var bytes = Encoding.UTF8.GetByteCount(text);
        if (bytes > MaxBytes)
        {
            return $"The {name} is {bytes / 1024.0:0.#} KiB; the limit is {MaxBytes / 1024} KiB. Real Dockerfiles are far smaller: remove pasted output or data.";
        }
        if (BinaryAt(text) is { } offset)
        {
            return $"The {name} contains binary data (a control character at position {offset + 1}); only text can be submitted.";
        }
        return null;
    }

    /// <summary>The first character that no text file holds: NUL, DEL and the other C0 controls except tab, newlines and form feed, or a lone surrogate.</summary>
    private static int? BinaryAt(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < ' ' && c is not ('\t' or '\n' or '\r' or '\f'))
            {
                return i;
            }
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }
                return i;
            }
            if (char.IsLowSurrogate(c) || c == '\u007F')
            {
                return i;
            }
        }
        return null;
    }
}
