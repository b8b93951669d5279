using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3064SecretsInArgOrEnv : Rule
{
    public override string Code => "DL3064";

    public override string? Alias => "SecretsUsedInArgOrEnv";

    /// <summary>BuildKit checks this defect per instruction, so a <c># check=skip=</c> comment above it applies.</summary>
    public override bool HonoursInstructionCheckComments => true;

    public override string Title => "Do not pass secrets through ARG or ENV";

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Message => "Potentially sensitive data should not be used in the `ARG` or `ENV` commands";

    public override bool ChecksOnbuild => true;

    public override string Explanation => """
        ## What it does
        Flags an `ARG` name or `ENV` key that looks like it holds a secret, once per key. A name is suspicious
        when any of these matches:

        - it is one of 48 well-known secret variables (`GITHUB_TOKEN`, `AWS_SECRET_ACCESS_KEY`,
          `POSTGRES_PASSWORD`, ...), ignoring case;
        - it contains `api_key`, `client_key`, `password`, `private`, `secret`, `token` or `username`,
          ignoring case;
        - one of its `_`-separated words is `apikey`, `auth`, `credential`, `credentials`, `key`, `password`,
          `pword`, `passwd`, `secret` or `token`, ignoring case, and none of its words is `public`, `file`
          or `version`.

        Global `ARG`s before the first `FROM` and triggers inside `ONBUILD` are checked too.

        ## Why is this bad?
        `ARG` and `ENV` values end up in the image: `ENV` in its configuration, `ARG` in the build history
        (`docker history`). Anyone who can pull the image can read them.

        ## Example
        ```dockerfile
        FROM node:20-bookworm-slim
        ARG NPM_TOKEN
        RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > ~/.npmrc && npm ci
        ```

        ## Use instead
        ```dockerfile
        # syntax=docker/dockerfile:1
        FROM node:20-bookworm-slim
        RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
        ```

        **Differences from hadolint/BuildKit.** This rule also carries BuildKit's `SecretsUsedInArgOrEnv`
        name and reports a key when either tool would. So it reports more than each alone: `GPG_KEY` and
        `AUTH` (BuildKit's words, unknown to hadolint), and `PUBLIC_TOKEN`, `PASSWORD_FILE` or
        `TOKENIZER_VERSION` (hadolint's substrings, which ignore BuildKit's `public`/`file`/`version`
        exceptions). Unlike BuildKit it also checks global `ARG`s, as hadolint does. Each suspicious key is
        reported on its own, as BuildKit does; hadolint reports the instruction once.
        """;

    public override IReadOnlyList<InstructionKind> RequiredKinds { get; } = [InstructionKind.Arg, InstructionKind.Env];

    public override void Check(RuleContext context)
    {
        foreach (var instruction in context.Instructions)
        {
            // Indexed loops: the lists are interfaces, and foreach would allocate an enumerator for each.
            if (instruction is ArgInstruction arg)
            {
                var declarations = arg.Declarations;
                for (var i = 0; i < declarations.Count; i++)
                {
                    if (IsSensitive(declarations[i].Name.ValueSpan))
                    {
                        context.Report(arg, declarations[i].Name);
                    }
                }
            }
            else if (instruction is EnvInstruction env)
            {
                var pairs = env.Pairs;
                for (var i = 0; i < pairs.Count; i++)
                {
                    if (IsSensitive(pairs[i].Key.ValueSpan))
                    {
                        context.Report(env, pairs[i].Key);
                    }
                }
            }
        }
    }

    internal static bool IsSensitive(string name) => IsSensitive(name.AsSpan());

    // Names are read in place: most ARG and ENV names are never copied into strings.
    internal static bool IsSensitive(ReadOnlySpan<char> name) =>
        name.Length > 0 && (KnownNames.Contains(name) || HasSuspiciousSubstring(name) || HasSecretWord(name));

    // The shortest substring has five characters.
    private static bool HasSuspiciousSubstring(ReadOnlySpan<char> name) => name.Length >= 5 && name.ContainsAny(SuspiciousSubstrings);

    /// <summary>BuildKit's test: a secret word among the <c>_</c>-separated words, and no allow word.</summary>
    // The words are cut by a plain scan and matched by length first: names are short, and most of their words have
    // a length no listed word has, so they are dismissed without hashing.
    private static bool HasSecretWord(ReadOnlySpan<char> name)
    {
        var secret = false;
        var start = 0;
        for (var i = 0; i <= name.Length; i++)
        {
            if (i < name.Length && name[i] != '_')
            {
                continue;
            }
            var word = name[start..i];
            start = i + 1;
            if (IsAllowWord(word))
            {
                return false;
            }
            secret = secret || IsSecretWord(word);
        }
        return secret;
    }

    private static bool IsSecretWord(ReadOnlySpan<char> word) => word.Length switch
    {
        3 => word.Equals("key", StringComparison.OrdinalIgnoreCase),
        4 => word.Equals("auth", StringComparison.OrdinalIgnoreCase),
        5 => word.Equals("pword", StringComparison.OrdinalIgnoreCase) || word.Equals("token", StringComparison.OrdinalIgnoreCase),
        6 => word.Equals("apikey", StringComparison.OrdinalIgnoreCase) || word.Equals("passwd", StringComparison.OrdinalIgnoreCase) ||
             word.Equals("secret", StringComparison.OrdinalIgnoreCase),
        8 => word.Equals("password", StringComparison.OrdinalIgnoreCase),
        10 => word.Equals("credential", StringComparison.OrdinalIgnoreCase),
        11 => word.Equals("credentials", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    private static bool IsAllowWord(ReadOnlySpan<char> word) => word.Length switch
    {
        4 => word.Equals("file", StringComparison.OrdinalIgnoreCase),
        6 => word.Equals("public", StringComparison.OrdinalIgnoreCase),
        7 => word.Equals("version", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    private static readonly System.Buffers.SearchValues<string> SuspiciousSubstrings = System.Buffers.SearchValues.Create(
        ["api_key", "client_key", "password", "private", "secret", "token", "username"], StringComparison.OrdinalIgnoreCase);

    // A frozen set: every ARG and ENV name of every file is looked up, and a frozen set answers from a few
    // characters and the length; the alternate lookup takes a name without cutting a string.
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownNames = System.Collections.Frozen.FrozenSet.ToFrozenSet(
    [
        "ACCESS_TOKEN", "APPLICATION_KEY", "APP_SECRET", "AUTH_TOKEN", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
        "BITTREX_API_KEY", "BITTREX_API_SECRET", "CF_PASSWORD", "CF_USERNAME", "CIRCLE_TOKEN", "CI_DEPLOY_PASSWORD",
        "CI_DEPLOY_USER", "DOCKERHUB_PASSWORD", "DOCKER_EMAIL", "DOCKER_PASSWORD", "DOCKER_USERNAME",
        "FACEBOOK_ACCESS_TOKEN", "FACEBOOK_APP_ID", "FACEBOOK_APP_SECRET", "FIREBASE_API_TOKEN", "FIREBASE_TOKEN",
        "FOSSA_API_KEY", "GH_ENTERPRISE_TOKEN", "GH_TOKEN", "GITHUB_ENTERPRISE_TOKEN", "GITHUB_TOKEN",
        "HEROKU_API_KEY", "HEROKU_API_USER", "NPM_AUTH_TOKEN", "NPM_TOKEN", "OKTA_AUTHN_GROUPID",
        "OKTA_CLIENT_ORGURL", "OKTA_CLIENT_TOKEN", "OKTA_OAUTH2_CLIENTID", "OKTA_OAUTH2_CLIENTSECRET",
        "OPENAI_API_KEY", "OS_PASSWORD", "OS_USERNAME", "POSTGRES_PASSWORD", "SLACK_TOKEN", "STRIPE_API_KEY",
        "STRIPE_DEVICE_NAME", "TRAVIS_OS_NAME", "TRAVIS_SECURE_ENV_VARS", "TRAVIS_SUDO", "VAULT_CLIENT_KEY",
        "VAULT_TOKEN",
    ], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
