using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3025JsonNotation : Rule
{
    public override string Code => "DL3025";

    public override string? Alias => "JSONArgsRecommended";

    /// <summary>BuildKit checks this defect per instruction, so a <c># check=skip=</c> comment above it applies.</summary>
    public override bool HonoursInstructionCheckComments => true;

    public override string Title => "Use JSON (exec) form for CMD and ENTRYPOINT";

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Message => "Use arguments JSON notation for CMD and ENTRYPOINT arguments";

    public override string Explanation => """
        ## What it does
        Flags `CMD`, `ENTRYPOINT` and `HEALTHCHECK CMD` written in shell form (`CMD node server.js`) instead
        of JSON form (`CMD ["node", "server.js"]`). JSON split over several continuation lines is fine.

        ## Why is this bad?
        In shell form the command runs as a child of `/bin/sh -c`. The shell is PID 1 and does not pass
        `SIGTERM` on, so `docker stop` waits for its timeout and then kills the process without letting it
        shut down cleanly.

        ## Example
        ```dockerfile
        FROM node:20-bookworm-slim
        CMD node server.js
        ```

        ## Use instead
        ```dockerfile
        FROM node:20-bookworm-slim
        CMD ["node", "server.js"]
        ```

        **Differences from hadolint/BuildKit.** This rule also carries BuildKit's `JSONArgsRecommended` name
        and follows hadolint: `HEALTHCHECK CMD` is checked too, and a `SHELL` instruction does not silence it.
        BuildKit checks only `CMD` and `ENTRYPOINT`, and says nothing once a `SHELL` is set in the stage or a
        parent stage.
        """;

    public override void Check(RuleContext context)
    {
        foreach (var instruction in context.Instructions)
        {
            var command = instruction switch
            {
                CmdInstruction cmd => cmd.Command,
                EntrypointInstruction entrypoint => entrypoint.Command,
                HealthcheckInstruction { IsNone: false } healthcheck => healthcheck.Command,
                _ => null,
            };
            if (command is { IsExec: false })
            {
                context.Report(instruction);
            }
        }
    }
}
