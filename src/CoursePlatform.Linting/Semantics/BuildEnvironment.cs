using CoursePlatform.Linting.Configuration;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Semantics;

/// <summary>
/// The variables visible while the builder dispatches one instruction of a stage: ENV (including what the base
/// image or parent stage set), ARG values, and ARG names declared without a value.
/// </summary>
public sealed class StageScope
{
    // One entry per name the stage knows, in the order the names became known: its ENV value, its ARG value (a
    // name declared by an ARG without value has neither). A stage knows a handful of names, so one array searched
    // in order is cheaper to build, copy and ask than a hash table; past LinearLimit names an index is added.
    private struct Entry
    {
        public string Name;
        public string? Env;
        public string? Arg;
    }

    private const int LinearLimit = 16;

    private Entry[] _entries;
    private int _count;
    private Dictionary<string, int>? _index;
    private NameList? _names;
    // The table of global ARG defaults: a name it does not hold reads as a predefined platform arg.
    private readonly bool _predefinedFallback;

    // What the base image sets (BuildKit's defaults, then the well-known image's names): shared lists, read in place
    // rather than copied into every stage's entries. PATH reads as the default PATH, the others as "". A base name
    // the stage sets again gets an entry of its own (starting from the base value), which then answers for it.
    private readonly IReadOnlyList<string> _always = [];
    private readonly IReadOnlyList<string> _image = [];
    // Entries whose name is a base name (the names list shows each name once, where the base put it).
    private int _shadowing;

    internal StageScope(int capacity = 8, bool predefinedFallback = false)
    {
        _entries = new Entry[Math.Max(capacity, 4)];
        _predefinedFallback = predefinedFallback;
    }

    /// <summary>A stage's scope over what its base image sets, with room for <paramref name="capacity"/> names of its own.</summary>
    internal StageScope(IReadOnlyList<string> always, IReadOnlyList<string> image, int capacity)
    {
        _entries = capacity == 0 ? [] : new Entry[Math.Max(capacity, 4)];
        _always = always;
        _image = image;
    }

    private StageScope(StageScope other)
    {
        _entries = new Entry[other._count + 4];
        Array.Copy(other._entries, _entries, other._count);
        _count = other._count;
        _index = other._index is null ? null : new Dictionary<string, int>(other._index, StringComparer.Ordinal);
        _predefinedFallback = other._predefinedFallback;
        _always = other._always;
        _image = other._image;
        _shadowing = other._shadowing;
    }

    /// <summary>Names in the order they became known (for "did you mean" suggestions).</summary>
    public IReadOnlyList<string> Names => _names ??= new NameList(this);

    /// <summary>The value the builder substitutes: ENV wins over ARG; null when unset (even if declared).</summary>
    public string? Lookup(string name)
    {
        var i = Find(name);
        if (i >= 0)
        {
            return _entries[i].Env ?? _entries[i].Arg;
        }
        if (BaseName(name) is not null)
        {
            return BaseValue(name);
        }
        return _predefinedFallback ? BuildEnvironment.PredefinedPlatformArgs.GetValueOrDefault(name) : null;
    }

    /// <summary>True when the name is set, or declared by an <c>ARG</c> without value (UndefinedVar stays quiet).</summary>
    public bool IsKnown(string name) => Find(name) >= 0 || BaseName(name) is not null;

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

    /// <summary>The name as the scope stores it when the scope knows it, else null.</summary>
    internal string? KnownName(ReadOnlySpan<char> name)
    {
        if (_index is not null)
        {
            if (_index.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var key, out _))
            {
                return key;
            }
        }
        else
        {
            var entries = _entries;
            for (var i = 0; i < _count; i++)
            {
                if (name.SequenceEqual(entries[i].Name))
                {
                    return entries[i].Name;
                }
            }
        }
        return BaseName(name);
    }

    private static string BaseValue(string name) => name == "PATH" ? BuildEnvironment.DefaultPath : "";

    /// <summary>The base list's string for a name the base image sets, else null.</summary>
    private string? BaseName(ReadOnlySpan<char> name)
    {
        // Indexed loops: the lists are interfaces.
        for (var i = 0; i < _always.Count; i++)
        {
            if (name.SequenceEqual(_always[i]))
            {
                return _always[i];
            }
        }
        for (var i = 0; i < _image.Count; i++)
        {
            if (name.SequenceEqual(_image[i]))
            {
                return _image[i];
            }
        }
        return null;
    }

    private int Find(string name)
    {
        if (_index is not null)
        {
            return _index.TryGetValue(name, out var found) ? found : -1;
        }
        var entries = _entries;
        for (var i = 0; i < _count; i++)
        {
            if (string.Equals(entries[i].Name, name))
            {
                return i;
            }
        }
        return -1;
    }

    private ref Entry Remember(string name)
    {
        var i = Find(name);
        if (i >= 0)
        {
            return ref _entries[i];
        }
        if (_count == _entries.Length)
        {
            Array.Resize(ref _entries, Math.Max(4, _count * 2));
        }
        i = _count++;
        _entries[i].Name = name;
        if (BaseName(name) is not null)
        {
            _entries[i].Env = BaseValue(name);
            _shadowing++;
        }
        if (_index is not null)
        {
            _index[name] = i;
        }
        else if (_count > LinearLimit)
        {
            _index = new Dictionary<string, int>(_count * 2, StringComparer.Ordinal);
            for (var k = 0; k < _count; k++)
            {
                _index[_entries[k].Name] = k;
            }
        }
        return ref _entries[i];
    }

    // The base names, each once and in order, then the scope's own names that the base does not have.
    private IEnumerable<string> AllNames()
    {
        for (var i = 0; i < _always.Count + _image.Count; i++)
        {
            var name = i < _always.Count ? _always[i] : _image[i - _always.Count];
            if (IsFirstBaseName(name, i))
            {
                yield return name;
            }
        }
        for (var i = 0; i < _count; i++)
        {
            if (_shadowing == 0 || BaseName(_entries[i].Name) is null)
            {
                yield return _entries[i].Name;
            }
        }
    }

    private bool IsFirstBaseName(string name, int position)
    {
        for (var k = 0; k < position; k++)
        {
            if ((k < _always.Count ? _always[k] : _image[k - _always.Count]) == name)
            {
                return false;
            }
        }
        return true;
    }

    private int NameCount()
    {
        var count = _count - _shadowing;
        for (var i = 0; i < _always.Count + _image.Count; i++)
        {
            if (IsFirstBaseName(i < _always.Count ? _always[i] : _image[i - _always.Count], i))
            {
                count++;
            }
        }
        return count;
    }

    // The scope's names as a list that follows the scope, as the names list it replaces did.
    private sealed class NameList(StageScope scope) : IReadOnlyList<string>
    {
        public string this[int index]
            => (uint)index < (uint)Count ? scope.AllNames().ElementAt(index) : throw new ArgumentOutOfRangeException(nameof(index));

        public int Count => scope.NameCount();

        public IEnumerator<string> GetEnumerator() => scope.AllNames().GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

/// <summary>What <see cref="BuildEnvironment"/>'s replay calls back; a struct implementation avoids a closure per lint.</summary>
internal interface IDispatchVisitor
{
    /// <summary>False when none of the stage's instructions needs visiting.</summary>
    bool Wants(Stage stage);

    /// <summary>
    /// False when the visitor only asks whether names are set, never what they hold: the stages' ARG defaults and ENV
    /// values are then not expanded (each is set, to its text as written).
    /// </summary>
    bool NeedsValues { get; }

    void Visit(Stage stage, Instruction instruction, StageScope scope);
}

/// <summary>
/// The global ARG defaults of the document being linted (<see cref="BuildEnvironment.GlobalArgScope"/>), worked out
/// once and shared by every check of one lint call.
/// </summary>
internal interface IGlobalArgSource
{
    StageScope? GlobalArgScope { get; }
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
        if (GlobalArgScope(document) is not { } scope)
        {
            return null;
        }
        var result = new Dictionary<string, string?>(scope.Names.Count, StringComparer.Ordinal);
        foreach (var name in scope.Names)
        {
            result[name] = scope.Lookup(name);
        }
        return result;
    }

    /// <summary>
    /// <see cref="GlobalArgDefaults"/> as a scope (a name it does not hold reads as a predefined platform arg): a
    /// file has a handful of global ARGs, searched in order without a hash table. Null when expansion fails.
    /// </summary>
    internal static StageScope? GlobalArgScope(DockerfileDocument document)
    {
        // The ARGs before the first FROM, read straight from the document (no stage graph).
        var preamble = StageGraph.Preamble(document);
        var count = 0;
        foreach (var instruction in preamble)
        {
            count += instruction is ArgInstruction arg ? arg.Declarations.Count : 0;
        }
        if (count == 0)
        {
            return NoGlobals;
        }
        var result = new StageScope(count, predefinedFallback: true);
        var options = new ExpansionOptions(document.EscapeChar);
        foreach (var instruction in preamble)
        {
            if (instruction is not ArgInstruction arg)
            {
                continue;
            }
            var declarations = arg.Declarations;
            for (var i = 0; i < declarations.Count; i++)
            {
                var declaration = declarations[i];
                var name = declaration.Name?.Value;
                if (string.IsNullOrEmpty(name))
                {
                    continue;
                }
                if (declaration.DefaultValue is null)
                {
                    // Declares the name without a value; a value given earlier stays.
                    result.DeclareArg(name, null);
                    continue;
                }
                if (!VariableExpansion.TryExpandValue(declaration.DefaultValue.Text, result, options, out var value))
                {
                    return null;
                }
                result.DeclareArg(name, value);
            }
        }
        return result;
    }

    // Files without global ARGs share one empty table (only ever read).
    private static readonly StageScope NoGlobals = new(0, predefinedFallback: true);

    /// <summary>
    /// Walks every stage in order and calls <paramref name="visit"/> for each instruction with the scope the
    /// builder uses to expand it (before the instruction's own changes). ONBUILD triggers are not dispatched.
    /// The scope is only valid during the call: it changes with later instructions, and a stage that builds on
    /// another may carry on with its parent's scope object.
    /// </summary>
    public static void Dispatch(DockerfileDocument document, LintOptions options, Action<Stage, Instruction, StageScope> visit)
    {
        var visitor = new ActionVisitor(visit);
        Dispatch(document, options, ref visitor);
    }

    private readonly struct ActionVisitor(Action<Stage, Instruction, StageScope> visit) : IDispatchVisitor
    {
        public bool Wants(Stage stage) => true;

        public bool NeedsValues => true;

        public void Visit(Stage stage, Instruction instruction, StageScope scope) => visit(stage, instruction, scope);
    }

    /// <summary>
    /// <see cref="Dispatch(DockerfileDocument, LintOptions, Action{Stage, Instruction, StageScope})"/> for a struct
    /// visitor (no delegate or closure per call). Stages the visitor does not want are replayed only when a wanted
    /// stage builds on them, and their instructions are not visited.
    /// </summary>
    internal static void Dispatch<TVisitor>(DockerfileDocument document, LintOptions options, ref TVisitor visitor, IGlobalArgSource? source = null)
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
        var globals = new Globals(document, source);
        var finals = inherits ? new StageScope?[count] : null;
        var expansion = new ExpansionOptions(document.EscapeChar);
        // An ENV key that mentions a variable makes the names depend on values: then they are worked out in full.
        var values = visitor.NeedsValues || EnvKeysUseVariables(stages, uses);
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
                scope = Initial(stage, ref globals, options, expansion);
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
                Apply(instruction, scope, ref globals, expansion, values);
            }
            if (finals is not null && uses[i] >= Child)
            {
                finals[i] = scope;
            }
        }
    }

    // The global ARG defaults of a replay, worked out when first read (an image or an ARG without default in a stage
    // that refers to them): many replays never need them.
    private struct Globals(DockerfileDocument document, IGlobalArgSource? source)
    {
        private StageScope? _table;

        public StageScope Table => _table ??= (source is null ? GlobalArgScope(document) : source.GlobalArgScope) ?? NoGlobals;
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

    /// <summary><see cref="BaseImageName(FromInstruction, IReadOnlyDictionary{string, string?}, char)"/> against the global ARG scope.</summary>
    internal static string? BaseImageName(FromInstruction from, StageScope globals, char escape)
    {
        var text = from.Image?.Text;
        if (text is null || !text.Contains('$'))
        {
            return text;
        }
        return VariableExpansion.TryExpandValue(text, globals, new ExpansionOptions(escape), out var value) ? value : null;
    }

    private static StageScope Initial(Stage stage, ref Globals globals, LintOptions options, ExpansionOptions expansion)
    {
        var text = stage.From.Image?.Text;
        var image = text is null || !text.Contains('$') ? text : BaseImageName(stage.From, globals.Table, expansion.Escape);
        // The base image's names are read from the shared lists, not copied: the scope holds the stage's own names.
        var names = BaseImageEnvironments.ImageNames(image, options);
        var scope = new StageScope(BaseImageEnvironments.AlwaysKnown, names, Declarations(stage.Instructions));
        return scope;
    }

    private static bool EnvKeysUseVariables(ReadOnlyArray<Stage> stages, Span<int> uses)
    {
        for (var i = 0; i < stages.Count; i++)
        {
            if (uses[i] == 0)
            {
                continue;
            }
            foreach (var instruction in stages[i].Instructions)
            {
                if (instruction is EnvInstruction env)
                {
                    var pairs = env.Pairs;
                    for (var p = 0; p < pairs.Count; p++)
                    {
                        if (pairs[p].Key is { } key && key.Text.Contains('$'))
                        {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    // How many names the stage's ARGs and ENVs may add: the scope is made big enough for them at once.
    private static int Declarations(ReadOnlyArray<Instruction> instructions)
    {
        var count = 0;
        foreach (var instruction in instructions)
        {
            if (instruction is ArgInstruction arg)
            {
                count += arg.Declarations.Count;
            }
            else if (instruction is EnvInstruction env)
            {
                count += env.Pairs.Count;
            }
        }
        return count;
    }

    // Without values, an ARG default or ENV value stands for itself: set (not null) is all that is asked of it.
    private static void Apply(Instruction instruction, StageScope scope, ref Globals globals, ExpansionOptions expansion, bool values)
    {
        switch (instruction)
        {
            case ArgInstruction arg:
                // Declarations take effect one after another: in `ARG A=1 B=$A`, B sees A. Indexed: the list is an
                // interface, and foreach would allocate an enumerator.
                for (var i = 0; i < arg.Declarations.Count; i++)
                {
                    var declaration = arg.Declarations[i];
                    var name = declaration.Name?.Value;
                    if (string.IsNullOrEmpty(name))
                    {
                        continue;
                    }
                    var value = declaration.DefaultValue is { } defaultValue
                        ? values ? VariableExpansion.ExpandValue(defaultValue.Text, scope, expansion) : defaultValue.Text
                        : globals.Table.Lookup(name);
                    scope.DeclareArg(name, value);
                }
                break;
            case EnvInstruction { Pairs.Count: 1 } single:
            {
                // One pair: nothing else in the instruction can see it before it is set.
                var pair = single.Pairs[0];
                var key = pair.Key is null ? "" : VariableExpansion.ExpandValue(pair.Key.Text, scope, expansion);
                if (key.Length > 0)
                {
                    scope.SetEnv(key, pair.Value is null ? "" : values ? VariableExpansion.ExpandValue(pair.Value.Text, scope, expansion) : pair.Value.Text);
                }
                break;
            }
            case EnvInstruction env:
            {
                var pairs = env.Pairs;
                if (!env.Text.Contains('$'))
                {
                    // No pair can refer to a variable, so none sees another: set them in order as they are expanded.
                    for (var i = 0; i < pairs.Count; i++)
                    {
                        var pair = pairs[i];
                        var key = pair.Key is null ? "" : VariableExpansion.ExpandValue(pair.Key.Text, scope, expansion);
                        if (key.Length > 0)
                        {
                            scope.SetEnv(key, pair.Value is null ? "" : values ? VariableExpansion.ExpandValue(pair.Value.Text, scope, expansion) : pair.Value.Text);
                        }
                    }
                    break;
                }
                List<(string Name, string Value)>? pending = null;
                for (var i = 0; i < pairs.Count; i++)
                {
                    var pair = pairs[i];
                    var key = pair.Key is null ? "" : VariableExpansion.ExpandValue(pair.Key.Text, scope, expansion);
                    if (key.Length == 0)
                    {
                        continue;
                    }
                    var value = pair.Value is null ? "" : values ? VariableExpansion.ExpandValue(pair.Value.Text, scope, expansion) : pair.Value.Text;
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
