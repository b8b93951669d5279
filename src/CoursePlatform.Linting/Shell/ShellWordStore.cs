namespace CoursePlatform.Linting.Shell;

/// <summary>
/// The argument words of every command of one script, kept compact: most rules only look at a command's name, so
/// an argument becomes a <see cref="ShellWord"/> (and its text a string) only when someone asks for it.
/// </summary>
internal class ShellWordStore(string text)
{
    public string Text { get; } = text;

    /// <summary>Filled once, when the parse ends (before any command is handed out).</summary>
    public Slot[] Slots { get; set; } = [];

    /// <summary>
    /// One word: its offsets in <see cref="Text"/>, and its value when that differs from the raw text (null when
    /// the value is the raw text itself, which is then cut only on demand).
    /// </summary>
    public readonly record struct Slot(string? Value, int Start, int End);

    public ReadOnlySpan<char> ValueOf(in Slot slot) => slot.Value ?? Text.AsSpan(slot.Start, slot.End - slot.Start);

    public ShellWord WordOf(in Slot slot)
    {
        if (slot.Value is { } value)
        {
            return ShellWord.FromScript(value, Text, slot.Start, slot.End);
        }
        var raw = ShellWordTable.Find(Text.AsSpan(slot.Start, slot.End - slot.Start)) ?? Text.Substring(slot.Start, slot.End - slot.Start);
        return new ShellWord(raw, raw, slot.Start, slot.End);
    }
}

/// <summary>The store of a command built from whole words (not by the parser): its name word exactly as given.</summary>
internal sealed class GivenWordStore(ShellWord? name) : ShellWordStore("")
{
    public ShellWord? Name { get; } = name;
}
