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

    /// <summary>The values of the words whose value is not their raw text, one after the other (filled with <see cref="Slots"/>).</summary>
    public string Values { get; set; } = "";

    /// <summary>
    /// One word: its offsets in <see cref="Text"/>, and where its value lies in <see cref="Values"/> when that is not
    /// the raw text (<see cref="ValueStart"/> is -1 when it is: the raw text is then cut only on demand).
    /// No references inside, so gathering and copying slots costs the collector nothing.
    /// </summary>
    public readonly record struct Slot(int Start, int End, int ValueStart, int ValueLength);

    public ReadOnlySpan<char> ValueOf(in Slot slot) =>
        slot.ValueStart < 0 ? Text.AsSpan(slot.Start, slot.End - slot.Start) : Values.AsSpan(slot.ValueStart, slot.ValueLength);

    public ShellWord WordOf(in Slot slot)
    {
        if (slot.ValueStart >= 0)
        {
            var span = Values.AsSpan(slot.ValueStart, slot.ValueLength);
            return ShellWord.FromScript(ShellWordTable.Find(span) ?? new string(span), Text, slot.Start, slot.End);
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
