using CoursePlatform.Linting.Shell;

namespace CoursePlatform.Content.Grading;

/// <summary>
/// A shell command pattern over the shell model of RUN: <c>npm ci --omit=dev</c> means a command named
/// <c>npm</c> whose first non-flag arguments are <c>ci</c> and which has the flag <c>--omit=dev</c> (also
/// written <c>--omit dev</c>); <c>!--production</c> means that flag must be absent; <c>--production</c>
/// alone matches it with or without a value. A name <c>*</c> matches any command.
/// </summary>
public sealed class CommandPattern
{
    private readonly string _name;
    private readonly List<string> _words = [];
    private readonly List<(string Flag, string? Value)> _required = [];
    private readonly List<(string Flag, string? Value)> _forbidden = [];

    public CommandPattern(string text)
    {
        Text = text;
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        _name = parts.Length > 0 ? parts[0] : "";
        for (var i = 1; i < parts.Length; i++)
        {
            var part = parts[i];
            var negated = part.StartsWith('!');
            if (negated)
            {
                part = part[1..];
            }
            if (part.StartsWith('-'))
            {
                var eq = part.IndexOf('=');
                var flag = eq < 0 ? (part, (string?)null) : (part[..eq], part[(eq + 1)..]);
                (negated ? _forbidden : _required).Add(flag);
            }
            else if (!negated)
            {
                _words.Add(part);
            }
        }
    }

    public string Text { get; }

    public bool IsValid => _name.Length > 0;

    public bool Matches(ShellCommand command)
    {
        if (_name != "*" && command.Name != _name)
        {
            return false;
        }
        var index = 0;
        foreach (var argument in command.Arguments)
        {
            if (index >= _words.Count)
            {
                break;
            }
            if (argument.IsFlag)
            {
                continue;
            }
            if (argument.Value != _words[index])
            {
                return false;
            }
            index++;
        }
        if (index < _words.Count)
        {
            return false;
        }
        foreach (var (flag, value) in _required)
        {
            if (!HasFlag(command, flag, value))
            {
                return false;
            }
        }
        foreach (var (flag, value) in _forbidden)
        {
            if (HasFlag(command, flag, value))
            {
                return false;
            }
        }
        return true;
    }

    public static bool HasFlag(ShellCommand command, string flag, string? value)
    {
        var arguments = command.Arguments;
        for (var i = 0; i < arguments.Count; i++)
        {
            var word = arguments[i].Value;
            if (word == flag)
            {
                if (value is null || (i + 1 < arguments.Count && arguments[i + 1].Value == value))
                {
                    return true;
                }
            }
            else if (word.Length > flag.Length && word.StartsWith(flag, StringComparison.Ordinal) && word[flag.Length] == '=')
            {
                if (value is null || word[(flag.Length + 1)..] == value)
                {
                    return true;
                }
            }
        }
        return false;
    }

    public override string ToString() => Text;
}
