using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Tests.Parsing;

/// <summary>Line starts, keyword recognition, and texts the parser makes only when they are read.</summary>
public class LazyTextTests
{
    [Fact]
    public void Line_starts_match_a_character_by_character_count_for_every_length_and_newline_position()
    {
        var random = new Random(7);
        for (var length = 0; length < 140; length++)
        {
            for (var round = 0; round < 4; round++)
            {
                var chars = new char[length];
                for (var i = 0; i < length; i++)
                {
                    chars[i] = random.Next(4) == 0 ? '\n' : (char)('a' + random.Next(26));
                }
                var text = new string(chars);
                List<int> expected = [0];
                for (var i = 0; i < length; i++)
                {
                    if (text[i] == '\n')
                    {
                        expected.Add(i + 1);
                    }
                }
                var lines = new LineIndex(text);
                Assert.Equal(expected.Count, lines.LineCount);
                for (var line = 1; line <= expected.Count; line++)
                {
                    Assert.Equal(expected[line - 1], lines.LineStart(line));
                }
            }
        }
    }

    [Theory]
    [InlineData("from alpine", InstructionKind.From)]
    [InlineData("aDd a b", InstructionKind.Add)]
    [InlineData("ArG x", InstructionKind.Arg)]
    [InlineData("Copy a b", InstructionKind.Copy)]
    [InlineData("entryPOINT [\"a\"]", InstructionKind.Entrypoint)]
    [InlineData("healthcheck NONE", InstructionKind.Healthcheck)]
    [InlineData("StopSignal 9", InstructionKind.Stopsignal)]
    [InlineData("maintainer me", InstructionKind.Maintainer)]
    [InlineData("workdir /a", InstructionKind.Workdir)]
    [InlineData("onbuild RUN true", InstructionKind.Onbuild)]
    [InlineData("ADDX a b", InstructionKind.Unknown)]
    [InlineData("AD a b", InstructionKind.Unknown)]
    [InlineData("COPYRIGHT a b", InstructionKind.Unknown)]
    [InlineData("fr0m alpine", InstructionKind.Unknown)]
    public void A_keyword_is_recognised_in_any_letter_case_and_only_when_spelled_exactly(string line, InstructionKind kind)
    {
        var document = Parse.Text("FROM base\n" + line + "\n");
        Assert.Equal(kind, document.Instructions[^1].Kind);
    }

    [Theory]
    [InlineData("FROM alpine\nRUN apt-get update && \\\n    apt-get install -y curl   \n# tail\n")]
    [InlineData("FROM alpine\n  ENV A=1 \\\n  # inside\n\n    B=2\nCOPY --chown=1 a \\\nb /c/\n")]
    [InlineData("FROM alpine\nRUN <<EOF\necho hi\nEOF\nONBUILD RUN echo \\\n  later\n")]
    [InlineData("FROM alpine\nRUN echo trailing escape \\\n# only a comment follows\n")]
    public void Text_span_reads_the_same_text_as_Text_for_every_instruction_argument_and_comment(string source)
    {
        var document = Parse.Text(source);
        var tokens = new List<Token>();
        foreach (var instruction in SyntaxWalker.AllInstructions(document))
        {
            tokens.Add(instruction);
            tokens.Add(instruction.Arguments);
        }
        tokens.AddRange(document.Comments);
        foreach (var token in tokens)
        {
            // The span first: it must not depend on the string having been made.
            var span = token.TextSpan.ToString();
            Assert.Equal(span, token.Text);
            Assert.Equal(span, token.TextSpan.ToString());
        }
    }

    [Fact]
    public void Arguments_of_a_continued_instruction_are_the_joined_text_after_the_keyword()
    {
        var copy = Parse.Last<CopyInstruction>("FROM a\nCOPY --from=b \\\n  one \\\n  two /dst/\n");
        Assert.Equal("one   two /dst/", copy.Arguments.Text);
        Assert.Equal("COPY --from=b   one   two /dst/", copy.Text);
        Assert.Equal(new SourceSpan(25, 42, 3, 3, 4, 12), copy.Arguments.Span);
    }

    [Fact]
    public void A_run_script_maps_its_words_back_to_the_source_on_one_line_and_across_lines()
    {
        var document = Parse.Clean("FROM a\nRUN echo one && \\\n  echo two\nRUN  ls   -la\n");
        var joined = Assert.IsType<RunInstruction>(document.Instructions[1]);
        var single = Assert.IsType<RunInstruction>(document.Instructions[2]);
        var two = joined.Script.Commands[1].Arguments[0];
        Assert.Equal("two", document.Slice(joined.Script.SpanOf(two)));
        var la = single.Script.Commands[0].Arguments[0];
        Assert.Equal("-la", document.Slice(single.Script.SpanOf(la)));
    }

    [Fact]
    public void The_parser_finds_the_same_line_starts_as_the_line_index_for_texts_of_any_length_and_newline_density()
    {
        var random = new Random(11);
        foreach (var length in new[] { 0, 1, 31, 32, 33, 64, 65, 200, 1000, 5000, 20000 })
        {
            foreach (var density in new[] { 2, 5, 40 })
            {
                var chars = new char[length];
                for (var i = 0; i < length; i++)
                {
                    chars[i] = random.Next(density) == 0 ? '\n' : (char)('a' + random.Next(26));
                }
                var text = new string(chars);
                var expected = new LineIndex(text);
                var lines = Linting.Parsing.DockerfileParser.Parse(text).Lines;
                Assert.Equal(expected.LineCount, lines.LineCount);
                for (var line = 1; line <= expected.LineCount; line++)
                {
                    Assert.Equal(expected.LineStart(line), lines.LineStart(line));
                }
            }
        }
    }

    [Theory]
    [InlineData("FROM alpine AS build\nRUN true\n")]
    [InlineData("FROM a\nRU\\\nN echo split keyword\n")]
    [InlineData("FROM a\nonbuild   copy a b\n")]
    [InlineData("FROM a\n  Env A=1 \\\n  B=2\n")]
    [InlineData("FROM a\nbogus thing\n")]
    public void Keyword_span_and_text_span_agree_with_the_keyword_token_whether_or_not_it_was_made(string source)
    {
        var spans = new List<(SourceSpan, string)>();
        foreach (var instruction in SyntaxWalker.AllInstructions(Parse.Text(source)))
        {
            // Read before the token exists, then compare with the token itself.
            spans.Add((instruction.KeywordSpan, instruction.KeywordTextSpan.ToString()));
        }
        var tokens = SyntaxWalker.AllInstructions(Linting.Parsing.DockerfileParser.Parse(source))
            .Select(instruction => (instruction.Keyword.Span, instruction.Keyword.Text)).ToList();
        Assert.Equal(tokens, spans);
        foreach (var instruction in SyntaxWalker.AllInstructions(Linting.Parsing.DockerfileParser.Parse(source)))
        {
            var keyword = instruction.Keyword;
            Assert.Equal(keyword.Span, instruction.KeywordSpan);
            Assert.Equal(keyword.Text, instruction.KeywordTextSpan.ToString());
        }
    }

    [Fact]
    public void A_word_without_quotes_has_its_text_as_value_and_a_quoted_one_keeps_both()
    {
        var env = Parse.Last<EnvInstruction>("FROM a\nENV PLAIN=value QUOTED=\"two words\"\n");
        Assert.Equal("value", env.Pairs[0].Value!.Value);
        Assert.Same(env.Pairs[0].Value!.Text, env.Pairs[0].Value!.Value);
        Assert.Equal("\"two words\"", env.Pairs[1].Value!.Text);
        Assert.Equal("two words", env.Pairs[1].Value!.Value);
    }

    [Fact]
    public void The_image_reference_of_a_from_is_split_when_first_read_and_stays_the_same()
    {
        var from = Parse.Last<FromInstruction>("FROM registry.example.com/team/app:1.2@sha256:abc AS build\n");
        var reference = from.Reference!;
        Assert.Equal(("registry.example.com", "team/app", "1.2", "sha256:abc"), (reference.Registry, reference.Name, reference.Tag, reference.Digest));
        Assert.Same(reference, from.Reference);
        Assert.Null(Parse.Text("FROM\n").Instructions.OfType<FromInstruction>().Single().Reference);
    }
}
