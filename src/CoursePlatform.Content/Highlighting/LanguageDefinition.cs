namespace CoursePlatform.Content.Highlighting;

/// <summary>What the generic lexer needs to know about one language.</summary>
public sealed record LanguageDefinition(
    string Name,
    string DisplayName,
    string[] LineComments,
    (string Open, string Close)? BlockComment,
    string Quotes,
    HashSet<string> Keywords,
    bool ShellVariables = false,
    bool DashFlags = false,
    bool KeysBeforeColon = false,
    bool CaseInsensitiveKeywords = false)
{
    private static HashSet<string> Words(string words) => [.. words.Split(' ', StringSplitOptions.RemoveEmptyEntries)];

    public static readonly LanguageDefinition Bash = new(
        "bash", "Bash", ["#"], null, "\"'",
        Words("if then else elif fi for while until do done case esac in function return exit export local set unset source echo cd sudo"),
        ShellVariables: true, DashFlags: true);

    public static readonly LanguageDefinition Yaml = new(
        "yaml", "YAML", ["#"], null, "\"'",
        Words("true false null yes no on off"), KeysBeforeColon: true);

    public static readonly LanguageDefinition Json = new(
        "json", "JSON", [], null, "\"", Words("true false null"), KeysBeforeColon: true);

    public static readonly LanguageDefinition Python = new(
        "python", "Python", ["#"], null, "\"'",
        Words("False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield self"));

    public static readonly LanguageDefinition TypeScript = new(
        "typescript", "TypeScript", ["//"], ("/*", "*/"), "\"'`",
        Words("abstract any as async await boolean break case catch class const constructor continue default delete do else enum export extends false finally for from function if implements import in instanceof interface let new null number of private protected public readonly return static string super switch this throw true try type typeof undefined var void while yield"));

    public static readonly LanguageDefinition Go = new(
        "go", "Go", ["//"], ("/*", "*/"), "\"'`",
        Words("break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var nil true false string int error byte bool"));

    public static readonly LanguageDefinition CSharp = new(
        "csharp", "C#", ["//"], ("/*", "*/"), "\"'",
        Words("abstract as async await base bool break case catch class const continue default do double else enum false finally for foreach if in int interface internal is namespace new null object override private protected public readonly record return sealed static string struct switch this throw true try using var virtual void while"));

    public static readonly LanguageDefinition Ini = new(
        "ini", "Config", ["#", ";"], null, "\"'", Words(""), KeysBeforeColon: false);

    /// <summary>A Dockerfile lexer that needs no parser: used when the engine's parser cannot run.</summary>
    public static readonly LanguageDefinition DockerfileFallback = new(
        "dockerfile", "Dockerfile", ["#"], null, "\"'",
        Words("FROM RUN CMD LABEL MAINTAINER EXPOSE ENV ADD COPY ENTRYPOINT VOLUME USER WORKDIR ARG ONBUILD STOPSIGNAL HEALTHCHECK SHELL AS"),
        ShellVariables: true, DashFlags: true, CaseInsensitiveKeywords: true);

    /// <summary>Plain text (e.g. a .dockerignore): comments only.</summary>
    public static readonly LanguageDefinition PlainWithComments = new("text", "Text", ["#"], null, "", Words(""));

    /// <summary>Finds the definition for a fence's info string; null when the language is unknown.</summary>
    public static LanguageDefinition? Find(string? name) => name?.ToLowerInvariant() switch
    {
        "bash" or "sh" or "shell" or "console" or "zsh" => Bash,
        "yaml" or "yml" => Yaml,
        "json" or "jsonc" => Json,
        "python" or "py" => Python,
        "typescript" or "ts" or "javascript" or "js" or "tsx" or "jsx" => TypeScript,
        "go" or "golang" => Go,
        "csharp" or "cs" or "c#" => CSharp,
        "ini" or "toml" or "conf" or "properties" => Ini,
        "dockerignore" or "gitignore" or "ignore" => PlainWithComments,
        _ => null,
    };
}
