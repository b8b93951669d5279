using CoursePlatform.Linting.Semantics;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.BuildKit;

public sealed class FromPlatformFlagConstDisallowed : Rule
{
    public override string Code => "FromPlatformFlagConstDisallowed";

    public override string Title => "FROM --platform flag should not use a constant value";

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Message => "FROM --platform flag should not use constant value";

    public override string Explanation => """
        ## What it does
        Flags `FROM --platform=<value>` when the value is a constant platform (no variable) and the stage name
        does not mention that platform's OS or architecture.

        A stage named for its platform (`AS build-arm64`, `AS linux`) is taken as deliberate.

        ## Why is this bad?
        A hard-coded platform ignores what the build was asked for: a multi-platform build, or a build on another
        machine, silently gets the wrong architecture. `$BUILDPLATFORM` or `$TARGETPLATFORM` follow the request.

        ## Example
        ```dockerfile
        FROM --platform=linux/amd64 golang:1.23 AS build
        ```

        ## Use instead
        ```dockerfile
        FROM --platform=$BUILDPLATFORM golang:1.23 AS build
        ```
        """;

    public override void Check(RuleContext context)
    {
        var escape = context.Document.EscapeChar;
        foreach (var instruction in context.InstructionsOf(InstructionKind.From))
        {
            if (instruction is not FromInstruction { Platform.Value: { } value } from)
            {
                continue;
            }
            // Usually a variable ($BUILDPLATFORM): that is known from a scan that builds nothing; otherwise a
            // literal, which only needs the lexer for quotes or escapes.
            var text = value.Text;
            var options = new ExpansionOptions(escape, Lenient: true);
            if (VariableExpansion.HasAnyReference(text, options))
            {
                continue;
            }
            string expanded = text;
            if (VariableExpansion.NeedsLexer(text, escape))
            {
                var result = VariableExpansion.Expand(text, static _ => null, options);
                if (!result.Succeeded)
                {
                    continue;
                }
                expanded = result.Value;
            }
            if (PlatformSpecifier.TryParse(expanded) is not { } platform)
            {
                continue;
            }
            var stageName = from.StageName?.Text.ToLowerInvariant() ?? "";
            if (stageName.Contains(platform.OS, StringComparison.Ordinal) || stageName.Contains(platform.Architecture, StringComparison.Ordinal))
            {
                continue;
            }
            context.Report(instruction, value, $"FROM --platform flag should not use constant value {BuildKitSupport.Quote(value.Value)}");
        }
    }
}
