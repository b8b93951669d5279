using CoursePlatform.Linting.Semantics;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.BuildKit;

/// <summary>
/// One piece of text the builder variable-expands itself. <see cref="Offset"/> maps positions in <see cref="Text"/>
/// to positions in <see cref="Token"/>'s text; -1 means they cannot be mapped (underline the whole token).
/// </summary>
internal readonly record struct ExpandedWord(Token Token, string Text, int Offset, ExpansionOptions Options);

/// <summary>
/// The words of an instruction that the builder expands at dispatch: ENV and LABEL keys and values, ARG defaults,
/// COPY/ADD sources, destination, <c>--chown</c>, <c>--chmod</c>, ADD <c>--checksum</c> and unquoted heredoc bodies,
/// WORKDIR, USER, STOPSIGNAL, VOLUME and RUN <c>--mount</c> option values (not <c>from</c>). Never RUN/CMD/ENTRYPOINT text.
/// </summary>
internal static class ExpandedWords
{
    /// <remarks>Most instructions expand nothing: the list is only allocated for the first word.</remarks>
    public static IReadOnlyList<ExpandedWord> Of(Instruction instruction, char escape)
    {
        List<ExpandedWord>? words = null;
        Collect(instruction, escape, ref words);
        return words ?? (IReadOnlyList<ExpandedWord>)[];
    }

    /// <summary>
    /// <see cref="Collect(Instruction, char, ref List{ExpandedWord}?)"/> for an instruction of <paramref name="document"/>:
    /// the '$' test reads the source the instruction spans (which holds every character of its text), so an
    /// instruction over several lines needs no joined text for it.
    /// </summary>
    public static void Collect(DockerfileDocument document, Instruction instruction, ref List<ExpandedWord>? words)
    {
        if (instruction is RunInstruction ? instruction.Flags.Count == 0 : !MentionsVariable(document, instruction))
        {
            return;
        }
        // The source test stands for the text's: a text over several lines is never joined for it.
        CollectWords(instruction, document.EscapeChar, ref words);
    }

    /// <summary>False when the source under the instruction has no '$' (then neither has its text).</summary>
    public static bool MentionsVariable(DockerfileDocument document, Instruction instruction)
    {
        var span = instruction.Span;
        return span.End > document.Source.Length || document.Source.AsSpan(span.Start, span.Length).Contains('$');
    }

    /// <summary>
    /// Adds the instruction's expanded words to <paramref name="words"/> (created on the first word), so a caller
    /// that walks every instruction can reuse one list.
    /// </summary>
    public static void Collect(Instruction instruction, char escape, ref List<ExpandedWord>? words)
    {
        // Every word, flag value and heredoc body is a piece of the instruction's text: without a '$' there (the
        // usual case outside RUN) nothing is expanded. RUN only expands --mount values, so its flags are asked first.
        if (instruction is RunInstruction ? instruction.Flags.Count == 0 : !instruction.TextSpan.Contains('$'))
        {
            return;
        }
        CollectWords(instruction, escape, ref words);
    }

    private static void CollectWords(Instruction instruction, char escape, ref List<ExpandedWord>? words)
    {
        var options = new ExpansionOptions(escape);
        switch (instruction)
        {
            // Indexed loops: the lists are interfaces, and foreach would allocate an enumerator for each.
            case ArgInstruction arg:
                for (var i = 0; i < arg.Declarations.Count; i++)
                {
                    Add(ref words, arg.Declarations[i].DefaultValue, options);
                }
                break;
            // Sealed types in the patterns: a test against an abstract base goes through a runtime helper, and this
            // runs for every instruction that mentions a variable.
            case EnvInstruction or LabelInstruction:
                var keyValue = (KeyValueInstruction)instruction;
                for (var i = 0; i < keyValue.Pairs.Count; i++)
                {
                    var pair = keyValue.Pairs[i];
                    Add(ref words, pair.Key, options);
                    Add(ref words, pair.Value, options);
                }
                break;
            case CopyInstruction or AddInstruction:
                var transfer = (FileTransferInstruction)instruction;
                for (var i = 0; i < transfer.Flags.Count; i++)
                {
                    var flag = transfer.Flags[i];
                    if (flag.NameText is "chown" or "chmod" || flag.NameText is "checksum" && transfer is AddInstruction)
                    {
                        Add(ref words, flag.Value, options);
                    }
                }
                for (var i = 0; i < transfer.Sources.Count; i++)
                {
                    var source = transfer.Sources[i];
                    if (source.TextSpan.Contains('$') && !transfer.IsHeredocSource(source))
                    {
                        Add(ref words, source, options, transfer.IsJson);
                    }
                }
                Add(ref words, transfer.Destination, options, transfer.IsJson);
                for (var i = 0; i < transfer.Heredocs.Count; i++)
                {
                    var heredoc = transfer.Heredocs[i];
                    if (heredoc.Expand && heredoc.Body.TextSpan.Contains('$'))
                    {
                        (words ??= []).Add(new ExpandedWord(heredoc.Body, heredoc.Body.Text, 0, ExpansionOptions.Heredoc));
                    }
                }
                break;
            case UserInstruction or WorkdirInstruction or StopsignalInstruction:
                Add(ref words, ((SingleArgumentInstruction)instruction).Argument, options);
                break;
            case VolumeInstruction volume:
                for (var i = 0; i < volume.Paths.Count; i++)
                {
                    Add(ref words, volume.Paths[i], options, volume.IsJson);
                }
                break;
            case RunInstruction run:
                for (var i = 0; i < run.Flags.Count; i++)
                {
                    var flag = run.Flags[i];
                    if (flag.NameText is "mount" && flag.Value is { } value && value.TextSpan.Contains('$'))
                    {
                        AddMountValues(ref words, value, options);
                    }
                }
                break;
        }
    }

    private static void Add(ref List<ExpandedWord>? words, Word? word, ExpansionOptions options, bool json = false)
    {
        // Read in place: only the words that mention a variable are copied into strings.
        if (word is null || !word.TextSpan.Contains('$'))
        {
            return;
        }
        if (json)
        {
            // Exec form: the decoded string is expanded; it sits one character in when nothing was escaped.
            var offset = word.Text.Length == word.Value.Length + 2 && word.Text[0] == '"' ? 1 : -1;
            (words ??= []).Add(new ExpandedWord(word, word.Value, offset, options));
            return;
        }
        (words ??= []).Add(new ExpandedWord(word, word.Text, 0, options));
    }

    // --mount=type=cache,target=$DIR: every option value but `from` is expanded on its own.
    private static void AddMountValues(ref List<ExpandedWord>? words, Word value, ExpansionOptions options)
    {
        var text = value.Text;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf(',', start);
            if (end < 0)
            {
                end = text.Length;
            }
            var equals = text.IndexOf('=', start, end - start);
            if (equals > 0 && !text.AsSpan(start, equals - start).Trim().Equals("from", StringComparison.OrdinalIgnoreCase))
            {
                var field = text[(equals + 1)..end];
                if (field.Contains('$'))
                {
                    (words ??= []).Add(new ExpandedWord(value, field, equals + 1, options));
                }
            }
            start = end + 1;
        }
    }
}
