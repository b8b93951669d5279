using CoursePlatform.Linting.Shell;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3003UseWorkdir : Rule
{
    public override string Code => "DL3003";

    public override string Title => "Use WORKDIR instead of `cd`";

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Message => "Use WORKDIR to switch to a directory";

    public override string Explanation => """
        ## What it does
        Flags a `RUN` whose script runs `cd`, anywhere in the script.

        ## Why is this bad?
        A `cd` lasts only until the end of its `RUN`; the next instruction starts again in the old directory.
        `WORKDIR` changes the directory for every later instruction, creates it when missing, and makes the
        intent visible to the reader.

        ## Example
        ```dockerfile
        FROM node:20-bookworm-slim
        RUN cd /app && npm ci
        ```

        ## Use instead
        ```dockerfile
        FROM node:20-bookworm-slim
        WORKDIR /app
        RUN npm ci
        ```

        As in hadolint, a `cd` inside an `ONBUILD RUN` is not reported.
        """;

    public override void Check(RuleContext context) => ShellRuleSupport.ReportCommandUse(context, "cd");
}
