using CoursePlatform.Linting.Shell;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL3060YarnCacheClean : Rule
{
    public override string Code => "DL3060";

    public override string Title => "Run `yarn cache clean` after `yarn install`";

    public override Severity DefaultSeverity => Severity.Info;

    public override bool ChecksOnbuild => true;

    public override string Message => "`yarn cache clean` missing after `yarn install` was run.";

    public override string Explanation => """
        ## What it does
        Flags a RUN with `yarn install` and no `yarn cache clean` after it, in a stage that ends up in an image:
        the last stage, or a stage another `FROM` builds on. A cache or tmpfs mount on a path containing
        `.cache/yarn` is accepted instead.

        ## Why is this bad?
        yarn copies every package it installs into its global cache. Inside an image that cache is dead weight,
        frequently larger than `node_modules` itself, and it stays in the layer unless cleaned in the same RUN.

        ## Example
        ```dockerfile
        FROM node:20-bookworm-slim
        RUN yarn install --frozen-lockfile
        ```

        ## Use instead
        ```dockerfile
        FROM node:20-bookworm-slim
        RUN yarn install --frozen-lockfile && yarn cache clean
        ```

        Build stages that are neither last nor reused are not reported: their cache never ships. `yarn add` and
        a bare `yarn` are not checked.
        """;

    public override void Check(RuleContext context)
    {
        if (context.UsesCommand("yarn"))
        {
            PackageRuleSupport.ReportInLastOrReusedStages(context, MissingClean);
        }
    }

    private static ShellCommandView? MissingClean(RunInstruction run)
    {
        var commands = run.Script.CommandViews;
        var install = PackageRuleSupport.FirstIndex(commands, static c => c.Is("yarn", "install"));
        if (install < 0 ||
            PackageRuleSupport.AnyAfter(commands, install, static c => c.Is("yarn", "cache", "clean")) ||
            PackageRuleSupport.HasCacheMount(run, ".cache/yarn"))
        {
            return null;
        }
        return commands[install];
    }
}
