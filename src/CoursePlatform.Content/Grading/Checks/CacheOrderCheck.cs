using CoursePlatform.Linting.Semantics;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Content.Grading.Checks;

/// <summary>
/// <c>kind: cache-order</c> — in every stage that installs dependencies (a command matching <c>install</c>,
/// e.g. <c>npm ci</c>, <c>pip install</c>, <c>go mod download</c>), the files copied from the build context
/// before the first install are dependency manifests only (<c>manifests</c> globs such as
/// <c>package*.json</c>), at least one manifest is among them, so a source change leaves the install cached.
/// </summary>
public sealed class CacheOrderCheck : GradingCheck
{
    private readonly List<CommandPattern> _install;
    private readonly IReadOnlyList<string> _manifests;

    public CacheOrderCheck(CheckSpec spec) : base(spec)
    {
        _install = [.. spec.List("install").Select(p => new CommandPattern(p))];
        _manifests = spec.List("manifests");
        if (_install.Count == 0 || _manifests.Count == 0)
        {
            spec.Error(null, $"check '{spec.Id}' (cache-order) needs 'install' and 'manifests'");
        }
    }

    public override CheckEvaluation Evaluate(GradingContext context)
    {
        var installs = 0;
        var lines = new List<int>();
        var passed = true;
        foreach (var stage in context.Stages.All)
        {
            var copies = new List<FileTransferInstruction>();
            foreach (var instruction in GradingContext.ChainInstructions(stage))
            {
                if (instruction is FileTransferInstruction transfer && (transfer is not CopyInstruction copy || copy.From is null))
                {
                    copies.Add(transfer);
                }
                else if (instruction is RunInstruction run
                    && run.Script.Commands.Any(c => _install.Any(p => p.Matches(c))))
                {
                    installs++;
                    var manifestCopied = false;
                    foreach (var earlier in copies)
                    {
                        if (earlier.Sources.All(s => IsManifest(s, context)))
                        {
                            manifestCopied = true;
                        }
                        else
                        {
                            passed = false;
                            lines.AddRange(GradingContext.LinesOf(earlier));
                        }
                    }
                    if (!manifestCopied)
                    {
                        passed = false;
                    }
                    lines.AddRange(GradingContext.LinesOf(run));
                    break;
                }
            }
        }
        if (installs == 0)
        {
            return CheckEvaluation.Fail([], "no dependency install found");
        }
        return new CheckEvaluation(passed, [.. new SortedSet<int>(lines)]);
    }

    /// <summary>
    /// A source is a manifest when its name matches a manifest glob; a wildcard source (<c>go.*</c>,
    /// <c>package*.json</c>) when every context file it matches is a manifest (without a known context: when it
    /// matches a manifest name and is not a bare <c>*</c>).
    /// </summary>
    private bool IsManifest(Word source, GradingContext context)
    {
        var value = source.Value.Replace('\\', '/');
        if (value.StartsWith("./", StringComparison.Ordinal))
        {
            value = value[2..];
        }
        if (IsManifestName(value))
        {
            return true;
        }
        if (!value.Contains('*') && !value.Contains('?'))
        {
            return false;
        }
        if (context.ContextFiles.Count > 0)
        {
            var matched = 0;
            foreach (var relative in context.ContextFiles.Keys)
            {
                if (Glob.Matches(value, relative))
                {
                    if (!IsManifestName(relative))
                    {
                        return false;
                    }
                    matched++;
                }
            }
            return matched > 0;
        }
        return value != "*" && _manifests.Any(m => !m.Contains('*') && Glob.Matches(value, m));
    }

    private bool IsManifestName(string value)
    {
        var slash = value.TrimEnd('/').LastIndexOf('/');
        var name = value[(slash + 1)..];
        foreach (var pattern in _manifests)
        {
            if (Glob.Matches(pattern, name) || Glob.Matches(pattern, value))
            {
                return true;
            }
        }
        return false;
    }
}
