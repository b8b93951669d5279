namespace CoursePlatform.Linting.Syntax;

/// <summary>
/// A piece of an instruction: a keyword, a word, a flag name or value. <see cref="Text"/> is the logical text
/// (line continuations and skipped comment/blank lines removed); <see cref="Span"/> locates it in the source.
/// For a token on one physical line, <c>Source[Span]</c> equals <see cref="Text"/>.
/// </summary>
public class Token
{
    // Null until first read for tokens that make their text on use (most texts are never read by any rule).
    private string? _text;

    public Token(string text, SourceSpan span)
    {
        _text = text;
        Span = span;
    }

    /// <summary>
    /// For tokens that make their text on first use by overriding <see cref="CreateText"/>, unless given it
    /// already (<paramref name="text"/>).
    /// </summary>
    private protected Token(SourceSpan span, string? text = null)
    {
        _text = text;
        Span = span;
    }

    // Racing first reads each make an equal string; either may win, so this is safe across threads.
    public string Text => _text ??= CreateText();

    public SourceSpan Span { get; }

    /// <summary><see cref="Text"/> without making the string when it has not been made yet.</summary>
    public ReadOnlySpan<char> TextSpan => _text ?? CreateTextSpan();

    private protected virtual string CreateText() => throw new InvalidOperationException("The token has no text.");

    private protected virtual ReadOnlySpan<char> CreateTextSpan() => Text;

    public override string ToString() => Text;
}

/// <summary>A token whose text is exactly the source under its span: the copy is made on first read.</summary>
internal sealed class SourceToken(string source, SourceSpan span) : Token(span)
{
    private protected override string CreateText() => source.Substring(Span.Start, Span.Length);

    private protected override ReadOnlySpan<char> CreateTextSpan() => source.AsSpan(Span.Start, Span.Length);
}

/// <summary>
/// A whitespace-separated argument word. <see cref="Token.Text"/> is raw (quotes and escapes kept);
/// <see cref="Value"/> has the quotes removed the way the builder does (escape token honoured, no variable expansion).
/// </summary>
public sealed class Word : Token
{
    // Parsed words: the text is the source under the span, copied on first read (many words are never read).
    private readonly string? _source;

    // Null when the value is the text itself (no quotes or escapes to remove).
    private readonly string? _value;

    public Word(string text, SourceSpan span, string value)
        : base(text, span) => _value = value;

    /// <summary>A word whose text is <c>source[span]</c>; a null <paramref name="value"/> is the text.</summary>
    internal Word(SourceSpan span, string source, string? value)
        : base(span)
    {
        _source = source;
        _value = value;
    }

    public string Value => _value ?? Text;

    /// <summary><see cref="Value"/> without making the string when it has not been made yet.</summary>
    internal ReadOnlySpan<char> ValueSpan => _value ?? TextSpan;

    private protected override string CreateText() => _source!.Substring(Span.Start, Span.Length);

    private protected override ReadOnlySpan<char> CreateTextSpan() => _source.AsSpan(Span.Start, Span.Length);
}

/// <summary>A <c>--name[=value]</c> flag before an instruction's arguments.</summary>
public sealed class Flag : Token
{
    // Parsed flags on one physical line: the text is the source under the span, copied on first read.
    private readonly string? _source;

    // Parsed flags on one physical line make their name token on first read (most are only compared by name):
    // until then the name is the source after the dashes, _nameLength characters.
    private Token? _name;
    private readonly int _nameLength;

    public Flag(string text, SourceSpan span, Token name, Word? value)
        : base(text, span)
    {
        _name = name;
        Value = value;
    }

    /// <summary>A flag whose text is <c>source[span]</c>.</summary>
    internal Flag(SourceSpan span, string source, Token name, Word? value)
        : base(span)
    {
        _source = source;
        _name = name;
        Value = value;
    }

    /// <summary>A flag whose text is <c>source[span]</c>, on one line, its name <paramref name="nameLength"/> characters after the dashes.</summary>
    internal Flag(SourceSpan span, string source, int nameLength, Word? value)
        : base(span)
    {
        _source = source;
        _nameLength = nameLength;
        Value = value;
    }

    /// <summary>The flag name without the leading dashes, as written (e.g. <c>from</c>, <c>mount</c>).</summary>
    // Racing first reads each make an equal token; either may win.
    public Token Name => _name ??= MakeName();

    /// <summary><see cref="Name"/>'s text without making the token.</summary>
    internal ReadOnlySpan<char> NameText => _name is { } name ? name.TextSpan : _source.AsSpan(Span.Start + 2, _nameLength);

    /// <summary>The value after <c>=</c>, or null for a bare flag (<c>--link</c>).</summary>
    public Word? Value { get; }

    /// <summary>True when the flag was written with <c>=</c> (even if the value is empty).</summary>
    public bool HasValue => Value is not null;

    private Token MakeName()
    {
        var span = Span;
        var start = span.Start + 2;
        var column = span.StartColumn + 2;
        return new Token(
            Parsing.FlagRules.NameText(_source.AsSpan(start, _nameLength)),
            new SourceSpan(start, start + _nameLength, span.StartLine, column, span.StartLine, column + _nameLength));
    }

    private protected override string CreateText() => _source!.Substring(Span.Start, Span.Length);

    private protected override ReadOnlySpan<char> CreateTextSpan() => _source.AsSpan(Span.Start, Span.Length);
}

/// <summary>A comment line (<c># ...</c>). <see cref="Content"/> is the text after the <c>#</c>, untrimmed.</summary>
public sealed class Comment : Token
{
    // Set for parsed comments: the text is the source under the span, copied on first read.
    private readonly string? _source;

    public Comment(string text, SourceSpan span)
        : base(text, span)
    {
    }

    /// <summary>A comment whose text is <c>source[span]</c>.</summary>
    internal Comment(SourceSpan span, string source)
        : base(span) => _source = source;

    /// <remarks>Cut from the text on each read: rules scan <see cref="ContentSpan"/>, and few callers ask for the string.</remarks>
    public string Content => new(TextSpan[1..]);

    /// <summary><see cref="Content"/> without the copy.</summary>
    internal ReadOnlySpan<char> ContentSpan => TextSpan[1..];

    private protected override string CreateText() => _source!.Substring(Span.Start, Span.Length);

    private protected override ReadOnlySpan<char> CreateTextSpan() => _source.AsSpan(Span.Start, Span.Length);
}

/// <summary>A parser directive at the top of the file: <c># syntax=</c>, <c># escape=</c> or <c># check=</c>.</summary>
public sealed class ParserDirective(string text, SourceSpan span, string name, Token value) : Token(text, span)
{
    /// <summary>The key, lower-cased (<c>syntax</c>, <c>escape</c>, <c>check</c>).</summary>
    public string Name { get; } = name;

    public Token Value { get; } = value;
}

/// <summary>
/// A here-document attached to a RUN, COPY or ADD instruction (<c>&lt;&lt;EOF</c> ... <c>EOF</c>).
/// </summary>
/// <remarks><see cref="Token.Span"/> covers the marker; <see cref="Body"/> and <see cref="Terminator"/> have their own spans.</remarks>
public sealed class Heredoc(
    Token marker, string delimiter, bool stripTabs, bool expand, int fileDescriptor,
    Token body, Token? terminator) : Token(marker.Span)
{
    // The text is the marker's, made when the marker's is.
    private protected override string CreateText() => Marker.Text;

    private protected override ReadOnlySpan<char> CreateTextSpan() => Marker.TextSpan;

    /// <summary>The marker word as written, e.g. <c>&lt;&lt;-"EOF"</c>.</summary>
    public Token Marker { get; } = marker;

    /// <summary>The delimiter after quote removal (<c>EOF</c>).</summary>
    public string Delimiter { get; } = delimiter;

    /// <summary><c>&lt;&lt;-</c>: leading tabs are stripped from body lines when the content is used.</summary>
    public bool StripTabs { get; } = stripTabs;

    /// <summary>False when the delimiter was quoted: the body is not variable-expanded.</summary>
    public bool Expand { get; } = expand;

    /// <summary>The file descriptor digits before <c>&lt;&lt;</c>, or 0 when none were written.</summary>
    public int FileDescriptor { get; } = fileDescriptor;

    /// <summary>The body lines, each with its newline, exactly as in the source (no tab stripping).</summary>
    public Token Body { get; } = body;

    /// <summary>The terminating line, or null when the file ended first (a parse error).</summary>
    public Token? Terminator { get; } = terminator;

    /// <summary>The body as the builder uses it (tabs stripped for <c>&lt;&lt;-</c>).</summary>
    public string Content => StripTabs ? StripLeadingTabs(Body.Text) : Body.Text;

    private static string StripLeadingTabs(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = lines[i].TrimStart('\t');
        }
        return string.Join('\n', lines);
    }
}

/// <summary>A problem found while parsing (reported as <c>DL1000</c>).</summary>
public sealed record ParseDiagnostic(string Message, SourceSpan Span)
{
    public const string Code = "DL1000";
}
