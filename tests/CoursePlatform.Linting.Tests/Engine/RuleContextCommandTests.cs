using CoursePlatform.Linting.Configuration;
using CoursePlatform.Linting.Parsing;
using CoursePlatform.Linting.Rules;

namespace CoursePlatform.Linting.Tests.Engine;

public class RuleContextCommandTests
{
    private static RuleContext ContextFor(string dockerfile, bool onbuildPass = false)
    {
        var document = DockerfileParser.Parse(dockerfile);
        var instructions = onbuildPass
            ? Syntax.ReadOnlyArray.Create<Syntax.Instruction>([.. document.Instructions.OfType<Syntax.OnbuildInstruction>().Select(o => o.Trigger!)])
            : document.Instructions;
        var rule = RuleCatalog.All[0];
        return new RuleContext(rule, document, instructions, onbuildPass, LintOptions.Default, []);
    }

    [Fact]
    public void Uses_command_sees_commands_inside_chains_subshells_and_substitutions()
    {
        var context = ContextFor("FROM debian\nRUN cd /x && (apk add curl) | tee \"$(wget -qO- u)\"\n");

        Assert.True(context.UsesCommand("cd"));
        Assert.True(context.UsesCommand("apk"));
        Assert.True(context.UsesCommand("tee"));
        Assert.True(context.UsesCommand("wget"));
    }

    [Fact]
    public void Uses_command_matches_the_literal_name_only()
    {
        var context = ContextFor("FROM debian\nRUN /usr/bin/apt-get install -y curl && pip3 install x\n");

        Assert.False(context.UsesCommand("apt-get"));
        Assert.True(context.UsesCommand("/usr/bin/apt-get"));
        Assert.False(context.UsesCommand("pip"));
        Assert.True(context.UsesCommandStartingWith("pip"));
        Assert.False(context.UsesCommandStartingWith("python"));
    }

    [Fact]
    public void Uses_any_command_is_false_for_a_file_without_run()
    {
        var context = ContextFor("FROM debian\nCMD [\"apt-get\", \"install\"]\n");

        Assert.False(context.UsesAnyCommand("apt-get", "apt", "aptitude"));
    }

    [Fact]
    public void The_onbuild_pass_knows_only_the_commands_of_its_triggers()
    {
        const string Dockerfile = "FROM debian\nRUN apt-get update\nONBUILD RUN yarn install\n";

        Assert.True(ContextFor(Dockerfile).UsesCommand("apt-get"));
        Assert.False(ContextFor(Dockerfile).UsesCommand("yarn"));
        Assert.True(ContextFor(Dockerfile, onbuildPass: true).UsesCommand("yarn"));
        Assert.False(ContextFor(Dockerfile, onbuildPass: true).UsesCommand("apt-get"));
    }

    [Fact]
    public void Calls_of_a_name_are_every_call_in_source_order_across_runs_and_nested_commands()
    {
        var context = ContextFor(
            "FROM debian\nRUN apt-get update && echo \"$(apt-get -v)\"\nCOPY a /a\nRUN echo hi\nRUN apt-get install -y curl\n");

        var calls = Calls(context, "apt-get");

        Assert.Equal([(0, "update"), (0, "-v"), (2, "install")], calls.Select(c => (c.RunIndex, c.Command.ArgumentValue(0).ToString())));
        Assert.All(calls, c => Assert.Equal("apt-get", c.Command.Name));
        Assert.Same(context.InstructionsOf(Syntax.InstructionKind.Run)[2], calls[2].Run);
        Assert.Empty(Calls(context, "apk"));
    }

    private static List<RuleContext.CommandCall> Calls(RuleContext context, string name)
    {
        var calls = new List<RuleContext.CommandCall>();
        foreach (var call in context.CallsOf(name))
        {
            calls.Add(call);
        }
        return calls;
    }
}
