using CoursePlatform.Linting.Configuration;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Semantics;

/// <summary>
/// The variables visible while the builder dispatches one instruction of a stage: ENV (including what the base
/// image or parent stage set), ARG values, and ARG names declared without a value.
/// </summary>
public sealed class StageScope
{
    // One entry per name the stage knows: its ENV value, its ARG value, and whether an ARG declared it. A single
    // table keeps a scope (made for every stage of every file UndefinedVar replays) to two allocations.
    private struct Entry
    {
        public string? Env;
        public string? Arg;
    }

    private readonly Dictionary<string, Entry> _entries;
    private readonly List<string> _names;

    internal StageScope()
    {
        _entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        _names = [];
        LookupFunction = Lookup;
    }

    private StageScope(StageScope other)
    {
        _entries = new Dictionary<string, Entry>(other._entries, StringComparer.Ordinal);
        _names = [.. other._names];
        LookupFunction = Lookup;
    }

    /// <summary>Names in the order they became known (for "did you mean" suggestions).</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>The value the builder substitutes: ENV wins over ARG; null when unset (even if declared).</summary>
    public string? Lookup(string name)
        => _entries.TryGetValue(name, out var entry) ? entry.Env ?? entry.Arg : null;

    /// <summary>
    /// <see cref="Lookup"/> as a delegate, created once per scope: expansions ask for it for every ENV, ARG and
    /// checked word, and a method group would allocate a new delegate each time.
    /// </summary>
    internal Func<string, string?> LookupFunction { get; }

    /// <summary>True when the name is set, or declared by an <c>ARG</c> without value (UndefinedVar stays quiet).</summary>
    public bool IsKnown(string name) => _entries.ContainsKey(name);

    internal StageScope Clone() => new(this);

    internal void SetEnv(string name, string value) => Remember(name).Env = value;

    internal void DeclareArg(string name, string? value)
    {
        ref var entry = ref Remember(name);
        if (value is not null)
        {
            entry.Arg = value;
        }
    }

    private ref Entry Remember(string name)
    {
        ref var entry = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_entries, name, out var exists);
        if (!exists)
        {
            _names.Add(name);
        }
        return ref entry;
    }
}

/// <summary>
/// Replays what the builder's dispatcher does with variables, stage by stage, so checks can ask what a word
/// expands to at any instruction. Nothing is pulled: base images contribute what <see cref="BaseImageEnvironments"/> knows.
/// </summary>
/// <summary>What <see cref="BuildEnvironment"/>'s replay calls back; a struct implementation avoids a closure per lint.</summary>
internal interface IDispatchVisitor
{
    /// <summary>False when none of the stage's instructions needs visiting.</summary>
    bool Wants(Stage stage);

    void Visit(Stage stage, Instruction instruction, StageScope scope);
}

public static class BuildEnvironment
{
    /// <summary>The default PATH BuildKit gives every Linux stage.</summary>
    public const string DefaultPath = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    /// <summary>Platform args that need no declaration in FROM, with the values of a linux/amd64 build.</summary>
    public static IReadOnlyDictionary<string, string> PredefinedPlatformArgs { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["BUILDPLATFORM"] = "linux/amd64",
        ["BUILDOS"] = "linux",
        ["BUILDOSVERSION"] = "",
        ["BUILDARCH"] = "amd64",
        ["BUILDVARIANT"] = "",
        ["TARGETPLATFORM"] = "linux/amd64",
        ["TARGETOS"] = "linux",
        ["TARGETOSVERSION"] = "",
        ["TARGETARCH"] = "amd64",
        ["TARGETVARIANT"] = "",
        ["TARGETSTAGE"] = "default",
    };

    /// <summary>
    /// Global (pre-FROM) ARGs with their defaults expanded in order; null for an ARG without default.
    /// Predefined platform args are visible to the defaults but not part of the result. Null when expansion fails.
    /// </summary>
    public static Dictionary<string, string?>? GlobalArgDefaults(DockerfileDocument document)
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        var options = new ExpansionOptions(document.EscapeChar);
        foreach (var arg in document.Stages.GlobalArgs)
        {
            foreach (var declaration in arg.Declarations)
            {
                var name = declaration.Name?.Value;
                if (string.IsNullOrEmpty(name))
                {
                    continue;
                }
                if (declaration.DefaultValue is null)
                {
                    result.TryAdd(name, null);
                    continue;
                }
                var expanded = VariableExpansion.Expand(declaration.DefaultValue.Text, n => LookupGlobal(result, n), options);
                if (!expanded.Succeeded)
                {
                    return null;
                }
                result[name] = expanded.Value;
            }
        }
        return result;
    }

    private static readonly Dictionary<string, string?> NoGlobals = new(StringComparer.Ordinal);

    private static string? LookupGlobal(Dictionary<string, string?> globals, string name)
        => globals.TryGetValue(name, out var value) ? value : PredefinedPlatformArgs.GetValueOrDefault(name);

    /// <summary>
    /// Walks every stage in order and calls <paramref name="visit"/> for each instruction with the scope the
    /// builder uses to expand it (before the instruction's own changes). ONBUILD triggers are not dispatched.
    /// </summary>
    public static void Dispatch(DockerfileDocument document, LintOptions options, Action<Stage, Instruction, StageScope> visit)
    {
        var visitor = new ActionVisitor(visit);
        Dispatch(document, options, ref visitor);
    }

    private readonly struct ActionVisitor(Action<Stage, Instruction, StageScope> visit) : IDispatchVisitor
    {
        public bool Wants(Stage stage) => true;

        public void Visit(Stage stage, Instruction instruction, StageScope scope) => visit(stage, instruction, scope);
    }

    /// <summary>
    /// <see cref="Dispatch(DockerfileDocument, LintOptions, Action{Stage, Instruction, StageScope})"/> for a struct
    /// visitor (no delegate or closure per call). Stages the visitor does not want are replayed only when a wanted
    /// stage builds on them, and their instructions are not visited.
    /// </summary>
    internal static void Dispatch<TVisitor>(DockerfileDocument document, LintOptions options, ref TVisitor visitor)
        where TVisitor : struct, IDispatchVisitor
    {
        var stages = document.Stages.All;
        var count = stages.Count;
        if (count == 0)
        {
            return;
        }
        // Per stage: 1 when wanted, plus how many replayed stages inherit its final scope. Walking backwards, a
        // stage that is replayed makes its parent replayed too.
        Span<int> uses = count <= 64 ? stackalloc int[count] : new int[count];
        var any = false;
        var inherits = false;
        for (var i = count - 1; i >= 0; i--)
        {
            if (visitor.Wants(stages[i]))
            {
                uses[i] |= Wanted;
            }
            if (uses[i] == 0)
            {
                continue;
            }
            any = true;
            if (stages[i].BaseStage is { } parent && parent.Index < i)
            {
                uses[parent.Index] += Child;
                inherits = true;
            }
        }
        if (!any)
        {
            return;
        }
        // Only read here: files without global ARGs share one empty table.
        var globals = document.Stages.GlobalArgs.Count == 0 ? NoGlobals : GlobalArgDefaults(document) ?? NoGlobals;
        var finals = inherits ? new StageScope?[count] : null;
        var expansion = new ExpansionOptions(document.EscapeChar);
        for (var i = 0; i < count; i++)
        {
            if (uses[i] == 0)
            {
                continue;
            }
            var stage = stages[i];
            StageScope scope;
            if (finals is not null && stage.BaseStage is { } parent && parent.Index < i && finals[parent.Index] is { } inherited)
            {
                // The last stage to inherit a scope may take it over: nothing reads the parent's copy afterwards.
                if ((uses[parent.Index] -= Child) < Child)
                {
                    scope = inherited;
                    finals[parent.Index] = null;
                }
                else
                {
                    scope = inherited.Clone();
                }
            }
            else
            {
                scope = Initial(stage, globals, options, expansion);
            }
            var wanted = (uses[i] & Wanted) != 0;
            var instructions = stage.Instructions;
            for (var j = 0; j < instructions.Count; j++)
            {
                var instruction = instructions[j];
                if (wanted)
                {
                    visitor.Visit(stage, instruction, scope);
                }
                Apply(instruction, scope, globals, expansion);
            }
            if (finals is not null && uses[i] >= Child)
            {
                finals[i] = scope;
            }
        }
    }

    private const int Wanted = 1;
    private const int Child = 2;

    /// <summary>The image a stage starts from, with global ARG defaults substituted.</summary>
    public static string? BaseImageName(FromInstruction from, IReadOnlyDictionary<string, string?> globals, char escape)
    {
        var text = from.Image?.Text;
        if (text is null || !text.Contains('$'))
        {
            return text;
        }
        var result = VariableExpansion.Expand(text, n => globals.TryGetValue(n, out var v) ? v : PredefinedPlatformArgs.GetValueOrDefault(n), new ExpansionOptions(escape));
        return result.Succeeded ? result.Value : null;
    }

    private static StageScope Initial(Stage stage, Dictionary<string, string?> globals, LintOptions options, ExpansionOptions expansion)
    {
        var scope = new StageScope();
        var image = BaseImageName(stage.From, globals, expansion.Escape);
        // The same names, in the same order, as BaseImageEnvironments.For gives (a repeated name is set once),
        // without building the merged list.
        foreach (var name in BaseImageEnvironments.AlwaysKnown)
        {
            scope.SetEnv(name, name == "PATH" ? DefaultPath : "");
        }
        foreach (var name in BaseImageEnvironments.ImageNames(image, options))
        {
            scope.SetEnv(name, name == "PATH" ? DefaultPath : "");
        }
        return scope;
    }

    private static void Apply(Instruction instruction, StageScope scope, Dictionary<string, string?> globals, ExpansionOptions expansion)
    {
        switch (instruction)
        {
            case ArgInstruction arg:
                // Declarations take effect one after another: in `ARG A=1 B=$A`, B sees A.
                foreach (var declaration in arg.Declarations)
                {
                    var name = declaration.Name?.Value;
                    if (string.IsNullOrEmpty(name))
                    {
                        continue;
                    }
                    var value = declaration.DefaultValue is { } defaultValue
                        ? VariableExpansion.ExpandValue(defaultValue.Text, scope.LookupFunction, expansion)
                        : globals.TryGetValue(name, out var global) ? global : PredefinedPlatformArgs.GetValueOrDefault(name);
                    scope.DeclareArg(name, value);
                }
                break;
            case EnvInstruction { Pairs.Count: 1 } single:
            {
                // One pair: nothing else in the instruction can see it before it is set.
                var pair = single.Pairs[0];
                var key = pair.Key is null ? "" : VariableExpansion.ExpandValue(pair.Key.Text, scope.LookupFunction, expansion);
                if (key.Length > 0)
                {
                    scope.SetEnv(key, pair.Value is null ? "" : VariableExpansion.ExpandValue(pair.Value.Text, scope.LookupFunction, expansion));
                }
                break;
            }
            case EnvInstruction env:
            {
                List<(string Name, string Value)>? pending = null;
                foreach (var pair in env.Pairs)
                {
                    var key = pair.Key is null ? "" : VariableExpansion.ExpandValue(pair.Key.Text, scope.LookupFunction, expansion);
                    if (key.Length == 0)
                    {
                        continue;
                    }
                    var value = pair.Value is null ? "" : VariableExpansion.ExpandValue(pair.Value.Text, scope.LookupFunction, expansion);
                    (pending ??= []).Add((key, value));
                }
                if (pending is not null)
                {
                    foreach (var (name, value) in pending)
                    {
                        scope.SetEnv(name, value);
                    }
                }
                break;
            }
        }
    }
}
