using CoursePlatform.Linting.Configuration;
using CoursePlatform.Linting.Parsing;
using CoursePlatform.Linting.Rules;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting;

/// <summary>The result of linting one Dockerfile: the parsed document and the findings sorted by position.</summary>
public sealed record LintResult(DockerfileDocument Document, IReadOnlyList<Finding> Findings)
{
    public bool HasParseErrors => Document.Diagnostics.Count > 0;
}

/// <summary>
/// A finding produced outside the engine (e.g. by ShellCheck), at <paramref name="Span"/> of <paramref name="Instruction"/>,
/// with its default severity.
/// </summary>
public sealed record ExternalFinding(string Code, Severity Severity, string Message, SourceSpan Span, Instruction? Instruction);

/// <summary>
/// Parses a Dockerfile and runs every rule of the catalogue on it. Stateless and safe to call from many threads.
/// </summary>
public sealed class Linter(IReadOnlyList<Rule> rules)
{
    /// <summary>A linter over <see cref="RuleCatalog.All"/>.</summary>
    public static Linter Default { get; } = new(RuleCatalog.All);

    public IReadOnlyList<Rule> Rules { get; } = rules;

    private readonly IReadOnlySet<string> _names = Suppressions.NamesOf(rules);

    // Walked for every file: an array, with the fixed metadata asked of every rule read once here.
    private readonly Rule[] _rules = [.. rules];
    private readonly Severity[] _defaultSeverities = [.. rules.Select(rule => rule.DefaultSeverity)];
    private readonly bool[] _experimental = [.. rules.Select(rule => rule.IsExperimental)];
    private readonly Step[] _steps = [.. rules.Select((rule, index) => new Step(rule, index, rule.RequiredKinds is { } kinds ? MaskOf(kinds) : uint.MaxValue, rule.ChecksOnbuild))];

    // What the per-file loop needs of a rule, side by side: the rule, its index in the linter's rules, the instruction
    // kinds it needs (all bits when any file will do) and whether it also runs on ONBUILD triggers.
    private readonly record struct Step(Rule Rule, int Index, uint Kinds, bool ChecksOnbuild);

    // What a call needs besides the document, reused on the thread: the raw findings (emptied before the call
    // returns) and the two rule contexts (released before the call returns, so they keep no document alive).
    [ThreadStatic]
    private static Pass? t_pass;

    private sealed class Pass
    {
        public readonly List<RawFinding> Raw = new(16);
        public RuleContext? Context;
        public RuleContext? OnbuildContext;

        // True when the state is worth keeping for the next call on the thread.
        public bool Release()
        {
            Context?.Release();
            OnbuildContext?.Release();
            Raw.Clear();
            return Raw.Capacity <= 256;
        }
    }

    // Which rules apply under the options of the last call (almost always LintOptions.Default): worked out once per
    // options object instead of calling every rule that would return at once. One reference, so threads swap it
    // whole (options are immutable).
    // Plan: the rules that run when nothing in the file or the options changes the rule set (no ignores or
    // overrides, no skip lists, no experimental checks asked for), in catalogue order.
    private sealed record Applicable(LintOptions Options, bool[] Applies, Step[] Plan);

    private Applicable? _applicable;

    private Applicable ApplicableRules(LintOptions options)
    {
        if (_applicable is { } cached && ReferenceEquals(cached.Options, options))
        {
            return cached;
        }
        var applies = new bool[_rules.Length];
        for (var i = 0; i < applies.Length; i++)
        {
            applies[i] = _rules[i].AppliesTo(options);
        }
        var plan = new List<Step>(applies.Length);
        for (var i = 0; i < applies.Length; i++)
        {
            if (applies[i] && !_experimental[i] && _defaultSeverities[i] != Severity.Ignore)
            {
                plan.Add(_steps[i]);
            }
        }
        _applicable = new Applicable(options, applies, [.. plan]);
        return _applicable;
    }

    /// <summary>The version of the engine, stored with graded attempts.</summary>
    public static string EngineVersion { get; } = typeof(Linter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public LintResult Lint(string source, LintOptions? options = null) => Lint(DockerfileParser.Parse(source), options);

    public LintResult Lint(DockerfileDocument document, LintOptions? options = null) => Lint(document, options, null);

    /// <summary>
    /// Lints a document and merges findings from outside the engine (ShellCheck's SC codes); those go through the
    /// same ignores, severity overrides and ignore pragmas as the engine's own findings.
    /// </summary>
    public LintResult Lint(DockerfileDocument document, LintOptions? options, IReadOnlyList<ExternalFinding>? external)
    {
        options ??= LintOptions.Default;
        var suppressions = Suppressions.Create(document, options, _names);
        var pass = t_pass ?? new Pass();
        // Taken off the thread while in use: a rule that lints another file from its check gets a state of its own.
        t_pass = null;
        try
        {
            return Lint(document, options, external, in suppressions, pass);
        }
        finally
        {
            if (pass.Release())
            {
                t_pass = pass;
            }
        }
    }

    private LintResult Lint(DockerfileDocument document, LintOptions options, IReadOnlyList<ExternalFinding>? external, in Suppressions suppressions, Pass pass)
    {
        var raw = pass.Raw;
        var configured = options.Ignored.Count > 0 || options.Overrides.Count > 0;
        var applicable = ApplicableRules(options);
        var kinds = KindsOf(document.Instructions);
        // Only a file with ONBUILD has triggers to collect.
        var triggers = (kinds & (1u << (int)InstructionKind.Onbuild)) != 0 ? OnbuildTriggers(document) : default;
        var triggerKinds = triggers.Count > 0 ? KindsOf(triggers) : 0;
        // One context per pass, retargeted from rule to rule: rules only use it during their Check. Both are kept on
        // the thread, so setting them up costs no allocation. Each is pointed at a rule before that rule runs.
        var context = Context(ref pass.Context, _rules, document, document.Instructions, false, options, raw);
        var onbuildContext = triggerKinds != 0 ? Context(ref pass.OnbuildContext, _rules, document, triggers, true, options, raw) : null;
        if (!configured && options.ExperimentalRules.Count == 0 && suppressions.EnablesEveryStableRule)
        {
            // The usual case: the precomputed plan, with no per-rule configuration or suppression lookups.
            foreach (ref readonly var step in applicable.Plan.AsSpan())
            {
                Run(in step, kinds, triggerKinds, context, onbuildContext);
            }
        }
        else
        {
            var applies = applicable.Applies;
            for (var i = 0; i < _rules.Length; i++)
            {
                var rule = _rules[i];
                var severity = configured ? SeverityOf(rule, options) : _defaultSeverities[i];
                if (applies[i] && severity != Severity.Ignore && suppressions.IsEnabled(rule, _experimental[i]))
                {
                    Run(in _steps[i], kinds, triggerKinds, context, onbuildContext);
                }
            }
        }

        return new LintResult(document, Findings(document, options, external, in suppressions, raw));
    }

    private static void Run(in Step step, uint kinds, uint triggerKinds, RuleContext context, RuleContext? onbuildContext)
    {
        if ((step.Kinds & kinds) != 0)
        {
            step.Rule.Check(context.For(step.Index));
        }
        // A trigger kind is only ever set when the file has triggers, and then there is an ONBUILD context.
        if (step.ChecksOnbuild && (step.Kinds & triggerKinds) != 0)
        {
            step.Rule.Check(onbuildContext!.For(step.Index));
        }
    }

    private static RuleContext Context(
        ref RuleContext? kept, Rule[] rules, DockerfileDocument document, ReadOnlyArray<Instruction> instructions, bool isOnbuildPass, LintOptions options, List<RawFinding> raw)
    {
        kept ??= new RuleContext(rules.Length > 0 ? rules[0] : null!, document, instructions, isOnbuildPass, options, raw);
        kept.Reset(rules, document, instructions, isOnbuildPass, options, raw);
        return kept;
    }

    // The findings of the call, sorted by position: an array of the exact size (the result's list is read-only).
    private static Finding[] Findings(
        DockerfileDocument document, LintOptions options, IReadOnlyList<ExternalFinding>? external, in Suppressions suppressions, List<RawFinding> raw)
    {
        var diagnostics = suppressions.Diagnostics;
        var capacity = document.Diagnostics.Count + diagnostics.Count + raw.Count + (external?.Count ?? 0);
        if (capacity == 0)
        {
            return [];
        }
        var findings = new Finding[capacity];
        var count = 0;
        foreach (var diagnostic in document.Diagnostics)
        {
            findings[count++] = new Finding(ParseDiagnostic.Code, null, Severity.Error, diagnostic.Message, diagnostic.Span);
        }
        foreach (var diagnostic in diagnostics)
        {
            findings[count++] = new Finding(ParseDiagnostic.Code, null, Severity.Error, diagnostic.Message, diagnostic.Span);
        }
        if (external is not null)
        {
            foreach (var finding in external)
            {
                var severity = SeverityOf(finding.Code, null, finding.Severity, options);
                if (severity != Severity.Ignore && !suppressions.IsSuppressed(finding.Code, null, finding.Span, finding.Instruction))
                {
                    findings[count++] = new Finding(finding.Code, null, severity, finding.Message, finding.Span);
                }
            }
        }
        for (var i = 0; i < raw.Count; i++)
        {
            var finding = raw[i];
            if (!suppressions.IsSuppressed(finding))
            {
                findings[count++] = new Finding(finding.Rule.Code, finding.Rule.Alias, SeverityOf(finding.Rule, options), finding.Message, finding.Span);
            }
        }
        if (count < findings.Length)
        {
            Array.Resize(ref findings, count);
        }
        if (count > 1)
        {
            Array.Sort(findings, CompareFindings);
        }
        return findings;
    }

    private static readonly Comparison<Finding> CompareFindings = static (a, b) =>
    {
        var byStart = a.Span.Start.CompareTo(b.Span.Start);
        if (byStart != 0)
        {
            return byStart;
        }
        var byEnd = a.Span.End.CompareTo(b.Span.End);
        return byEnd != 0 ? byEnd : string.CompareOrdinal(a.Code, b.Code);
    };

    /// <summary>The effective severity: an override by code or alias, else the default.</summary>
    public static Severity SeverityOf(Rule rule, LintOptions options) => SeverityOf(rule.Code, rule.Alias, rule.DefaultSeverity, options);

    /// <summary>The effective severity of a code (with its alias, if any) whose default is <paramref name="defaultSeverity"/>.</summary>
    public static Severity SeverityOf(string code, string? alias, Severity defaultSeverity, LintOptions options)
    {
        if (options.Ignored.Count == 0 && options.Overrides.Count == 0)
        {
            // The common case (no configuration) asked once per rule per file: skip the four lookups.
            return defaultSeverity;
        }
        if (options.Ignored.Contains(code) || alias is not null && options.Ignored.Contains(alias))
        {
            return Severity.Ignore;
        }
        if (options.Overrides.TryGetValue(code, out var severity) ||
            alias is not null && options.Overrides.TryGetValue(alias, out severity))
        {
            return severity;
        }
        return defaultSeverity;
    }

    private static uint MaskOf(IReadOnlyList<InstructionKind> kinds)
    {
        uint mask = 0;
        foreach (var kind in kinds)
        {
            mask |= 1u << (int)kind;
        }
        return mask;
    }

    private static uint KindsOf(ReadOnlyArray<Instruction> instructions)
    {
        uint mask = 0;
        foreach (var instruction in instructions)
        {
            mask |= 1u << (int)instruction.Kind;
        }
        return mask;
    }

    private static ReadOnlyArray<Instruction> OnbuildTriggers(DockerfileDocument document)
    {
        List<Instruction>? triggers = null;
        foreach (var instruction in document.Instructions)
        {
            if (instruction is OnbuildInstruction { Trigger: { } trigger })
            {
                (triggers ??= []).Add(trigger);
            }
        }
        return triggers is null ? [] : ReadOnlyArray.From(triggers);
    }
}
