using CoursePlatform.Linting.Configuration;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules;

/// <summary>
/// Decides which rules run and which findings are dropped by ignore comments and check directives:
/// hadolint's <c># hadolint ignore=</c> (next line), <c>global ignore=</c> and <c>stage ignore=</c> pragmas,
/// BuildKit's <c># check=skip=...;experimental=...</c> file directive and per-instruction <c># check=</c> comments.
/// Every list accepts both names of a rule (DL code or BuildKit alias).
/// </summary>
internal readonly struct Suppressions
{
    private readonly DockerfileDocument _document;
    private readonly LintOptions _options;
    private readonly bool _pragmasOff;
    private readonly HashSet<string>? _global;
    private readonly Dictionary<int, string[]>? _nextLine;
    private readonly List<(int Key, string[]? Codes)>? _stageKeys;
    private readonly CheckOptions? _file;
    private readonly bool _instructionExperimental;

    // True when some comment of the file is a per-instruction check comment: without one, no instruction's preceding
    // comments can skip a finding, and they are not walked for each finding.
    private readonly bool _anyCheckComment;
    private readonly List<ParseDiagnostic>? _diagnostics;

    private Suppressions(DockerfileDocument document, LintOptions options, IReadOnlySet<string> knownNames)
    {
        _document = document;
        _options = options;
        _pragmasOff = options.DisableIgnorePragma;
        List<(int Line, string[] Codes)>? stagePragmas = null;
        // Comments read in place: a parsed document makes no comment objects unless someone asks for them.
        for (var c = 0; c < document.CommentCount; c++)
        {
            // The text after '#' (the '#' itself cannot be part of the word), read without making a string.
            var content = document.CommentContent(c);
            var isCheck = CheckOptions.TryParseComment(content, out var perInstruction);
            _anyCheckComment |= isCheck;
            if (content.Contains("hadolint", StringComparison.Ordinal))
            {
                if (_pragmasOff || HadolintPragma.Parse(content.ToString(), knownNames) is not { } pragma)
                {
                    continue;
                }
                var line = document.CommentSpan(c).StartLine;
                switch (pragma.Kind)
                {
                    case HadolintPragmaKind.Ignore:
                        _nextLine ??= [];
                        _nextLine[line + 1] = [.. pragma.Codes];
                        break;
                    case HadolintPragmaKind.GlobalIgnore:
                        _global ??= new HashSet<string>(StringComparer.Ordinal);
                        _global.UnionWith(pragma.Codes);
                        break;
                    case HadolintPragmaKind.StageIgnore:
                        (stagePragmas ??= []).Add((line, [.. pragma.Codes]));
                        break;
                }
            }
            else if (!_instructionExperimental && isCheck &&
                (perInstruction.ExperimentalAll || perInstruction.Experimental.Count > 0))
            {
                _instructionExperimental = true;
            }
        }
        if (stagePragmas is not null)
        {
            _stageKeys = BuildStageKeys(document, stagePragmas);
        }
        if (document.GetDirective("check") is { } directive)
        {
            if (CheckOptions.TryParse(directive.Value.Text, out var file, out var error))
            {
                _file = file;
            }
            else
            {
                _diagnostics = [new ParseDiagnostic($"failed to parse check options: {error}", directive.Span)];
            }
        }
    }

    /// <summary>Errors found in the suppression syntax itself (a malformed <c># check=</c> directive), reported as DL1000.</summary>
    public IReadOnlyList<ParseDiagnostic> Diagnostics => _diagnostics ?? (IReadOnlyList<ParseDiagnostic>)[];

    public static Suppressions Create(DockerfileDocument document, LintOptions options)
        => Create(document, options, NamesOf(RuleCatalog.All));

    /// <summary>Every code and alias of the rules, for validating pragma codes.</summary>
    public static IReadOnlySet<string> NamesOf(IEnumerable<Rule> rules)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            names.Add(rule.Code);
            if (rule.Alias is not null)
            {
                names.Add(rule.Alias);
            }
        }
        return names;
    }

    public static Suppressions Create(DockerfileDocument document, LintOptions options, IReadOnlySet<string> knownNames)
        => new(document, options, knownNames);

    /// <summary>False for rules that may not run at all (experimental checks not enabled, skipped by the file directive).</summary>
    public bool IsEnabled(Rule rule) => IsEnabled(rule, rule.IsExperimental);

    /// <summary>
    /// True when nothing in the file turns a rule on or off: every non-experimental rule is enabled and, unless the
    /// options ask for some, no experimental one is (no global ignore pragma, no check directive, no check comment
    /// enabling experimental checks).
    /// </summary>
    public bool EnablesEveryStableRule => (_pragmasOff || _global is null) && _file is null && !_instructionExperimental;

    /// <summary><see cref="IsEnabled(Rule)"/> with the rule's <see cref="Rule.IsExperimental"/> already known.</summary>
    public bool IsEnabled(Rule rule, bool experimental)
    {
        if (experimental)
        {
            return ExperimentalEnabledForFile(rule) || _instructionExperimental;
        }
        if (_pragmasOff)
        {
            return true;
        }
        if (_global is not null && Matches(_global, rule.Code, rule.Alias))
        {
            return false;
        }
        return _file is null || !_file.Skips(rule);
    }

    public bool IsSuppressed(RawFinding finding)
        => IsSuppressed(finding.Rule.Code, finding.Rule, finding.Span, finding.Instruction);

    /// <summary>
    /// True when a finding is dropped. <paramref name="rule"/> is null for findings that do not come from a rule
    /// of the engine (ShellCheck's SC codes): only the hadolint pragmas apply to them.
    /// </summary>
    public bool IsSuppressed(string code, Rule? rule, SourceSpan span, Instruction? instruction)
    {
        if (rule is not { IsExperimental: true } && (_pragmasOff || _global is null && _nextLine is null && _stageKeys is null)
            && _file is null && !_anyCheckComment)
        {
            // The usual file: no pragma, no check directive and no check comment can drop the finding.
            return false;
        }
        var alias = rule?.Alias;
        var top = TopLevel(instruction) ?? InstructionAt(span.Start);
        if (rule is { IsExperimental: true } &&
            !ExperimentalEnabledForFile(rule) &&
            !(_anyCheckComment && top is not null && InstructionCheck(top) is { } enabling && enabling.EnablesExperimental(rule)))
        {
            return true;
        }
        if (_pragmasOff)
        {
            return false;
        }
        if (_global is not null && Matches(_global, code, alias))
        {
            return true;
        }
        var line = top?.Line ?? span.StartLine;
        if (_nextLine is not null && _nextLine.TryGetValue(line, out var codes) && Matches(codes, code, alias))
        {
            return true;
        }
        if (_stageKeys is not null && StageCodes(line) is { } stageCodes && Matches(stageCodes, code, alias))
        {
            return true;
        }
        if (rule is not null && !rule.IsExperimental)
        {
            if (_file is not null && _file.Skips(rule))
            {
                return true;
            }
            // Each rule says whether a check comment above an instruction may silence it: BuildKit's whole-file
            // checks (and the DL rules merged with them, such as DL3024) ignore such comments.
            if (_anyCheckComment && top is not null && rule.HonoursInstructionCheckComments && InstructionCheck(top) is { } check && check.Skips(rule))
            {
                return true;
            }
        }
        return false;
    }

    private bool ExperimentalEnabledForFile(Rule rule)
    {
        var enabled = _options.ExperimentalRules;
        if (enabled.Count > 0 && (enabled.Contains("all") || Matches(enabled, rule.Code, rule.Alias)))
        {
            return true;
        }
        return _file is not null && _file.EnablesExperimental(rule);
    }

    private static CheckOptions? InstructionCheck(Instruction instruction)
    {
        // Read in place: a finding on an instruction with comments above makes no comment objects.
        var count = instruction.PrecedingCommentCount;
        for (var i = 0; i < count; i++)
        {
            if (CheckOptions.TryParseComment(instruction.PrecedingCommentContent(i), out var options))
            {
                return options;
            }
        }
        return null;
    }

    private string[]? StageCodes(int line)
    {
        string[]? result = null;
        foreach (var (key, codes) in _stageKeys!)
        {
            if (key >= line)
            {
                break;
            }
            result = codes;
        }
        return result;
    }

    // hadolint keys each stage pragma at its line + 1 and every FROM line (unless already a pragma key); a finding
    // belongs to the greatest key strictly below its line. This reproduces hadolint's off-by-one on purpose.
    private static List<(int Key, string[]? Codes)> BuildStageKeys(DockerfileDocument document, List<(int Line, string[] Codes)> pragmas)
    {
        var keys = new SortedDictionary<int, string[]?>();
        foreach (var (line, codes) in pragmas)
        {
            keys[line + 1] = keys.TryGetValue(line + 1, out var existing) && existing is not null ? [.. existing, .. codes] : codes;
        }
        foreach (var instruction in document.Instructions)
        {
            if (instruction is FromInstruction)
            {
                keys.TryAdd(instruction.Line, null);
            }
        }
        return [.. keys.Select(pair => (pair.Key, pair.Value))];
    }

    private static Instruction? TopLevel(Instruction? instruction)
    {
        while (instruction?.Parent is not null)
        {
            instruction = instruction.Parent;
        }
        return instruction;
    }

    private Instruction? InstructionAt(int offset)
    {
        var instructions = _document.Instructions;
        int low = 0, high = instructions.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var span = instructions[mid].Span;
            if (offset < span.Start)
            {
                high = mid - 1;
            }
            else if (offset >= span.End && !(offset == span.End && span.Length == 0))
            {
                low = mid + 1;
            }
            else
            {
                return instructions[mid];
            }
        }
        return null;
    }

    private static bool Matches(IReadOnlyCollection<string> names, string code, string? alias)
    {
        foreach (var name in names)
        {
            if (name == code || alias is not null && name == alias)
            {
                return true;
            }
        }
        return false;
    }

    private static bool Matches(IReadOnlySet<string> names, string code, string? alias)
        => names.Contains(code) || alias is not null && names.Contains(alias);
}
