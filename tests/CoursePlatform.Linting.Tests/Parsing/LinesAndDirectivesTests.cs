using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Tests.Parsing;

public class LinesAndDirectivesTests
{
    [Fact]
    public void Crlf_files_parse_like_lf_files_and_spans_exclude_the_carriage_return()
    {
        var document = Parse.Clean("FROM alpine\r\nRUN echo hi \\\r\n  there\r\n");
        Assert.Equal(2, document.Instructions.Count);
        var run = Assert.IsType<RunInstruction>(document.Instructions[1]);
        Assert.Equal("echo hi   there", run.Command.Text.Text);
        Assert.Equal(new SourceSpan(13, 35, 2, 1, 3, 8), run.Span);
        Assert.Equal("alpine", Assert.IsType<FromInstruction>(document.Instructions[0]).Image!.Text);
    }

    [Fact]
    public void A_utf8_bom_is_skipped_but_kept_in_the_source()
    {
        var document = Parse.Clean("\uFEFF# syntax=docker/dockerfile:1\nFROM alpine\n");
        Assert.Equal("\uFEFF# syntax=docker/dockerfile:1\nFROM alpine\n", document.Source);
        Assert.Equal("docker/dockerfile:1", Assert.Single(document.Directives).Value.Text);
        Assert.Equal(2, Assert.Single(document.Instructions).Line);
    }

    [Fact]
    public void Leading_whitespace_before_a_keyword_or_comment_is_ignored()
    {
        var document = Parse.Clean("   FROM alpine\n\t  # note\n  RUN true\n");
        Assert.Equal("FROM", document.Instructions[0].Keyword.Text);
        Assert.Equal(4, document.Instructions[0].Span.StartColumn);
        Assert.Equal(" note", Assert.Single(document.Comments).Content);
        Assert.Equal("# note", document.Comments[0].Text);
    }

    [Theory]
    [InlineData("# first\nFROM a\n  # second \r\n#\nRUN true\n# last")]
    [InlineData("\uFEFF# syntax=docker/dockerfile:1\n\t# a note\r\nFROM a\n")]
    [InlineData("\uFEFF#  not a directive:\nFROM a\n")]
    public void Comment_spans_and_contents_read_without_the_comments_match_the_comments(string text)
    {
        var document = Parse.Text(text);
        var comments = document.Comments;
        Assert.NotEmpty(comments);
        Assert.Equal(comments.Count, document.CommentCount);
        for (var i = 0; i < comments.Count; i++)
        {
            Assert.Equal(comments[i].Span, document.CommentSpan(i));
            Assert.Equal(comments[i].Content, document.CommentContent(i).ToString());
        }
    }

    [Fact]
    public void Preceding_comments_are_the_same_objects_as_the_documents_comments()
    {
        var document = Parse.Clean("# one\n# two\nFROM a\n");
        var preceding = document.Instructions[0].PrecedingComments;
        Assert.Equal(2, preceding.Count);
        Assert.Same(document.Comments[0], preceding[0]);
        Assert.Same(document.Comments[1], preceding[1]);
    }

    [Fact]
    public void A_hash_inside_an_instruction_is_text_not_a_comment()
    {
        var run = Parse.Last<RunInstruction>("FROM a\nRUN echo 'a # b' # not a comment\n");
        Assert.Equal("echo 'a # b' # not a comment", run.Command.Text.Text);
    }

    [Fact]
    public void A_zero_byte_file_is_reported_as_empty()
    {
        Assert.Equal(["the Dockerfile cannot be empty"], Parse.Errors(""));
    }

    [Theory]
    [InlineData("# only a comment\n")]
    [InlineData("\n\n   \n")]
    [InlineData("# syntax=docker/dockerfile:1\n")]
    [InlineData("\uFEFF")]
    public void A_file_without_instructions_is_reported(string text)
    {
        Assert.Equal(["file with no instructions"], Parse.Errors(text));
    }

    [Fact]
    public void A_line_longer_than_64_KiB_is_reported_on_that_line()
    {
        var text = "FROM alpine\nRUN echo " + new string('x', 70_000) + "\n";
        var diagnostic = Parse.Error(text, "dockerfile line greater than max allowed size of 65535");
        Assert.Equal(2, diagnostic.Span.StartLine);
    }

    [Theory]
    [InlineData("# syntax=docker/dockerfile:1", "syntax", "docker/dockerfile:1")]
    [InlineData("#syntax=x", "syntax", "x")]
    [InlineData("# syntax =x", "syntax", "x")]
    [InlineData("#\tsyntax= x  ", "syntax", "x")]
    [InlineData("# SYNTAX=Value", "syntax", "Value")]
    [InlineData("# ESCAPE=\\", "escape", "\\")]
    [InlineData("# check=skip=all;error=true", "check", "skip=all;error=true")]
    [InlineData("  # escape=`", "escape", "`")]
    public void Directives_accept_every_spacing_and_key_case(string line, string name, string value)
    {
        var document = Parse.Clean(line + "\nFROM alpine\n");
        var directive = Assert.Single(document.Directives);
        Assert.Equal(name, directive.Name);
        Assert.Equal(value, directive.Value.Text);
        Assert.Empty(document.Comments);
    }

    [Fact]
    public void Several_directives_form_one_block()
    {
        var document = Parse.Clean("# syntax=docker/dockerfile:1\n# escape=`\n# check=skip=all\nFROM alpine\n");
        Assert.Equal(["syntax", "escape", "check"], document.Directives.Select(d => d.Name));
        Assert.Equal('`', document.EscapeChar);
    }

    [Theory]
    [InlineData("\n# escape=`\nFROM a\n")]
    [InlineData("# a comment\n# escape=`\nFROM a\n")]
    [InlineData("# unknowndirective=value\n# escape=`\nFROM a\n")]
    [InlineData("#!/usr/bin/env docker\n# escape=`\nFROM a\n")]
    [InlineData("FROM a\n# escape=`\n")]
    public void The_directive_block_ends_at_the_first_line_that_is_not_a_known_directive(string text)
    {
        var document = Parse.Clean(text);
        Assert.Empty(document.Directives);
        Assert.Equal('\\', document.EscapeChar);
        Assert.Contains(document.Comments, c => c.Content == " escape=`");
    }

    [Fact]
    public void A_comment_before_the_escape_directive_keeps_the_backslash_as_continuation()
    {
        var document = Parse.Clean("# Comment here. Should not be looking for the following parser directive.\n# escape=`\n\nFROM image\nLABEL maintainer foo@bar.com\nENV GOPATH \\\n\\go\n");
        var env = Assert.IsType<EnvInstruction>(document.Instructions[^1]);
        Assert.Equal("\\go", env.Pairs[0].Value!.Text);
    }

    [Fact]
    public void The_escape_directive_needs_no_blank_line_after_it()
    {
        var document = Parse.Clean("# escape=`\nFROM image\nRUN echo a `\n  b\n");
        Assert.Equal("echo a   b", Assert.IsType<RunInstruction>(document.Instructions[1]).Command.Text.Text);
    }

    [Fact]
    public void A_repeated_directive_is_an_error()
    {
        var diagnostic = Parse.Error("# escape=`\n# escape=\\\nFROM a\n", "only one escape parser directive can be used");
        Assert.Equal(2, diagnostic.Span.StartLine);
    }

    [Theory]
    [InlineData("x")]
    [InlineData("``")]
    [InlineData("\\\\")]
    public void An_escape_directive_other_than_backslash_or_backtick_is_an_error(string value)
    {
        Parse.Error($"# escape={value}\nFROM a\n", $"invalid escape token '{value}' does not match ` or \\");
    }

    [Fact]
    public void Directive_shaped_comments_later_in_the_file_are_plain_comments()
    {
        var document = Parse.Clean("FROM a\n# syntax=x\nRUN true\n");
        Assert.Empty(document.Directives);
        Assert.Equal(" syntax=x", Assert.Single(document.Comments).Content);
        Assert.Single(document.Instructions[1].PrecedingComments);
    }

    [Fact]
    public void Preceding_comments_are_the_block_directly_above_and_blank_lines_do_not_break_it()
    {
        var document = Parse.Clean("# syntax=x\n# first\n\n# second\nFROM a\nRUN true\n");
        Assert.Equal([" first", " second"], document.Instructions[0].PrecedingComments.Select(c => c.Content));
        Assert.Empty(document.Instructions[1].PrecedingComments);
    }

    [Fact]
    public void Preceding_comments_read_in_place_match_the_comment_objects()
    {
        var document = Parse.Clean("FROM a\n  # first  \r\n\n#second\nRUN true\n");
        var run = document.Instructions[1];
        Assert.Equal(2, run.PrecedingCommentCount);
        for (var i = 0; i < run.PrecedingCommentCount; i++)
        {
            Assert.Equal(run.PrecedingComments[i].Content, run.PrecedingCommentContent(i).ToString());
            Assert.Equal(run.PrecedingComments[i].Span, run.PrecedingCommentSpan(i));
        }
        Assert.Equal(0, document.Instructions[0].PrecedingCommentCount);
        Assert.Throws<ArgumentOutOfRangeException>(() => run.PrecedingCommentSpan(2));
    }

    [Fact]
    public void A_bare_hash_line_resets_the_preceding_comment_block()
    {
        var document = Parse.Clean("# dropped\n#\n# kept\nARG x\n");
        Assert.Equal([" kept"], document.Instructions[0].PrecedingComments.Select(c => c.Content));
        Assert.Equal(3, document.Comments.Count);
    }

    [Fact]
    public void Directives_are_not_preceding_comments()
    {
        var document = Parse.Clean("# check=skip=all\nFROM a\n");
        Assert.Empty(document.Instructions[0].PrecedingComments);
    }

    [Fact]
    public void Keywords_are_case_insensitive_and_keep_their_spelling()
    {
        var document = Parse.Clean("from alpine\nRun true\ncoPY a b\n");
        Assert.Equal([InstructionKind.From, InstructionKind.Run, InstructionKind.Copy], document.Instructions.Select(i => i.Kind));
        Assert.Equal(["from", "Run", "coPY"], document.Instructions.Select(i => i.Keyword.Text));
    }
}
