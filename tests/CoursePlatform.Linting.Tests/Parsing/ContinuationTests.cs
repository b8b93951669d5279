using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Tests.Parsing;

public class ContinuationTests
{
    // BuildKit's continueIndent test file: the next line is appended directly and keeps its leading whitespace.
    [Theory]
    [InlineData("RUN echo hello\\\n  world\\\n  goodnight  \\\n  moon\\\n  light\\\nning", "echo hello  world  goodnight    moon  lightning")]
    [InlineData("RUN echo hello  \\\n  world", "echo hello    world")]
    [InlineData("RUN echo hello  \\\nworld", "echo hello  world")]
    [InlineData("RUN echo hello \\\ngoodbye\\\nfrog", "echo hello goodbyefrog")]
    [InlineData("RUN echo hello  \\  \nworld", "echo hello  world")]
    [InlineData("RUN echo hi \\\n \\\n world \\\n\\\n good\\\n\\\nnight", "echo hi   world  goodnight")]
    [InlineData("RUN echo goodbye\\\nfrog", "echo goodbyefrog")]
    [InlineData("RUN echo good\\\nbye\\\nfrog", "echo goodbyefrog")]
    public void Continuation_lines_are_joined_without_anything_inserted(string run, string expected)
    {
        Assert.Equal(expected, Parse.Last<RunInstruction>($"FROM a\n{run}\n").Command.Text.Text);
    }

    [Fact]
    public void Comment_and_blank_lines_inside_a_continuation_are_dropped_and_do_not_end_it()
    {
        var document = Parse.Clean("FROM a\nRUN echo hello \\\n# this is a comment\n\n# another\n\nthis is some more useful stuff\n");
        var run = Assert.IsType<RunInstruction>(document.Instructions[1]);
        Assert.Equal("echo hello this is some more useful stuff", run.Command.Text.Text);
        Assert.Equal((2, 7), (run.Line, run.EndLine));
        Assert.Equal([4, 6], run.EmptyContinuationLines.Select(s => s.StartLine));
        Assert.Empty(document.Comments);
    }

    [Fact]
    public void Empty_continuation_lines_are_recorded_and_the_instruction_ends_on_its_last_line()
    {
        // BuildKit: NoEmptyContinuation is reported on line 6, the COPY's last line.
        var document = Parse.Clean("\nFROM scratch\n# warning: empty continuation line\nCOPY Dockerfile \\\n\n.\nCOPY Dockerfile \\\n.\n");
        var first = Assert.IsType<CopyInstruction>(document.Instructions[1]);
        Assert.Equal(6, first.EndLine);
        Assert.Equal(5, Assert.Single(first.EmptyContinuationLines).StartLine);
        Assert.Empty(document.Instructions[2].EmptyContinuationLines);
    }

    [Fact]
    public void Several_empty_continuation_lines_keep_the_following_indentation()
    {
        var run = Parse.Last<RunInstruction>("FROM a\nRUN something \\\n\n    following \\\n\n    more\n");
        Assert.Equal("RUN something     following     more", run.Text);
        Assert.Equal(2, run.EmptyContinuationLines.Count);
    }

    [Fact]
    public void A_continuation_at_the_end_of_the_file_ends_the_instruction()
    {
        var run = Parse.Last<RunInstruction>("FROM a\nRUN something \\");
        Assert.Equal("something", run.Command.Text.Text);
        Assert.Equal(2, run.EndLine);
    }

    [Fact]
    public void A_trailing_newline_after_a_final_continuation_is_not_an_empty_continuation_line()
    {
        Assert.Empty(Parse.Last<RunInstruction>("FROM a\nRUN something \\\n").EmptyContinuationLines);
    }

    [Fact]
    public void Comments_never_continue()
    {
        var document = Parse.Clean("FROM alpine:3.6\n# \\\n# should solve DL4006\nSHELL [\"/bin/sh\", \"-o\", \"pipefail\", \"-c\"]\n");
        Assert.IsType<ShellInstruction>(document.Instructions[1]);
        Assert.Equal(2, document.Comments.Count);
    }

    [Theory]
    [InlineData("ENV E hello\\\n\\\nworld", "helloworld")]
    [InlineData("ENV F hello\\\n \\\nworld", "hello world")]
    [InlineData("ENV G hello \\\n\\\nworld", "hello world")]
    public void A_line_holding_only_the_escape_token_adds_nothing(string env, string value)
    {
        Assert.Equal(value, Parse.Last<EnvInstruction>($"FROM a\n{env}\n").Pairs[0].Value!.Value);
    }

    [Fact]
    public void An_escaped_escape_at_the_end_of_a_line_does_not_continue()
    {
        var document = Parse.Clean("FROM a\nENV C trailing\\\\backslash\\\\\nENV D This should not be appended to C\n");
        Assert.Equal(3, document.Instructions.Count);
        var c = Assert.IsType<EnvInstruction>(document.Instructions[1]);
        Assert.Equal("trailing\\\\backslash\\\\", c.Pairs[0].Value!.Text);
        Assert.Equal("trailing\\backslash\\", c.Pairs[0].Value!.Value);
    }

    [Fact]
    public void The_backtick_escape_continues_lines_and_a_backslash_is_then_plain_text()
    {
        var document = Parse.Clean("# escape=`\nFROM windows\nRUN dir c:\\ `\n    && echo done\nCOPY c:\\src\\ c:\\dst\\\n");
        Assert.Equal("dir c:\\     && echo done", Assert.IsType<RunInstruction>(document.Instructions[1]).Command.Text.Text);
        var copy = Assert.IsType<CopyInstruction>(document.Instructions[2]);
        Assert.Equal("c:\\dst\\", copy.Destination!.Value);
    }

    [Fact]
    public void A_line_of_only_the_escape_token_starts_an_instruction_on_the_next_line()
    {
        var document = Parse.Clean("FROM a\n\\\nRUN true\n");
        var run = Assert.IsType<RunInstruction>(document.Instructions[1]);
        Assert.Equal("true", run.Command.Text.Text);
        Assert.Equal(3, run.Span.StartLine);
    }

    [Fact]
    public void Words_spanning_a_continuation_map_to_both_lines()
    {
        var env = Parse.Last<EnvInstruction>("FROM a\nENV A=\"hel\\\n  lo\"\n");
        var value = env.Pairs[0].Value!;
        Assert.Equal("\"hel  lo\"", value.Text);
        Assert.Equal("hel  lo", value.Value);
        Assert.Equal((2, 7, 3, 6), (value.Span.StartLine, value.Span.StartColumn, value.Span.EndLine, value.Span.EndColumn));
    }

    [Fact]
    public void Arguments_map_logical_offsets_back_to_the_source()
    {
        var run = Parse.Last<RunInstruction>("FROM a\nRUN apt-get update \\\n    && apt-get install -y curl\n");
        var offset = run.Arguments.Text.IndexOf("curl", StringComparison.Ordinal);
        var span = run.MapArguments(offset, offset + 4);
        Assert.Equal((3, 27, 3, 31), (span.StartLine, span.StartColumn, span.EndLine, span.EndColumn));
    }

    [Theory]
    [InlineData("RUN --network=none apt-get install \\\n    -y curl && rm -rf \"/var/lib\"  ")]
    [InlineData("RUN   echo $(date) `id`; x=1 cat f | tee \\\n  # note\n  out\t\n")]
    public void A_script_has_the_command_text_and_word_offsets_into_it(string source)
    {
        var run = (RunInstruction)Parse.Clean($"FROM a\n{source}").Instructions[1];
        var script = run.Script;
        Assert.Equal(run.Command.Text.Text, script.Text);
        Assert.Equal(run.Arguments.Text, script.Text);
        Assert.NotEmpty(script.Commands);
        foreach (var command in script.Commands)
        {
            Assert.InRange(command.Start, 0, command.End);
            Assert.InRange(command.End, command.Start, script.Text.Length);
            foreach (var word in command.Arguments)
            {
                Assert.Equal(word.Raw, script.Text[word.Start..word.End]);
                Assert.InRange(script.SpanOf(word).Start, run.Span.Start, run.Span.End);
            }
        }
    }
}
