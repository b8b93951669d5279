using CoursePlatform.Linting.Configuration;
using CoursePlatform.Linting.Semantics;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Content.Insights;

internal enum StepSourceKind
{
    Context,
    Remote,
    Heredoc,
    Stage,
}

/// <summary>One thing a step reads: a context path, a remote URL, a here-document or a stage (bind mount).</summary>
internal sealed record StepSource(StepSourceKind Kind, string Path);

/// <summary>What a COPY, ADD or RUN reads, with variables expanded.</summary>
internal sealed record StepInputs(string? From, IReadOnlyList<StepSource> Sources, DockerIgnore? Excludes, IReadOnlyList<string> MountStages)
{
    public IEnumerable<string> StageReferences => From is null ? MountStages : MountStages.Append(From);

    public static Dictionary<Instruction, StepInputs> Resolve(DockerfileDocument document)
    {
        var result = new Dictionary<Instruction, StepInputs>();
        var escape = document.EscapeChar;
        if (document.Source.Contains('$'))
        {
            BuildEnvironment.Dispatch(document, LintOptions.Default, (_, instruction, scope) => Add(result, instruction, scope.Lookup, escape));
        }
        else
        {
            foreach (var stage in document.Stages.All)
            {
                foreach (var instruction in stage.Instructions)
                {
                    Add(result, instruction, static _ => null, escape);
                }
            }
        }
        return result;
    }

    private static void Add(Dictionary<Instruction, StepInputs> result, Instruction instruction, Func<string, string?> lookup, char escape)
    {
        switch (instruction)
        {
            case FileTransferInstruction transfer:
            {
                string? from = null;
                if (transfer is CopyInstruction { From: { } flag })
                {
                    from = Expand(flag.Value?.Text ?? "", lookup, escape);
                    from = from.Length == 0 ? null : from;
                }
                var sources = new List<StepSource>(transfer.Sources.Count);
                foreach (var word in transfer.Sources)
                {
                    if (transfer.IsHeredocSource(word))
                    {
                        sources.Add(new StepSource(StepSourceKind.Heredoc, word.Text));
                        continue;
                    }
                    var value = Expand(transfer.IsJson ? word.Value : word.Text, lookup, escape);
                    sources.Add(new StepSource(FileTransferInstruction.IsRemoteSource(value) ? StepSourceKind.Remote : StepSourceKind.Context, value));
                }
                var excludes = transfer.Flags
                    .Where(f => string.Equals(f.Name.Text, "exclude", StringComparison.OrdinalIgnoreCase) && f.Value is not null)
                    .Select(f => Expand(f.Value!.Text, lookup, escape))
                    .ToList();
                result[instruction] = new StepInputs(from, sources, excludes.Count > 0 ? DockerIgnore.Parse(string.Join('\n', excludes)) : null, []);
                break;
            }
            case RunInstruction run when run.Mounts.Count > 0:
            {
                var sources = new List<StepSource>();
                var stages = new List<string>();
                foreach (var mount in run.Mounts)
                {
                    var mountFrom = mount.From is { } f ? Expand(f, lookup, escape) : null;
                    if (mountFrom is { Length: > 0 })
                    {
                        stages.Add(mountFrom);
                    }
                    if (!string.Equals(mount.Type, "bind", StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }
                    sources.Add(mountFrom is { Length: > 0 }
                        ? new StepSource(StepSourceKind.Stage, mountFrom)
                        : new StepSource(StepSourceKind.Context, mount.Source is { } s ? Expand(s, lookup, escape) : "."));
                }
                result[instruction] = new StepInputs(null, sources, null, stages);
                break;
            }
        }
    }

    private static string Expand(string raw, Func<string, string?> lookup, char escape)
        => raw.Contains('$') || raw.Contains('\'') || raw.Contains('"') || raw.Contains(escape)
            ? VariableExpansion.Expand(raw, lookup, new ExpansionOptions(escape, Lenient: true)).Value
            : raw;


}
