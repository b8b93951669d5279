using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

/// <summary>
/// The variables a RUN can see for hadolint's pin rules: ENV keys of the current stage (and of the stage it names
/// in <c>FROM &lt;alias&gt;</c>, transitively) plus every ARG declared earlier anywhere in the file.
/// </summary>
internal sealed class VariableScope
{
    private Dictionary<string, Dictionary<string, string>>? _stagesByAlias;
    private Dictionary<string, string>? _env;
    private HashSet<string>? _args;

    public void Observe(Instruction instruction)
    {
        switch (instruction)
        {
            case FromInstruction from:
                _env = null;
                if (from.Image is { } image && _stagesByAlias is not null && _stagesByAlias.TryGetValue(image.Text, out var inherited))
                {
                    _env = new Dictionary<string, string>(inherited, StringComparer.Ordinal);
                }
                if (from.StageName is { } alias)
                {
                    _env ??= new Dictionary<string, string>(StringComparer.Ordinal);
                    (_stagesByAlias ??= new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal))[alias.Text] = _env;
                }
                break;
            case EnvInstruction env:
                _env ??= new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var pair in env.Pairs)
                {
                    _env[pair.Name] = pair.ValueText;
                }
                break;
            case ArgInstruction arg:
                _args ??= new HashSet<string>(StringComparer.Ordinal);
                foreach (var declaration in arg.Declarations)
                {
                    _args.Add(declaration.Name.Value);
                }
                break;
        }
    }

    /// <summary>The value of an ENV key visible in the current stage, or null.</summary>
    public string? Env(string name) => _env is not null && _env.TryGetValue(name, out var value) ? value : null;

    public bool IsDefined(string name) => _env is not null && _env.ContainsKey(name) || _args is not null && _args.Contains(name);

    /// <summary>True when the text uses <c>${name}</c> (or <c>$name</c>) for a variable defined here.</summary>
    public bool ReferencesKnownVariable(string text)
    {
        if (_env is null && _args is null)
        {
            return false;
        }
        for (var i = text.IndexOf('$'); i >= 0 && i < text.Length - 1; i = text.IndexOf('$', i + 1))
        {
            var braced = text[i + 1] == '{';
            var start = braced ? i + 2 : i + 1;
            var end = start;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_'))
            {
                end++;
            }
            if (end > start && IsDefined(text[start..end]))
            {
                return true;
            }
        }
        return false;
    }
}
