using CoursePlatform.Linting.Shell;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3010UseAddForArchives : Rule
{
    private static readonly string[] ArchiveExtensions =
        [".tar", ".Z", ".bz2", ".gz", ".lz", ".lzma", ".tZ", ".tb2", ".tbz", ".tbz2", ".tgz", ".tlz", ".tpz", ".txz", ".xz"];

    private static readonly string[] Decompressors =
        ["unzip", "gunzip", "bunzip2", "unlzma", "unxz", "zgz", "uncompress", "zcat", "gzcat"];

    public override string Code => "DL3010";

    public override string Title => "Use ADD to extract archives";

    public override Severity DefaultSeverity => Severity.Info;

    public override string Message => "Use `ADD` for extracting archives into an image.";

    public override string Explanation => """
        ## What it does
        Flags a `COPY` of a local archive (`.tar`, `.tar.gz`, `.tgz`, `.xz`, ...) that a later `RUN` of the
        same stage unpacks with `tar -x` (any `-...x...` option, `--extract`, `--get`) or with `unzip`,
        `gunzip`, `bunzip2`, `unlzma`, `unxz`, `zgz`, `uncompress`, `zcat` or `gzcat`. The finding is on the
        archive in the `COPY`.

        ## Why is this bad?
        The copied archive stays in its own layer even after it is unpacked and deleted, so the image carries
        it twice. `ADD` unpacks a local tar archive while copying, in one layer.

        ## Example
        ```dockerfile
        FROM debian:bookworm
        COPY app.tar.gz /tmp/
        RUN tar -xzf /tmp/app.tar.gz -C /opt
        ```

        ## Use instead
        ```dockerfile
        FROM debian:bookworm
        ADD app.tar.gz /opt/
        ```

        Archives are matched by file name (directories are ignored). When the destination itself names an
        archive, that name is what must be unpacked. `COPY --from=...` is ignored, and every `FROM` starts
        over. hadolint collects its findings only at the end of the file and so loses those of every stage but
        the last; this engine reports them in every stage.
        """;

    public override void Check(RuleContext context)
    {
        // Most files copy no archive: the COPYs alone say so, without walking every instruction.
        if (!AnyArchiveCopy(context.InstructionsOf(InstructionKind.Copy)))
        {
            return;
        }
        List<(Instruction Copy, Word Word, string Name)>? archives = null;
        foreach (var instruction in context.Instructions)
        {
            switch (instruction)
            {
                case FromInstruction:
                    archives?.Clear();
                    break;
                case CopyInstruction copy when copy.From is null:
                    Remember(copy, ref archives);
                    break;
                case RunInstruction run when archives is { Count: > 0 }:
                    for (var i = archives.Count - 1; i >= 0; i--)
                    {
                        if (Extracts(run.Script, archives[i].Name))
                        {
                            context.Report(archives[i].Copy, archives[i].Word);
                            archives.RemoveAt(i);
                        }
                    }
                    break;
            }
        }
    }

    private static bool AnyArchiveCopy(ReadOnlySpan<Instruction> copies)
    {
        foreach (var instruction in copies)
        {
            if (instruction is CopyInstruction { From: null } copy && CopiesArchive(copy))
            {
                return true;
            }
        }
        return false;
    }

    private static bool CopiesArchive(CopyInstruction copy)
    {
        if (IsArchive(copy.Destination))
        {
            return true;
        }
        foreach (var source in copy.Sources)
        {
            if (IsArchive(source))
            {
                return true;
            }
        }
        return false;
    }

    private static void Remember(CopyInstruction copy, ref List<(Instruction Copy, Word Word, string Name)>? archives)
    {
        if (copy.Destination is { } destination && IsArchive(destination))
        {
            Add(archives ??= [], copy, destination);
            return;
        }
        foreach (var source in copy.Sources)
        {
            if (IsArchive(source))
            {
                Add(archives ??= [], copy, source);
            }
        }
    }

    private static bool IsArchive(Word? word) => word is not null && IsArchive(DropQuotes(word.TextSpan));

    private static void Add(List<(Instruction Copy, Word Word, string Name)> archives, CopyInstruction copy, Word word)
    {
        var name = ShellRuleSupport.Basename(DropQuotes(word.TextSpan).ToString());
        foreach (var known in archives)
        {
            if (known.Copy == copy && known.Name == name)
            {
                return;
            }
        }
        archives.Add((copy, word, name));
    }

    /// <summary>hadolint reads COPY paths as written, minus surrounding quotes (no escape processing).</summary>
    // Read in place: the paths of most COPYs are never copied into strings.
    private static ReadOnlySpan<char> DropQuotes(ReadOnlySpan<char> text) => text.Trim("\"'");

    // Every extension is a dot and a dot-free suffix, so "ends with one of them" is "the text after the last dot,
    // dot included, is one of them" (when that dot is in the file name, not in a directory before it).
    private static bool IsArchive(ReadOnlySpan<char> path)
    {
        var dot = path.LastIndexOf('.');
        if (dot < 0)
        {
            return false;
        }
        var extension = path[dot..];
        if (extension.Length > 5 || extension.IndexOfAny('/', '\\') >= 0)
        {
            return false;
        }
        foreach (var candidate in ArchiveExtensions)
        {
            if (extension.SequenceEqual(candidate))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Extracts(ShellScript script, string archive)
    {
        foreach (var command in script.CommandViews)
        {
            if (!IsTarExtract(command) && !Decompressors.Contains(command.Name))
            {
                continue;
            }
            foreach (var argument in command.Command.Arguments)
            {
                if (!argument.IsFlag && ShellRuleSupport.Basename(argument.Value) == archive)
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static bool IsTarExtract(ShellCommandView command)
    {
        if (command.Name != "tar")
        {
            return false;
        }
        for (var i = 0; i < command.ArgumentCount; i++)
        {
            var value = command.ArgumentValue(i);
            if (value is "--extract" or "--get" || (value.StartsWith('-') && value.Contains('x')))
            {
                return true;
            }
        }
        return false;
    }
}
