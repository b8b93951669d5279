using CoursePlatform.Linting.Shell;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Rules.Hadolint;

public sealed class DL4001WgetOrCurl : Rule
{
    public override string Code => "DL4001";

    public override string Title => "Use either wget or curl, not both";

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Message => "Either use Wget or Curl but not both";

    public override bool ChecksOnbuild => true;

    public override string Explanation => """
        ## What it does
        Within one stage, once both `curl` and `wget` have been used by `RUN` instructions, flags every `RUN`
        from then on that uses either of them.

        ## Why is this bad?
        Both tools do the same job here. Needing both means installing and maintaining two downloaders, with
        two sets of options, proxies and TLS settings, for no gain.

        ## Example
        ```dockerfile
        FROM debian:bookworm
        RUN wget -q https://example.com/a.sh
        RUN curl -fsSLO https://example.com/b.sh
        ```

        ## Use instead
        ```dockerfile
        FROM debian:bookworm
        RUN curl -fsSLO https://example.com/a.sh
        RUN curl -fsSLO https://example.com/b.sh
        ```

        The first `RUN` is not reported after the fact, and stages are judged separately.
        """;

    public override void Check(RuleContext context)
    {
        if (!(context.UsesCommand("curl") && context.UsesCommand("wget")))
        {
            return;
        }
        var seenCurl = false;
        var seenWget = false;
        foreach (var instruction in context.Instructions)
        {
            if (instruction is FromInstruction)
            {
                seenCurl = seenWget = false;
                continue;
            }
            if (instruction is not RunInstruction run)
            {
                continue;
            }
            ShellWord? first = null;
            foreach (var command in run.Script.CommandViews)
            {
                if (command.Name is "curl" or "wget" && command.NameWord is { } name)
                {
                    seenCurl |= command.Name == "curl";
                    seenWget |= command.Name == "wget";
                    first ??= name;
                }
            }
            if (first is { } word && seenCurl && seenWget)
            {
                ShellRuleSupport.Report(context, run, word);
            }
        }
    }
}
