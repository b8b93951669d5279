using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Parsing;

/// <summary>HEALTHCHECK: type word, command, durations and retries.</summary>
internal sealed partial class DocumentReader
{
    private HealthcheckInstruction BuildHealthcheck(in Building context)
    {
        var (line, head) = (context.Line, context.Head);
        if (head.ArgsStart >= head.ArgsEnd)
        {
            Error("HEALTHCHECK requires at least one argument", context.KeywordSpan);
            return new HealthcheckInstruction(context.Parts, null, null);
        }
        var typeEnd = head.ArgsStart;
        while (typeEnd < head.ArgsEnd && !Words.IsSpace(line.Text[typeEnd]))
        {
            typeEnd++;
        }
        var type = MakeWord(line, head.ArgsStart, typeEnd, checkQuotes: false);
        var rest = Words.SkipSpace(line.Text, typeEnd, head.ArgsEnd);
        var upper = type.Text.ToUpperInvariant();
        if (upper == "NONE")
        {
            if (rest < head.ArgsEnd)
            {
                Error("HEALTHCHECK NONE takes no arguments", line.Map(rest, head.ArgsEnd));
            }
            return new HealthcheckInstruction(context.Parts, type, null);
        }
        ValidateFlags(context);
        ValidateHealthcheckFlags(context.Flags);
        if (upper != "CMD")
        {
            Error($"Unknown type \"{upper}\" in HEALTHCHECK (try CMD)", type.Span);
            return new HealthcheckInstruction(context.Parts, type, null);
        }
        var commandText = rest < head.ArgsEnd ? line.LazyToken(rest, head.ArgsEnd) : line.LazyToken(typeEnd, typeEnd);
        var command = ReadCommand(line, rest, head.ArgsEnd, commandText);
        if (command.IsExec ? command.ExecArguments.Count == 0 : command.Text.Text.Length == 0)
        {
            Error("Missing command after HEALTHCHECK CMD", type.Span);
        }
        return new HealthcheckInstruction(context.Parts, type, command);
    }

    private void ValidateHealthcheckFlags(Flag[] flags)
    {
        foreach (var flag in flags)
        {
            if (flag.Value is not { Value.Length: > 0 } value)
            {
                continue;
            }
            switch (flag.Name.Text)
            {
                case "interval" or "timeout" or "start-period" or "start-interval":
                    if (!FlagRules.TryParseDuration(value.Value, out var nanoseconds))
                    {
                        Error($"time: invalid duration \"{value.Value}\"", value.Span);
                    }
                    else if (nanoseconds != 0 && nanoseconds < 1e6)
                    {
                        Error($"Interval \"{flag.Name.Text}\" cannot be less than 1ms", value.Span);
                    }
                    break;
                case "retries":
                    if (!int.TryParse(value.Value, System.Globalization.NumberStyles.AllowLeadingSign, null, out var retries))
                    {
                        Error($"--retries must be an integer, not \"{value.Value}\"", value.Span);
                    }
                    else if (retries < 0)
                    {
                        Error($"--retries cannot be negative ({retries})", value.Span);
                    }
                    break;
            }
        }
    }
}
