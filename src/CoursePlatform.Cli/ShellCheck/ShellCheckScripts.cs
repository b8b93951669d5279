using CoursePlatform.Linting.Rules;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Cli.ShellCheck;

/// <summary>A script to hand to ShellCheck, and the RUN it came from.</summary>
public sealed record ShellCheckScript(RunInstruction Run, string Text);

/// <summary>
/// Builds the scripts hadolint gives ShellCheck: <c>#!&lt;stage shell&gt;</c>, one <c>export NAME=1</c> line per known
/// variable (the proxy variables plus every ARG and ENV of the stage so far), then the RUN text.
/// </summary>
public static class ShellCheckScripts
{
    private static readonly string[] ProxyVariables =
        ["HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy"];

    private static readonly string[] AllowedShebangs =
        ["#!/bin/sh", "#!/bin/bash", "#!/bin/ksh", "#!/usr/bin/env sh", "#!/usr/bin/env bash", "#!/usr/bin/env ksh"];

    private const string DefaultShell = "/bin/sh";

    /// <summary>
    /// Every shell-form RUN that ShellCheck should see, with its script: the top-level pass (stages, SHELL and
    /// <c># hadolint shell=</c> pragmas, variables inherited through <c>FROM &lt;stage&gt;</c>), then a separate pass
    /// over the ONBUILD triggers alone, as hadolint does.
    /// </summary>
    public static List<ShellCheckScript> Extract(DockerfileDocument document)
    {
        var scripts = new List<ShellCheckScript>();
        var pragmas = new List<(int Offset, string Shell)>();
        foreach (var comment in document.Comments)
        {
            if (comment.Content.Contains("hadolint", StringComparison.Ordinal) &&
                HadolintPragma.Parse(comment.Content, EmptyNames) is { Kind: HadolintPragmaKind.Shell, Shell: { } shell })
            {
                pragmas.Add((comment.Span.Start, shell));
            }
        }
        Walk(document.Instructions, pragmas, scripts);
        var triggers = new List<Instruction>();
        foreach (var instruction in document.Instructions)
        {
            if (instruction is OnbuildInstruction { Trigger: { } trigger })
            {
                triggers.Add(trigger);
            }
        }
        if (triggers.Count > 0)
        {
            Walk(triggers, [], scripts);
        }
        return scripts;
    }

    private static readonly IReadOnlySet<string> EmptyNames = new HashSet<string>();

    private static void Walk(IReadOnlyList<Instruction> instructions, List<(int Offset, string Shell)> pragmas, List<ShellCheckScript> scripts)
    {
        var defaultShell = DefaultShell;
        var shell = DefaultShell;
        var variables = new List<string>();
        var seenFrom = false;
        var stages = new Dictionary<string, (string Shell, List<string> Variables)>(StringComparer.OrdinalIgnoreCase);
        string? stageName = null;
        var nextPragma = 0;
        foreach (var instruction in instructions)
        {
            while (nextPragma < pragmas.Count && pragmas[nextPragma].Offset < instruction.Span.Start)
            {
                if (seenFrom)
                {
                    shell = pragmas[nextPragma].Shell;
                }
                else
                {
                    defaultShell = shell = pragmas[nextPragma].Shell;
                }
                nextPragma++;
            }
            switch (instruction)
            {
                case FromInstruction from:
                    if (stageName is not null)
                    {
                        stages[stageName] = (shell, variables);
                    }
                    seenFrom = true;
                    stageName = from.StageName?.Text;
                    if (from.Image is { } image && stages.TryGetValue(image.Text, out var parent))
                    {
                        shell = parent.Shell;
                        variables = [.. parent.Variables];
                    }
                    else
                    {
                        shell = defaultShell;
                        variables = [];
                    }
                    break;
                case ArgInstruction arg:
                    foreach (var declaration in arg.Declarations)
                    {
                        variables.Add(declaration.Name.Value);
                    }
                    break;
                case EnvInstruction env:
                    foreach (var pair in env.Pairs)
                    {
                        variables.Add(pair.Name);
                    }
                    break;
                case ShellInstruction { ShellArguments.Count: > 0 } shellInstruction:
                    shell = shellInstruction.ShellArguments[0].Value;
                    break;
                case RunInstruction { Command.IsExec: false } run:
                    if (Script(run, shell, variables) is { } script)
                    {
                        scripts.Add(new ShellCheckScript(run, script));
                    }
                    break;
            }
        }
    }

    private static string? Script(RunInstruction run, string shell, List<string> variables)
    {
        if (shell.Contains("pwsh", StringComparison.Ordinal) || shell.Contains("powershell", StringComparison.Ordinal) ||
            shell.Contains("cmd", StringComparison.Ordinal))
        {
            return null;
        }
        var text = run.Script.Text;
        var trimmed = text.TrimStart();
        if (trimmed.StartsWith("#!", StringComparison.Ordinal))
        {
            var end = trimmed.IndexOf('\n');
            var shebang = (end < 0 ? trimmed : trimmed[..end]).TrimEnd();
            if (!AllowedShebangs.Contains(shebang))
            {
                return null;
            }
        }
        var builder = new System.Text.StringBuilder(text.Length + 64 + variables.Count * 16);
        builder.Append("#!").Append(shell.Split(' ', 2)[0]).Append('\n');
        foreach (var name in ProxyVariables)
        {
            builder.Append("export ").Append(name).Append("=1\n");
        }
        foreach (var name in variables)
        {
            if (IsShellName(name))
            {
                builder.Append("export ").Append(name).Append("=1\n");
            }
        }
        builder.Append(text);
        if (!text.EndsWith('\n'))
        {
            builder.Append('\n');
        }
        return builder.ToString();
    }

    private static bool IsShellName(string name)
    {
        if (name.Length == 0 || char.IsAsciiDigit(name[0]))
        {
            return false;
        }
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }
        return true;
    }
}
