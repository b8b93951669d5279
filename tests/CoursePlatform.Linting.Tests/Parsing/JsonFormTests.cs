using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Tests.Parsing;

public class JsonFormTests
{
    [Theory]
    [InlineData("CMD [\"echo\", \"hi\"]", new[] { "echo", "hi" })]
    [InlineData("CMD []", new string[0])]
    [InlineData("CMD [\"\"]", new[] { "" })]
    [InlineData("CMD [\t\"a\" ,   \"b\"\t]", new[] { "a", "b" })]
    [InlineData("CMD [\"a\\\"b\", \"c\\\\d\", \"\\/e\", \"f\\ng\", \"\\u0041\"]", new[] { "a\"b", "c\\d", "/e", "f\ng", "A" })]
    [InlineData("ENTRYPOINT [\"/bin/sh\", \"-c\"]", new[] { "/bin/sh", "-c" })]
    [InlineData("RUN [\"ls\", \"-la\"]", new[] { "ls", "-la" })]
    public void A_valid_json_array_of_strings_is_exec_form(string line, string[] arguments)
    {
        var document = Parse.Clean($"FROM a\n{line}\n");
        var command = document.Instructions[1] switch
        {
            CmdInstruction cmd => cmd.Command,
            EntrypointInstruction entrypoint => entrypoint.Command,
            RunInstruction run => run.Command,
            _ => throw new InvalidOperationException(),
        };
        Assert.True(command.IsExec);
        Assert.Equal(arguments, command.ExecArguments.Select(a => a.Value));
    }

    [Theory]
    [InlineData("CMD ['echo','single quotes are invalid JSON']")]
    [InlineData("CMD [\"echo\", \"unterminated bracket\"")]
    [InlineData("CMD [\"echo\", \"unterminated string]")]
    [InlineData("CMD \"[\\\"echo\\\", \\\"json inside a string\\\"]\"")]
    [InlineData("CMD [\"c:\\windows\\x.exe\"]")]
    [InlineData("CMD [\"a\"] trailing")]
    [InlineData("CMD [\"a\",]")]
    public void Invalid_json_is_silently_shell_form(string line)
    {
        var cmd = Parse.Last<CmdInstruction>($"FROM a\n{line}\n");
        Assert.False(cmd.Command.IsExec);
        Assert.Equal(line[4..], cmd.Command.Text.Text);
    }

    [Theory]
    [InlineData("CMD [ \"echo\", [ \"nested json\" ] ]")]
    [InlineData("RUN [\"a\", 1]")]
    [InlineData("ENTRYPOINT [null]")]
    [InlineData("VOLUME [\"/a\", {\"b\": true}]")]
    [InlineData("COPY [\"a\", false]")]
    public void A_valid_json_array_with_a_non_string_is_an_error(string line)
    {
        Parse.Error($"FROM a\n{line}\n", "when using JSON array syntax, arrays must be comprised of strings only");
    }

    [Fact]
    public void Exec_form_may_span_continuation_lines_even_inside_a_string()
    {
        var cmd = Parse.Last<CmdInstruction>("FROM a\nCMD [ \"/bin/sh\", \"-c\", \\\n      \"echo foo && \\\n       echo bar\" \\\n    ]\n");
        Assert.True(cmd.Command.IsExec);
        Assert.Equal(["/bin/sh", "-c", "echo foo &&        echo bar"], cmd.Command.ExecArguments.Select(a => a.Value));
    }

    [Fact]
    public void Exec_arguments_keep_their_literal_and_span()
    {
        var cmd = Parse.Last<CmdInstruction>("FROM a\nCMD [\"a\\\"b\"]\n");
        var argument = Assert.Single(cmd.Command.ExecArguments);
        Assert.Equal("\"a\\\"b\"", argument.Text);
        Assert.Equal((2, 6, 2, 12), (argument.Span.StartLine, argument.Span.StartColumn, argument.Span.EndLine, argument.Span.EndColumn));
    }

    [Fact]
    public void The_run_script_of_exec_form_is_the_arguments_joined_with_spaces()
    {
        var run = Parse.Last<RunInstruction>("FROM a\nRUN [\"apt-get\", \"install\", \"curl\"]\n");
        Assert.Equal("apt-get install curl", run.Command.ScriptText);
        Assert.Equal("apt-get install curl", run.Script.Text);
        var curl = run.Script.Commands[0].Arguments[^1];
        var span = run.Script.SpanOf(curl);
        Assert.Equal("curl", run.Script.Text[curl.Start..curl.End]);
        Assert.Equal((29, 33), (span.StartColumn, span.EndColumn));
    }

    [Fact]
    public void Shell_requires_json_form()
    {
        Parse.Error("FROM a\nSHELL /bin/sh -c\n", "SHELL requires the arguments to be in JSON form");
        Parse.Error("FROM a\nSHELL []\n", "SHELL requires at least one argument");
        Parse.Error("FROM a\nSHELL\n", "SHELL requires at least one argument");
        var shell = Parse.Last<ShellInstruction>("FROM a\nSHELL [\"pwsh\", \"-c\"]\n");
        Assert.Equal(["pwsh", "-c"], shell.ShellArguments.Select(a => a.Value));
    }

    [Fact]
    public void Flags_come_before_the_json()
    {
        var document = Parse.Text("FROM a\nCMD --doit [ \"a\", \"b\" ]\n");
        var cmd = Assert.IsType<CmdInstruction>(document.Instructions[1]);
        Assert.True(cmd.Command.IsExec);
        Assert.Equal("doit", Assert.Single(cmd.Flags).Name.Text);
        Assert.Equal("unknown flag: --doit", Assert.Single(document.Diagnostics).Message);
    }

    [Theory]
    [InlineData("COPY [\"a b\", \"/c d/\"]", true, new[] { "a b" }, "/c d/")]
    [InlineData("COPY \"a b\" /x", false, new[] { "\"a", "b\"" }, "/x")]
    [InlineData("ADD [\"src\", \"/dst\"]", true, new[] { "src" }, "/dst")]
    public void Copy_and_add_read_json_or_split_on_blanks_without_quotes(string line, bool isJson, string[] sources, string destination)
    {
        var document = Parse.Text($"FROM a\n{line}\n");
        var transfer = Assert.IsAssignableFrom<FileTransferInstruction>(document.Instructions[1]);
        Assert.Equal(isJson, transfer.IsJson);
        Assert.Equal(sources, transfer.Sources.Select(s => isJson ? s.Value : s.Text));
        Assert.Equal(destination, isJson ? transfer.Destination!.Value : transfer.Destination!.Text);
    }

    [Theory]
    [InlineData("VOLUME [\"/a\", \"/b\"]", true, new[] { "/a", "/b" })]
    [InlineData("VOLUME /a /b", false, new[] { "/a", "/b" })]
    public void Volume_reads_json_or_blank_separated_paths(string line, bool isJson, string[] paths)
    {
        var volume = Parse.Last<VolumeInstruction>($"FROM a\n{line}\n");
        Assert.Equal(isJson, volume.IsJson);
        Assert.Equal(paths, volume.Paths.Select(p => p.Value));
    }

    [Theory]
    [InlineData("VOLUME", "VOLUME requires at least one argument")]
    [InlineData("VOLUME []", "VOLUME requires at least one argument")]
    [InlineData("VOLUME [\"\"]", "VOLUME specified can not be an empty string")]
    public void Volume_needs_non_empty_paths(string line, string message)
    {
        Parse.Error($"FROM a\n{line}\n", message);
    }
}
