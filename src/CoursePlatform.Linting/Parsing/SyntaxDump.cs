using System.Text;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Parsing;

/// <summary>
/// A readable, stable text rendering of a parsed document with every span: used by the parser's golden tests
/// and handy when debugging a rule.
/// </summary>
public static class SyntaxDump
{
    public static string Render(DockerfileDocument document)
    {
        var sb = new StringBuilder();
        sb.Append("escape ").Append(Quote(document.EscapeChar.ToString())).Append('\n');
        foreach (var directive in document.Directives)
        {
            sb.Append("directive ").Append(directive.Name).Append(' ').Append(Node(directive.Value)).Append(" in ")
                .Append(directive.Span).Append('\n');
        }
        foreach (var comment in document.Comments)
        {
            sb.Append("comment ").Append(Node(comment)).Append('\n');
        }
        foreach (var instruction in document.Instructions)
        {
            Instruction(sb, instruction, "");
        }
        foreach (var diagnostic in document.Diagnostics)
        {
            sb.Append("error ").Append(diagnostic.Span).Append(' ').Append(Quote(diagnostic.Message)).Append('\n');
        }
        return sb.ToString();
    }

    private static void Instruction(StringBuilder sb, Instruction instruction, string indent)
    {
        sb.Append(indent).Append(instruction.Kind.ToString().ToUpperInvariant()).Append(' ').Append(instruction.Span)
            .Append(' ').Append(Quote(instruction.Text)).Append('\n');
        var inner = indent + "  ";
        Line(sb, inner, "keyword", instruction.Keyword);
        foreach (var comment in instruction.PrecedingComments)
        {
            Line(sb, inner, "preceding", comment);
        }
        foreach (var empty in instruction.EmptyContinuationLines)
        {
            sb.Append(inner).Append("empty-continuation ").Append(empty).Append('\n');
        }
        foreach (var flag in instruction.Flags)
        {
            sb.Append(inner).Append("flag ").Append(Node(flag)).Append(" name=").Append(Node(flag.Name));
            if (flag.Value is { } value)
            {
                sb.Append(" value=").Append(Node(value));
            }
            sb.Append('\n');
        }
        Line(sb, inner, "arguments", instruction.Arguments);
        switch (instruction)
        {
            case FromInstruction from:
                Line(sb, inner, "image", from.Image);
                Line(sb, inner, "as", from.AsKeyword);
                Line(sb, inner, "stage", from.StageName);
                if (from.Reference is { } reference)
                {
                    sb.Append(inner).Append("reference registry=").Append(Quote(reference.Registry)).Append(" name=")
                        .Append(Quote(reference.Name)).Append(" tag=").Append(Quote(reference.Tag)).Append(" digest=")
                        .Append(Quote(reference.Digest)).Append('\n');
                }
                break;
            case RunInstruction run:
                Command(sb, inner, run.Command);
                foreach (var mount in run.Mounts)
                {
                    sb.Append(inner).Append("mount");
                    foreach (var (key, value) in mount.Options)
                    {
                        sb.Append(' ').Append(key);
                        if (value is not null)
                        {
                            sb.Append('=').Append(Quote(value));
                        }
                    }
                    sb.Append('\n');
                }
                break;
            case CmdInstruction cmd:
                Command(sb, inner, cmd.Command);
                break;
            case EntrypointInstruction entrypoint:
                Command(sb, inner, entrypoint.Command);
                break;
            case ShellInstruction shell:
                Words(sb, inner, "shell", shell.ShellArguments);
                break;
            case FileTransferInstruction transfer:
                sb.Append(inner).Append("json ").Append(transfer.IsJson ? "yes" : "no").Append('\n');
                Words(sb, inner, "source", transfer.Sources);
                Line(sb, inner, "destination", transfer.Destination);
                break;
            case KeyValueInstruction keyValue:
                sb.Append(inner).Append("legacy ").Append(keyValue.IsLegacyForm ? "yes" : "no").Append('\n');
                foreach (var pair in keyValue.Pairs)
                {
                    sb.Append(inner).Append("pair ").Append(pair.Span).Append(" key=").Append(Node(pair.Key));
                    if (pair.Value is { } value)
                    {
                        sb.Append(" value=").Append(Node(value));
                    }
                    sb.Append('\n');
                }
                break;
            case ArgInstruction arg:
                foreach (var declaration in arg.Declarations)
                {
                    sb.Append(inner).Append("arg ").Append(declaration.Span).Append(" name=").Append(Node(declaration.Name));
                    if (declaration.DefaultValue is { } value)
                    {
                        sb.Append(" default=").Append(Node(value));
                    }
                    sb.Append('\n');
                }
                break;
            case ExposeInstruction expose:
                Words(sb, inner, "port", expose.Ports);
                break;
            case HealthcheckInstruction healthcheck:
                Line(sb, inner, "type", healthcheck.Type);
                if (healthcheck.Command is { } command)
                {
                    Command(sb, inner, command);
                }
                break;
            case VolumeInstruction volume:
                sb.Append(inner).Append("json ").Append(volume.IsJson ? "yes" : "no").Append('\n');
                Words(sb, inner, "path", volume.Paths);
                break;
            case SingleArgumentInstruction single:
                Line(sb, inner, "argument", single.Argument);
                break;
            case OnbuildInstruction { Trigger: { } trigger }:
                Instruction(sb, trigger, inner);
                break;
        }
        if (instruction is not OnbuildInstruction)
        {
            foreach (var heredoc in instruction.Heredocs)
            {
                sb.Append(inner).Append("heredoc ").Append(Node(heredoc.Marker)).Append(" delimiter=")
                    .Append(Quote(heredoc.Delimiter)).Append(" strip-tabs=").Append(heredoc.StripTabs ? "yes" : "no")
                    .Append(" expand=").Append(heredoc.Expand ? "yes" : "no").Append(" fd=").Append(heredoc.FileDescriptor)
                    .Append('\n');
                Line(sb, inner + "  ", "body", heredoc.Body);
                Line(sb, inner + "  ", "terminator", heredoc.Terminator);
            }
        }
    }

    private static void Command(StringBuilder sb, string indent, CommandLine command)
    {
        sb.Append(indent).Append(command.IsExec ? "exec " : "shell ").Append(Node(command.Text)).Append('\n');
        Words(sb, indent + "  ", "arg", command.ExecArguments);
    }

    private static void Words(StringBuilder sb, string indent, string label, IReadOnlyList<Word> words)
    {
        foreach (var word in words)
        {
            Line(sb, indent, label, word);
        }
    }

    private static void Line(StringBuilder sb, string indent, string label, Token? token)
    {
        if (token is not null)
        {
            sb.Append(indent).Append(label).Append(' ').Append(Node(token)).Append('\n');
        }
    }

    private static string Node(Token token)
    {
        var text = $"{Quote(token.Text)} {token.Span}";
        return token is Word word && word.Value != word.Text ? $"{text} value={Quote(word.Value)}" : text;
    }

    private static string Quote(string? text)
    {
        if (text is null)
        {
            return "null";
        }
        var sb = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < ' ')
                    {
                        sb.Append($"\\u{(int)c:x4}");
                    }
                    else
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
