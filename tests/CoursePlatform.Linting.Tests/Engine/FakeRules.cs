using CoursePlatform.Linting.Rules;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Tests.Engine;

/// <summary>
/// Test-only rules that report every instruction of one kind, so suppression tests do not depend on what the real
/// rules consider a defect.
/// </summary>
internal sealed class FakeRule(
    string code,
    InstructionKind kind,
    string? alias = null,
    bool experimental = false,
    bool? honoursCheckComments = null,
    Severity severity = Severity.Warning) : Rule
{
    public override string Code => code;

    public override string? Alias => alias;

    public override string Title => $"fake {code}";

    public override Severity DefaultSeverity => severity;

    public override string Message => $"{code} fired";

    public override string Explanation => "";

    public override bool IsExperimental => experimental;

    public override bool HonoursInstructionCheckComments => honoursCheckComments ?? base.HonoursInstructionCheckComments;

    public override void Check(RuleContext context)
    {
        foreach (var instruction in context.Instructions)
        {
            if (instruction.Kind == kind)
            {
                context.Report(instruction);
            }
        }
    }
}

/// <summary>Lints with the fake rules and answers "which codes fired on which lines".</summary>
internal static class FakeLint
{
    public static readonly Rule[] Rules =
    [
        new FakeRule("DL3001", InstructionKind.From),
        new FakeRule("DL3002", InstructionKind.User),
        new FakeRule("DL9001", InstructionKind.Run),
        new FakeRule("DL3025", InstructionKind.Cmd, alias: "JSONArgsRecommended", honoursCheckComments: true),
        new FakeRule("DL3064", InstructionKind.Env, alias: "SecretsUsedInArgOrEnv", honoursCheckComments: true),
        new FakeRule("DL3024", InstructionKind.Stopsignal, alias: "DuplicateStageName"),
        new FakeRule("FromAsCasing", InstructionKind.Workdir),
        new FakeRule("ConsistentInstructionCasing", InstructionKind.Copy, honoursCheckComments: false),
        new FakeRule("LegacyKeyValueFormat", InstructionKind.Label),
        new FakeRule("InvalidDefinitionDescription", InstructionKind.Arg, experimental: true),
    ];

    public static readonly Linter Linter = new(Rules);

    public static IReadOnlyList<Finding> Run(string dockerfile, Configuration.LintOptions? options = null)
        => Linter.Lint(dockerfile, options).Findings;

    /// <summary>Findings as <c>CODE@line</c> strings, in order.</summary>
    public static string[] Codes(string dockerfile, Configuration.LintOptions? options = null)
        => [.. Run(dockerfile, options).Select(f => $"{f.Code}@{f.Line}")];
}
