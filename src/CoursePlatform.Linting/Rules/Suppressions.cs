using CoursePlatform.Linting.Configuration;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules;

/// <summary>
/// Decides which rules run and which findings are dropped by ignore comments and check directives:
/// hadolint's <c># hadolint ignore=</c> (next line), <c>global ignore=</c> and <c>stage ignore=</c> pragmas,
/// BuildKit's <c># check=skip=...;experimental=...</c> file directive and per-instruction <c># check=</c> comments.
/// Every list accepts both names of a rule (DL code or BuildKit alias).
/// </summary>
internal sealed class Suppressions
{
    private readonly DockerfileDocument _document;
    private readonly LintOptions _options;
    private readonly bool _pragmasOff;
    private readonly HashSet<string>? _global;
    private readonly Dictionary<int, string[]>? _nextLine;
    private readonly List<(int Key, string[]? Codes)>? _stageKeys;
    private readonly CheckOptions? _file;
    private readonly bool _instructionExperimental;
    private List<ParseDiagnostic>? _diagnostics;

    private Suppressions(DockerfileDocument document, LintOptions options, IReadOnlySet<string> knownNames)
    {
        _document = document;
        _options = options;
        _pragmasOff = options.DisableIgnorePragma;
        List<(int Line, string[] Codes)>? stagePragmas = null;
        foreach (var comment in document.Comments)
        {
            var content = comment.Content;
            if (content.Contains("hadolint", StringComparison.Ordinal))
            {
                if (_pragmasOff || HadolintPragma.Parse(content, knownNames) is not { } pragma)
                {
                    continue;
                }
                var line = comment.Span.StartLine;
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
            else if (!_instructionExperimental && CheckOptions.TryParseComment(content, out var perInstruction) &&
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
    public bool IsEnabled(Rule rule)
    {
        if (rule.IsExperimental)
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
        var alias = rule?.Alias;
        var top = TopLevel(instruction) ?? InstructionAt(span.Start);
        if (rule is { IsExperimental: true } &&
            !ExperimentalEnabledForFile(rule) &&
            !(top is not null && InstructionCheck(top) is { } enabling && enabling.EnablesExperimental(rule)))
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
            if (top is not null && HonoursCheckComments(rule) && InstructionCheck(top) is { } check && check.Skips(rule))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Rules a <c># check=skip=</c> comment above an instruction may silence: each rule says so itself, because
    /// BuildKit's whole-file checks (and the DL rules merged with them, such as DL3024) ignore such comments.
    /// </summary>
    private static bool HonoursCheckComments(Rule rule) => rule.HonoursInstructionCheckComments;

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
        foreach (var comment in instruction.PrecedingComments)
        {
            if (CheckOptions.TryParseComment(comment.Content, out var options))
            {
                return options;
            }
        }
        return null;
    }

    private string[]? StageCodes(int line)
    {
        var keys = _stageKeys!;
        string[]? result = null;
        var found = false;
        foreach (var (key, codes) in keys)
        {
            if (key >= line)
            {
                break;
            }
            result = codes;
            found = true;
        }
        return found ? result : null;
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

/// <summary>The kinds of <c># hadolint ...</c> comments.</summary>
public enum HadolintPragmaKind
{
    Ignore,
    GlobalIgnore,
    StageIgnore,
    Shell,
}

/// <summary>
/// A parsed <c># hadolint ignore=...</c>, <c>global ignore=</c>, <c>stage ignore=</c> or <c>shell=</c> comment.
/// </summary>
/// <remarks>
/// Grammar (after the <c>#</c>): spaces or tabs, <c>hadolint</c>, at least one space or tab, then the form.
/// Codes are separated by commas, with optional spaces around <c>=</c> and <c>,</c>; after the list only
/// whitespace and an optional <c># reason</c> may follow, anything else makes the whole pragma invalid.
/// A code made of the characters <c>D L S C 0-9</c> is accepted as hadolint does; other codes (letters, for
/// BuildKit names such as <c>JSONArgsRecommended</c>) are accepted only when they name a known rule — so a typo
/// such as <c>ignore=crazy,DL3002</c> still invalidates the pragma, as in hadolint.
/// </remarks>
public sealed record HadolintPragma(HadolintPragmaKind Kind, IReadOnlyList<string> Codes, string? Shell)
{
    /// <summary>Parses a comment's text after the <c>#</c>; null when it is not a valid pragma.</summary>
    public static HadolintPragma? Parse(string content, IReadOnlySet<string> knownNames)
    {
        var reader = new PragmaReader(content);
        reader.SkipBlanks();
        if (!reader.Take("hadolint") || reader.SkipBlanks() == 0)
        {
            return null;
        }
        HadolintPragmaKind kind;
        if (reader.Take("global"))
        {
            if (reader.SkipBlanks() == 0 || !reader.Take("ignore"))
            {
                return null;
            }
            kind = HadolintPragmaKind.GlobalIgnore;
        }
        else if (reader.Take("stage"))
        {
            if (reader.SkipBlanks() == 0 || !reader.Take("ignore"))
            {
                return null;
            }
            kind = HadolintPragmaKind.StageIgnore;
        }
        else if (reader.Take("ignore"))
        {
            kind = HadolintPragmaKind.Ignore;
        }
        else if (reader.Take("shell"))
        {
            reader.SkipBlanks();
            if (!reader.Take("="))
            {
                return null;
            }
            reader.SkipBlanks();
            var shell = reader.TakeWhile(static c => c is not (' ' or '\t' or '#'));
            return shell.Length > 0 && reader.AtEndOrComment() ? new HadolintPragma(HadolintPragmaKind.Shell, [], shell) : null;
        }
        else
        {
            return null;
        }
        reader.SkipBlanks();
        if (!reader.Take("="))
        {
            return null;
        }
        var codes = new List<string>();
        while (true)
        {
            reader.SkipBlanks();
            var code = reader.TakeWhile(static c => char.IsAsciiLetterOrDigit(c));
            if (code.Length == 0 || !IsValidCode(code, knownNames))
            {
                return null;
            }
            codes.Add(code);
            reader.SkipBlanks();
            if (!reader.Take(","))
            {
                break;
            }
        }
        return reader.AtEndOrComment() ? new HadolintPragma(kind, codes, null) : null;
    }

    private static bool IsValidCode(string code, IReadOnlySet<string> knownNames)
    {
        foreach (var c in code)
        {
            if (c is not ('D' or 'L' or 'S' or 'C') && !char.IsAsciiDigit(c))
            {
                return knownNames.Contains(code);
            }
        }
        return true;
    }

    private ref struct PragmaReader(string text)
    {
        private int _position;

        public int SkipBlanks()
        {
            var start = _position;
            while (_position < text.Length && text[_position] is ' ' or '\t')
            {
                _position++;
            }
            return _position - start;
        }

        public bool Take(string literal)
        {
            if (_position + literal.Length <= text.Length && string.CompareOrdinal(text, _position, literal, 0, literal.Length) == 0)
            {
                _position += literal.Length;
                return true;
            }
            return false;
        }

        public string TakeWhile(Func<char, bool> predicate)
        {
            var start = _position;
            while (_position < text.Length && predicate(text[_position]))
            {
                _position++;
            }
            return text[start.._position];
        }

        public bool AtEndOrComment()
        {
            while (_position < text.Length && char.IsWhiteSpace(text[_position]))
            {
                _position++;
            }
            return _position >= text.Length || text[_position] == '#';
        }
    }
}

/// <summary>
/// The value of a BuildKit <c>check</c> directive or comment: <c>skip=A,B|all;error=bool;experimental=C|all</c>.
/// The value is cut at its first space; it is split on <c>;</c> into at most three <c>key=value</c> parts.
/// Rule names are trimmed and compared case-sensitively against both the DL code and the BuildKit name.
/// </summary>
public sealed class CheckOptions
{
    private CheckOptions(IReadOnlySet<string> skip, bool skipAll, bool error, IReadOnlySet<string> experimental, bool experimentalAll)
    {
        Skip = skip;
        SkipAll = skipAll;
        Error = error;
        Experimental = experimental;
        ExperimentalAll = experimentalAll;
    }

    public IReadOnlySet<string> Skip { get; }

    public bool SkipAll { get; }

    /// <summary><c>error=true</c>. Parsed and validated; the exit code follows the failure threshold instead.</summary>
    public bool Error { get; }

    public IReadOnlySet<string> Experimental { get; }

    public bool ExperimentalAll { get; }

    /// <summary>
    /// True when the rule is skipped: listed by either name, or <c>skip=all</c> and the rule is one BuildKit knows
    /// (a BuildKit check, or a DL rule with a BuildKit alias). Experimental rules are never skipped (BuildKit does
    /// not consult <c>skip</c> for them).
    /// </summary>
    public bool Skips(Rule rule)
    {
        if (rule.IsExperimental)
        {
            return false;
        }
        if (SkipAll)
        {
            return rule.Origin == RuleOrigin.BuildKit || rule.Alias is not null || Skip.Contains(rule.Code);
        }
        return Skip.Contains(rule.Code) || rule.Alias is not null && Skip.Contains(rule.Alias);
    }

    public bool EnablesExperimental(Rule rule)
        => rule.IsExperimental && (ExperimentalAll || Experimental.Contains(rule.Code) || rule.Alias is not null && Experimental.Contains(rule.Alias));

    /// <summary>Parses a directive value; on failure <paramref name="error"/> says why (BuildKit fails the build then).</summary>
    public static bool TryParse(string value, out CheckOptions options, out string error)
    {
        options = Empty;
        error = "";
        var space = value.IndexOfAny([' ', '\t']);
        if (space >= 0)
        {
            value = value[..space];
        }
        var skip = new HashSet<string>(StringComparer.Ordinal);
        var experimental = new HashSet<string>(StringComparer.Ordinal);
        bool skipAll = false, experimentalAll = false, fail = false;
        foreach (var part in value.Split(';', 3))
        {
            var eq = part.IndexOf('=');
            if (eq < 0)
            {
                error = $"invalid check option \"{part}\"";
                return false;
            }
            var key = part[..eq].Trim();
            var list = part[(eq + 1)..];
            switch (key.ToLowerInvariant())
            {
                case "skip":
                    skipAll |= ReadList(list, skip);
                    break;
                case "experimental":
                    experimentalAll |= ReadList(list, experimental);
                    break;
                case "error":
                    if (!TryParseGoBool(list.Trim(), out fail))
                    {
                        error = $"invalid boolean value \"{list.Trim()}\" for check option \"error\"";
                        return false;
                    }
                    break;
                default:
                    error = $"invalid check option \"{key}\"";
                    return false;
            }
        }
        options = new CheckOptions(skip, skipAll, fail, experimental, experimentalAll);
        return true;
    }

    /// <summary>
    /// Parses a per-instruction comment such as <c># check=skip=SecretsUsedInArgOrEnv // reason</c> (text after the
    /// <c>#</c>). Only <c>skip</c> and <c>experimental</c> take effect; an unparsable value is ignored.
    /// </summary>
    public static bool TryParseComment(string content, out CheckOptions options)
    {
        options = Empty;
        var i = 0;
        while (i < content.Length && content[i] is ' ' or '\t')
        {
            i++;
        }
        if (i + 5 > content.Length || string.Compare(content, i, "check", 0, 5, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return false;
        }
        i += 5;
        while (i < content.Length && content[i] is ' ' or '\t')
        {
            i++;
        }
        if (i >= content.Length || content[i] != '=')
        {
            return false;
        }
        i++;
        while (i < content.Length && content[i] is ' ' or '\t')
        {
            i++;
        }
        if (!TryParse(content[i..].TrimEnd(), out var parsed, out _))
        {
            return false;
        }
        options = new CheckOptions(parsed.Skip, parsed.SkipAll, false, parsed.Experimental, parsed.ExperimentalAll);
        return true;
    }

    private static CheckOptions Empty { get; } = new(new HashSet<string>(), false, false, new HashSet<string>(), false);

    private static bool ReadList(string list, HashSet<string> into)
    {
        if (list.Trim() == "all")
        {
            return true;
        }
        foreach (var name in list.Split(','))
        {
            var trimmed = name.Trim();
            if (trimmed.Length > 0)
            {
                into.Add(trimmed);
            }
        }
        return false;
    }

    private static bool TryParseGoBool(string text, out bool value)
    {
        switch (text)
        {
            case "1" or "t" or "T" or "TRUE" or "true" or "True":
                value = true;
                return true;
            case "0" or "f" or "F" or "FALSE" or "false" or "False":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }
}
