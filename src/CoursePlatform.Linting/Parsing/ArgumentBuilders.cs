using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Parsing;

/// <summary>COPY/ADD, ENV/LABEL, ARG, EXPOSE, VOLUME and the single-argument instructions.</summary>
internal sealed partial class DocumentReader
{
    private FileTransferInstruction BuildFileTransfer(in Building context)
    {
        var (line, head) = (context.Line, context.Head);
        var kind = ReadJson(line, head.ArgsStart, head.ArgsEnd);
        var words = _words;
        words.Clear();
        var isJson = kind != JsonArrayKind.NotJson;
        if (kind == JsonArrayKind.Strings)
        {
            for (var i = 0; i < _json.Count; i++)
            {
                var element = _json[i];
                words.Add(line.LazyWord(element.Start, element.End, element.Value));
            }
        }
        else if (kind == JsonArrayKind.NotJson)
        {
            var raw = Words.SplitPlain(line.Text, head.ArgsStart, head.ArgsEnd, _escape, _rawWords);
            var markers = head.Markers;
            var nextMarker = 0;
            for (var k = 0; k < raw.Count; k++)
            {
                var word = raw[k];
                var isMarker = false;
                while (nextMarker < markers.Count && markers[nextMarker].Start < word.Start)
                {
                    nextMarker++;
                }
                if (nextMarker < markers.Count && markers[nextMarker].Start == word.Start)
                {
                    var marker = markers[nextMarker];
                    // "<< EOF" is one marker word although it contains a blank.
                    while (k + 1 < raw.Count && raw[k + 1].Start < marker.End)
                    {
                        k++;
                    }
                    word = new RawWord(marker.Start, marker.End);
                    isMarker = true;
                }
                words.Add(isMarker
                    ? line.Word(word, _escape)
                    : MakeWord(line, word.Start, word.End, checkQuotes: true, word.Plain));
            }
        }
        Word? destination = null;
        Word[] sources;
        if (words.Count >= 2)
        {
            destination = words[^1];
            sources = new Word[words.Count - 1];
            words.CopyTo(0, sources, 0, sources.Length);
            if (head.Markers.Count > 0 && line.MapStart(head.Markers[^1].Start) == destination.Span.Start)
            {
                Error($"{context.Name} cannot accept a heredoc as a destination", destination.Span);
            }
        }
        else
        {
            sources = words.ToArray();
            if (kind != JsonArrayKind.NonString)
            {
                Error(
                    $"{context.Name} requires at least two arguments, but only one was provided. Destination could not be determined",
                    context.ArgumentsOrKeyword);
            }
        }
        words.Clear();
        return head.Kind == InstructionKind.Copy
            ? new CopyInstruction(context.Parts, isJson, sources, destination)
            : new AddInstruction(context.Parts, isJson, sources, destination);
    }

    private KeyValueInstruction BuildKeyValue(in Building context)
    {
        var (line, head) = (context.Line, context.Head);
        var text = line.Text;
        var raw = Words.SplitQuoted(text, head.ArgsStart, head.ArgsEnd, _escape, _rawWords);
        Syntax.KeyValuePair[] pairs = [];
        var legacy = false;
        if (raw.Count == 0)
        {
            Error($"{context.Name} requires at least one argument", context.KeywordSpan);
        }
        else if (Words.IndexOf(text, '=', raw[0].Start, raw[0].Length) < 0)
        {
            legacy = true;
            var keyEnd = head.ArgsStart;
            while (keyEnd < head.ArgsEnd && !Words.IsBlank(text[keyEnd]))
            {
                keyEnd++;
            }
            var valueStart = keyEnd;
            while (valueStart < head.ArgsEnd && Words.IsBlank(text[valueStart]))
            {
                valueStart++;
            }
            // Within a plain first word the key is plain too.
            var key = MakeWord(line, head.ArgsStart, keyEnd, checkQuotes: true, raw[0].Plain && keyEnd <= raw[0].End);
            if (valueStart >= head.ArgsEnd)
            {
                Error($"{context.Name} must have two arguments", key.Span);
                pairs = [new Syntax.KeyValuePair(key, null, key.Span)];
            }
            else
            {
                var value = MakeWord(line, valueStart, head.ArgsEnd, checkQuotes: true);
                pairs = [new Syntax.KeyValuePair(key, value, line.Map(head.ArgsStart, head.ArgsEnd))];
            }
        }
        else
        {
            pairs = new Syntax.KeyValuePair[raw.Count];
            for (var i = 0; i < pairs.Length; i++)
            {
                var word = raw[i];
                var span = line.Map(word.Start, word.End);
                var eq = Words.IndexOf(text, '=', word.Start, word.Length);
                if (eq < 0)
                {
                    Error(
                        $"Syntax error - can't find = in \"{line.Slice(word.Start, word.End)}\". Must be of the form: name=value",
                        span);
                    pairs[i] = new Syntax.KeyValuePair(MakeWord(line, word.Start, word.End, checkQuotes: false, word.Plain), null, span);
                    continue;
                }
                if (eq == word.Start)
                {
                    Error($"{context.Name} names can not be blank", span);
                }
                var key = MakeWord(line, word.Start, eq, checkQuotes: true, word.Plain);
                var value = MakeWord(line, eq + 1, word.End, checkQuotes: true, word.Plain);
                pairs[i] = new Syntax.KeyValuePair(key, value, span);
            }
        }
        return head.Kind == InstructionKind.Env
            ? new EnvInstruction(context.Parts, pairs, legacy)
            : new LabelInstruction(context.Parts, pairs, legacy);
    }

    private ArgInstruction BuildArg(in Building context)
    {
        var (line, head) = (context.Line, context.Head);
        var raw = Words.SplitQuoted(line.Text, head.ArgsStart, head.ArgsEnd, _escape, _rawWords);
        var declarations = raw.Count == 0 ? [] : new ArgDeclaration[raw.Count];
        if (raw.Count == 0)
        {
            Error("ARG requires at least one argument", context.KeywordSpan);
        }
        for (var i = 0; i < declarations.Length; i++)
        {
            var word = raw[i];
            var span = line.Map(word.Start, word.End);
            var eq = Words.IndexOf(line.Text, '=', word.Start, word.Length);
            if (eq == word.Start)
            {
                Error("ARG names can not be blank", span);
            }
            var name = MakeWord(line, word.Start, eq < 0 ? word.End : eq, checkQuotes: true, word.Plain);
            var defaultValue = eq < 0 ? null : MakeWord(line, eq + 1, word.End, checkQuotes: true, word.Plain);
            declarations[i] = new ArgDeclaration(name, defaultValue, span);
        }
        return new ArgInstruction(context.Parts, declarations);
    }

    private ExposeInstruction BuildExpose(in Building context)
    {
        var ports = PlainWords(context.Line, context.Head.ArgsStart, context.Head.ArgsEnd, checkQuotes: true);
        if (ports.Length == 0)
        {
            Error("EXPOSE requires at least one argument", context.KeywordSpan);
        }
        return new ExposeInstruction(context.Parts, ports);
    }

    private VolumeInstruction BuildVolume(in Building context)
    {
        var (line, head) = (context.Line, context.Head);
        var kind = ReadJson(line, head.ArgsStart, head.ArgsEnd);
        var paths = kind == JsonArrayKind.Strings
            ? JsonWords(line)
            : kind == JsonArrayKind.NonString ? [] : PlainWords(line, head.ArgsStart, head.ArgsEnd, checkQuotes: true);
        if (kind != JsonArrayKind.NonString && paths.Length == 0)
        {
            Error("VOLUME requires at least one argument", context.ArgumentsOrKeyword);
        }
        foreach (var path in paths)
        {
            if (path.Value.AsSpan().Trim().IsEmpty)
            {
                Error("VOLUME specified can not be an empty string", path.Span);
            }
        }
        return new VolumeInstruction(context.Parts, kind != JsonArrayKind.NotJson, paths);
    }

    private Word? SingleArgument(in Building context, bool checkQuotes)
    {
        var head = context.Head;
        if (head.ArgsStart >= head.ArgsEnd)
        {
            Error($"{context.Name} requires exactly one argument", context.KeywordSpan);
            return null;
        }
        return MakeWord(context.Line, head.ArgsStart, head.ArgsEnd, checkQuotes);
    }
}
