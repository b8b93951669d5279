using CoursePlatform.Linting;
using CoursePlatform.Linting.Configuration;
using CoursePlatform.Linting.Semantics;
using CoursePlatform.Linting.Shell;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Content.Grading;

/// <summary>
/// What checks see of one submission: the parsed Dockerfile and the facts derived from it (final stage,
/// inherited instructions, resolved base images, the environment each RUN sees), computed once.
/// </summary>
public sealed class GradingContext
{
    private LintResult? _lint;
    private Dictionary<string, string?>? _globals;

    private IReadOnlyDictionary<string, long>? _contextFiles;

    public GradingContext(DockerfileDocument document, string? dockerignore, BaseImageCatalog catalog, string? contextDirectory, Linter? linter = null, IReadOnlyDictionary<string, long>? contextFiles = null)
    {
        _contextFiles = contextFiles;
        Document = document;
        Dockerignore = dockerignore;
        Catalog = catalog;
        ContextDirectory = contextDirectory;
        Linter = linter ?? Linter.Default;
    }

    public DockerfileDocument Document { get; }

    public string? Dockerignore { get; }

    public BaseImageCatalog Catalog { get; }

    /// <summary>The problem's <c>context/</c> folder, when known (for file sizes).</summary>
    public string? ContextDirectory { get; }

    public Linter Linter { get; }

    /// <summary>Files of the build context (relative, forward slashes) and their sizes in bytes; empty when unknown.</summary>
    public IReadOnlyDictionary<string, long> ContextFiles => _contextFiles ??= LoadContextFiles(ContextDirectory);

    /// <summary>Reads the files of a context folder once; a missing or unreadable folder gives an empty listing.</summary>
    public static IReadOnlyDictionary<string, long> LoadContextFiles(string? directory)
    {
        var files = new Dictionary<string, long>(StringComparer.Ordinal);
        if (directory is null || !Directory.Exists(directory))
        {
            return files;
        }
        try
        {
            foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
            {
                files[Path.GetRelativePath(directory, file).Replace('\\', '/')] = new FileInfo(file).Length;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            files.Clear();
        }
        return files;
    }

    public StageGraph Stages => Document.Stages;

    public Stage? Final => Document.Stages.Final;

    public LintOptions LintOptions => LintOptions.Default with { DockerIgnore = Dockerignore };

    public LintResult Lint => _lint ??= Linter.Lint(Document, LintOptions);

    private Dictionary<string, string?> Globals => _globals ??= BuildEnvironment.GlobalArgDefaults(Document) ?? new Dictionary<string, string?>(StringComparer.Ordinal);

    /// <summary>The stages a stage builds on, root first, ending with the stage itself.</summary>
    public static IReadOnlyList<Stage> Chain(Stage stage)
    {
        var chain = stage.SelfAndAncestors().ToList();
        chain.Reverse();
        return chain;
    }

    /// <summary>Every instruction that makes up the stage's image: its base stages' instructions, then its own.</summary>
    public static IEnumerable<Instruction> ChainInstructions(Stage stage)
    {
        foreach (var s in Chain(stage))
        {
            foreach (var instruction in s.Instructions)
            {
                yield return instruction;
            }
        }
    }

    /// <summary>The external image a stage ultimately starts from, normalised (<c>node:20-slim</c>), or null when unknown.</summary>
    public string? ExternalBase(Stage stage)
    {
        var root = stage;
        while (root.BaseStage is { } parent)
        {
            root = parent;
        }
        var name = BuildEnvironment.BaseImageName(root.From, Globals, Document.EscapeChar);
        return string.IsNullOrWhiteSpace(name) || name.Contains('$') ? null : ImageNames.Normalize(name);
    }

    public BaseImageInfo? BaseInfo(Stage stage) => ExternalBase(stage) is { } image ? Catalog.Find(image) : null;

    /// <summary>The stage a <c>COPY --from</c> names (by name, case-insensitively, or by index), or null for an external image.</summary>
    public Stage? CopySource(CopyInstruction copy, Stage stage)
    {
        var value = copy.From?.Value?.Value;
        return string.IsNullOrEmpty(value) ? null : Stages.Find(value, stage);
    }

    /// <summary>The stages the given stage takes files from, directly or through its base stages, transitively.</summary>
    public IReadOnlyList<Stage> Contributors(Stage stage)
    {
        var result = new List<Stage>();
        var pending = new Stack<Stage>();
        pending.Push(stage);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            foreach (var s in Chain(current))
            {
                if (result.Contains(s))
                {
                    continue;
                }
                result.Add(s);
                foreach (var instruction in s.Instructions)
                {
                    if (instruction is CopyInstruction copy && CopySource(copy, s) is { } source && !result.Contains(source))
                    {
                        pending.Push(source);
                    }
                }
            }
        }
        return result;
    }

    /// <summary>Lines an instruction covers.</summary>
    public static IEnumerable<int> LinesOf(Instruction instruction)
    {
        for (var line = instruction.Line; line <= instruction.EndLine; line++)
        {
            yield return line;
        }
    }

    /// <summary>The stages a check's <c>stage:</c> names: final (with its base stages), build (all but the final image's), any.</summary>
    public IReadOnlyList<Stage> StagesFor(string selector)
    {
        var final = Final;
        if (final is null)
        {
            return [];
        }
        var finalChain = Chain(final);
        return selector switch
        {
            "final" => finalChain,
            "build" => [.. Stages.All.Where(s => !finalChain.Contains(s))],
            _ => Stages.All,
        };
    }

    /// <summary>Every shell command of every RUN in the given stages, with its instruction.</summary>
    public static IEnumerable<(RunInstruction Run, ShellCommand Command)> Commands(IEnumerable<Stage> stages)
    {
        foreach (var stage in stages)
        {
            foreach (var instruction in stage.Instructions)
            {
                if (instruction is RunInstruction run)
                {
                    foreach (var command in run.Script.Commands)
                    {
                        yield return (run, command);
                    }
                }
            }
        }
    }
}
