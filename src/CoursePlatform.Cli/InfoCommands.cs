using CoursePlatform.Linting.Formatting;
using CoursePlatform.Linting.Rules;

namespace CoursePlatform.Cli;

/// <summary><c>rules</c> (the catalogue as a table) and <c>explain CODE</c> (a rule's Markdown explanation).</summary>
internal static class InfoCommands
{
    public static int Rules(CliConsole console)
    {
        var rules = RuleCatalog.All;
        var codeWidth = Math.Max(4, rules.Count == 0 ? 0 : rules.Max(r => r.Code.Length));
        var aliasWidth = Math.Max(5, rules.Count == 0 ? 0 : rules.Max(r => r.Alias?.Length ?? 0));
        console.Out.WriteLine($"{"CODE".PadRight(codeWidth)}  {"ALIAS".PadRight(aliasWidth)}  {"SEVERITY",-8}  TITLE");
        foreach (var rule in rules)
        {
            var severity = ReportFormatter.LevelName(rule.DefaultSeverity) + (rule.IsExperimental ? "*" : "");
            console.Out.WriteLine($"{rule.Code.PadRight(codeWidth)}  {(rule.Alias ?? "-").PadRight(aliasWidth)}  {severity,-8}  {rule.Title}");
        }
        console.Out.WriteLine($"{rules.Count} rules; * = experimental (enable with # check=experimental=NAME)");
        return 0;
    }

    public static int Explain(string[] args, CliConsole console)
    {
        if (args.Length != 1)
        {
            console.Error.WriteLine("courseplatform: usage: courseplatform explain <CODE|BuildKitName>");
            return 2;
        }
        var rule = RuleCatalog.Find(args[0]) ?? RuleCatalog.All.FirstOrDefault(r =>
            string.Equals(r.Code, args[0], StringComparison.OrdinalIgnoreCase) ||
            string.Equals(r.Alias, args[0], StringComparison.OrdinalIgnoreCase));
        if (rule is null)
        {
            console.Error.WriteLine($"courseplatform: unknown rule '{args[0]}' (run 'courseplatform rules' for the list)");
            return 2;
        }
        var alias = rule.Alias is null ? "" : $" ({rule.Alias})";
        console.Out.WriteLine($"# {rule.Code}{alias}: {rule.Title}");
        console.Out.WriteLine();
        console.Out.WriteLine($"Default severity: {ReportFormatter.LevelName(rule.DefaultSeverity)}. Message: {rule.Message}");
        console.Out.WriteLine();
        console.Out.WriteLine(rule.Explanation.TrimEnd());
        console.Out.WriteLine();
        console.Out.WriteLine($"More: {rule.HelpUri}");
        return 0;
    }
}
