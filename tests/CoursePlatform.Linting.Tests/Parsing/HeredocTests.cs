using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Tests.Parsing;

public class HeredocTests
{
    [Fact]
    public void A_run_heredoc_body_and_terminator_belong_to_the_instruction()
    {
        var document = Parse.Clean("FROM a\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\nUSER app\n");
        var run = Assert.IsType<RunInstruction>(document.Instructions[1]);
        var heredoc = Assert.Single(run.Heredocs);
        Assert.Equal("EOF", heredoc.Delimiter);
        Assert.Equal("apt-get update\napt-get install -y curl\n", heredoc.Body.Text);
        Assert.Equal("EOF", heredoc.Terminator!.Text);
        Assert.Equal((2, 5), (run.Line, run.EndLine));
        Assert.Equal("<<EOF", run.Arguments.Text);
        Assert.True(heredoc.Expand);
        Assert.Equal(6, document.Instructions[2].Line);
    }

    [Fact]
    public void Two_heredocs_may_contain_each_others_delimiter()
    {
        var copy = Parse.Last<CopyInstruction>("FROM a\nCOPY <<X <<Y /dest\nY\nX\nX\nY\n");
        Assert.Equal(["X", "Y"], copy.Heredocs.Select(h => h.Delimiter));
        Assert.Equal(["Y\n", "X\n"], copy.Heredocs.Select(h => h.Body.Text));
        Assert.Equal(["<<X", "<<Y"], copy.Sources.Select(s => s.Text));
        Assert.Equal("/dest", copy.Destination!.Text);
        Assert.Equal(6, copy.EndLine);
    }

    [Fact]
    public void Strip_tabs_heredocs_end_at_a_tab_indented_terminator()
    {
        var run = Parse.Last<RunInstruction>("FROM a\nRUN <<-UNINDENT2\n\tbaz\n\tquux\n\tUNINDENT2\n");
        var heredoc = Assert.Single(run.Heredocs);
        Assert.True(heredoc.StripTabs);
        Assert.Equal("\tbaz\n\tquux\n", heredoc.Body.Text);
        Assert.Equal("baz\nquux\n", heredoc.Content);
        Assert.Equal("\tUNINDENT2", heredoc.Terminator!.Text);
    }

    [Fact]
    public void Without_the_dash_an_indented_terminator_is_body_text()
    {
        var document = Parse.Text("FROM a\nRUN <<EOF\n  EOF\n");
        Assert.Equal("unterminated heredoc", Assert.Single(document.Diagnostics).Message);
        Assert.Equal("  EOF", Assert.Single(document.Instructions[1].Heredocs).Body.Text);
    }

    [Theory]
    [InlineData("<<EOF", "EOF", true)]
    [InlineData("<<'EOF'", "EOF", false)]
    [InlineData("<<\"EOF\"", "EOF", false)]
    [InlineData("<<EO\"F\"", "EOF", false)]
    [InlineData("<<eo'f'", "eof", false)]
    [InlineData("<<eo\\'f", "eo'f", true)]
    [InlineData("<<'e'o\\'f", "eo'f", false)]
    [InlineData("<<$EOF", "$EOF", true)]
    [InlineData("<<  EOF", "EOF", true)]
    [InlineData("<<-  EOF", "EOF", true)]
    public void Quoted_delimiters_turn_expansion_off(string marker, string delimiter, bool expand)
    {
        var run = Parse.Last<RunInstruction>($"FROM a\nRUN {marker}\necho\n{delimiter}\n");
        var heredoc = Assert.Single(run.Heredocs);
        Assert.Equal(delimiter, heredoc.Delimiter);
        Assert.Equal(expand, heredoc.Expand);
        Assert.Equal(marker, heredoc.Marker.Text);
    }

    [Fact]
    public void A_quoted_delimiter_may_contain_a_space()
    {
        var run = Parse.Last<RunInstruction>("FROM a\nRUN <<'one two'\necho\none two\n");
        Assert.Equal("one two", Assert.Single(run.Heredocs).Delimiter);
        Assert.False(run.Heredocs[0].Expand);
    }

    [Fact]
    public void A_blank_after_the_marker_operator_still_makes_a_heredoc()
    {
        var run = Parse.Last<RunInstruction>("FROM a\nRUN <<  EOF  > foo\nbar\nEOF\n");
        Assert.Equal("EOF", Assert.Single(run.Heredocs).Delimiter);
    }

    [Fact]
    public void File_descriptor_digits_are_read()
    {
        var run = Parse.Last<RunInstruction>("FROM a\nRUN cat 3<<EOF\nx\nEOF\n");
        Assert.Equal(3, Assert.Single(run.Heredocs).FileDescriptor);
    }

    [Theory]
    [InlineData("RUN \"<<NOHEREDOC\"")]
    [InlineData("RUN [\"<<EOF\"]")]
    [InlineData("RUN cat <<")]
    [InlineData("RUN cat <<-")]
    [InlineData("RUN cat <EOF")]
    [InlineData("RUN cat <<<EOF")]
    [InlineData("CMD cat <<EOF")]
    [InlineData("ENV A=<<EOF")]
    public void These_are_not_heredocs(string line)
    {
        // Were it a heredoc, the USER line would become its (unterminated) body.
        var document = Parse.Clean($"FROM a\n{line}\nUSER x\n");
        Assert.Empty(document.Instructions[1].Heredocs);
        Assert.Equal(3, document.Instructions.Count);
    }

    [Fact]
    public void Keywords_without_heredoc_support_leave_the_next_line_as_an_instruction()
    {
        var document = Parse.Text("FROM a\nUSER <<INVALID\nINVALID\n");
        Assert.Equal(3, document.Instructions.Count);
        Assert.Equal("unknown instruction: INVALID", Assert.Single(document.Diagnostics).Message);
    }

    [Fact]
    public void An_unterminated_heredoc_takes_the_rest_of_the_file_and_is_reported_on_its_marker()
    {
        var text = "FROM a\nRUN <<EOF\necho hi\n";
        Assert.Equal("<<EOF", Parse.Underlined(text, "unterminated heredoc"));
        var run = Assert.IsType<RunInstruction>(Parse.Text(text).Instructions[1]);
        Assert.Null(run.Heredocs[0].Terminator);
        Assert.Equal("echo hi", run.Heredocs[0].Body.Text);
    }

    [Theory]
    [InlineData("<<'EOF")]
    [InlineData("<<EOF\"")]
    public void Unbalanced_quotes_in_a_delimiter_are_reported(string marker)
    {
        var document = Parse.Text($"FROM a\nRUN cat {marker}\n");
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.StartsWith("unbalanced quotes in heredoc delimiter", diagnostic.Message);
        Assert.Empty(document.Instructions[1].Heredocs);
    }

    [Fact]
    public void A_heredoc_as_copy_destination_is_an_error()
    {
        Assert.Equal("<<EOF", Parse.Underlined("FROM a\nCOPY foo <<EOF\nbar\nEOF\n", "COPY cannot accept a heredoc as a destination"));
    }

    [Fact]
    public void Onbuild_triggers_may_use_heredocs()
    {
        var document = Parse.Clean("FROM a\nONBUILD RUN <<EOF\necho hi\nEOF\nUSER x\n");
        var onbuild = Assert.IsType<OnbuildInstruction>(document.Instructions[1]);
        var trigger = Assert.IsType<RunInstruction>(onbuild.Trigger);
        Assert.Equal("echo hi\n", Assert.Single(trigger.Heredocs).Body.Text);
        Assert.Equal((2, 4), (onbuild.Line, onbuild.EndLine));
        Assert.Equal(onbuild.Span.End, trigger.Span.End);
    }

    [Fact]
    public void Heredoc_bodies_keep_comments_blank_lines_and_escapes_raw()
    {
        var run = Parse.Last<RunInstruction>("FROM a\nRUN <<EOF\n# not a comment \\\n\nline\\\nEOF\n");
        Assert.Equal("# not a comment \\\n\nline\\\n", run.Heredocs[0].Body.Text);
    }

    [Fact]
    public void Crlf_heredoc_terminators_are_recognised()
    {
        var run = Parse.Last<RunInstruction>("FROM a\r\nRUN <<EOF\r\necho\r\nEOF\r\n");
        Assert.Equal("echo\r\n", run.Heredocs[0].Body.Text);
        Assert.Equal("EOF", run.Heredocs[0].Terminator!.Text);
    }

    [Fact]
    public void The_script_of_a_heredoc_only_run_is_the_body()
    {
        var run = Parse.Last<RunInstruction>("FROM a\nRUN <<EOF\napt-get update\nEOF\n");
        Assert.Equal("apt-get update", run.Script.Text);
        var command = Assert.Single(run.Script.Commands, c => c.Name == "apt-get");
        var span = run.Script.SpanOf(command.Arguments[0]);
        Assert.Equal((3, 9, 3, 15), (span.StartLine, span.StartColumn, span.EndLine, span.EndColumn));
    }

    [Fact]
    public void The_script_of_a_command_with_a_heredoc_is_the_text_before_the_marker()
    {
        var run = Parse.Last<RunInstruction>("FROM a\nRUN python3 <<EOF\nprint(1)\nEOF\n");
        Assert.Equal("python3", run.Script.Text);
    }
}
