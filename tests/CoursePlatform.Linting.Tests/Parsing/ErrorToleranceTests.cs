using CoursePlatform.Linting.Parsing;
using CoursePlatform.Linting.Syntax;
using CsCheck;

namespace CoursePlatform.Linting.Tests.Parsing;

public class ErrorToleranceTests
{
    [Theory]
    [InlineData("FROM", "FROM requires either one or three arguments")]
    [InlineData("RUN --mount=", "invalid field '' must be a key=value pair")]
    [InlineData("COPY", "COPY requires at least two arguments, but only one was provided. Destination could not be determined")]
    [InlineData("ENV a=\"unterminated", "unexpected end of statement while looking for matching double-quote")]
    [InlineData("ENV =x", "ENV names can not be blank")]
    [InlineData("[", "unknown instruction: [")]
    [InlineData("\"unterminated", "unknown instruction: \"unterminated")]
    [InlineData("HEALTHCHECK --interval= CMD x", null)]
    [InlineData("HEALTHCHECK --interval CMD x", "missing a value on flag: --interval")]
    [InlineData("RUN <<EOF", "unterminated heredoc")]
    [InlineData("COPY <<EOF", "unterminated heredoc")]
    [InlineData("RUN <<'EOF", "unbalanced quotes in heredoc delimiter: <<'EOF")]
    [InlineData("ONBUILD", "ONBUILD requires at least one argument")]
    [InlineData("ONBUILD RUN --mount=type=x true", "unsupported mount type \"x\"")]
    [InlineData("SHELL [1]", "when using JSON array syntax, arrays must be comprised of strings only")]
    [InlineData("LABEL", "LABEL requires at least one argument")]
    [InlineData("ARG", "ARG requires at least one argument")]
    [InlineData("RUN --", null)]
    [InlineData("RUN -- ", null)]
    [InlineData("RUN --mount", "missing a value on flag: --mount")]
    [InlineData("RUN --mount=\"type=cache", null)]
    [InlineData("CMD [\"a\"", null)]
    [InlineData("RUN \\", null)]
    [InlineData("RUN", null)]
    [InlineData("CMD", null)]
    [InlineData("ENTRYPOINT", null)]
    [InlineData("EXPOSE 80 \\", null)]
    public void Half_typed_input_gives_a_tree_and_says_what_is_wrong(string line, string? message)
    {
        var document = Parse.Text($"FROM a\n{line}");
        Assert.Equal(2, document.Instructions.Count);
        if (message is null)
        {
            Assert.Empty(document.Diagnostics);
        }
        else
        {
            Assert.Contains(message, document.Diagnostics.Select(d => d.Message));
            Assert.All(document.Diagnostics, d => Assert.Equal(2, d.Span.StartLine));
        }
    }

    private static readonly string[] Fragments =
    [
        "FROM ", "RUN ", "COPY ", "ADD ", "ENV ", "LABEL ", "ARG ", "ONBUILD ", "HEALTHCHECK ", "CMD ", "SHELL ", "VOLUME ",
        "EXPOSE ", "USER ", "WORKDIR ", "MAINTAINER ", "STOPSIGNAL ", "ENTRYPOINT ", "NONE", "AS ", "x", "a=b", "=", " ",
        "\t", "\n", "\r\n", "\\", "\\\n", "`", "#", "# escape=`\n", "# syntax=x\n", "\"", "'", "[", "]", ",", "\"a\"", "1",
        "--", "--mount=", "type=cache", ",target=/x", "--from=", "--link", "<<", "<<EOF", "<<-EOF", "EOF\n", "\tEOF\n",
        "<<'Q'", "Q\n", "$", "${", "}", "\uFEFF", "{", ":", "\u00a0", "\u2028", "3<<E", "E\n",
    ];

    [Fact]
    public void Random_dockerfile_like_text_never_throws_and_keeps_the_span_invariant()
    {
        Gen.Int[0, Fragments.Length - 1].Array[0, 40]
            .Select(indexes => string.Concat(indexes.Select(i => Fragments[i])))
            .Sample(text =>
            {
                var document = DockerfileParser.Parse(text);
                var violations = SyntaxWalker.SpanViolations(document);
                Assert.True(violations.Count == 0, $"{string.Join("\n", violations)}\nfor input: {text}");
                foreach (var run in SyntaxWalker.AllInstructions(document).OfType<RunInstruction>())
                {
                    _ = run.Script;
                }
            }, iter: 3000);
    }

    // Inputs the random tests once found problems with.
    [Theory]
    [InlineData("COPY 3<<E\n\n")]
    [InlineData("RUN <<EOFENTRYPOINT # syntax=x\n\n")]
    [InlineData("<<\\\n\u00a0\\\n")]
    public void Former_random_failures_now_parse_cleanly(string text)
    {
        var document = DockerfileParser.Parse(text);
        Assert.Empty(SyntaxWalker.SpanViolations(document));
        foreach (var run in SyntaxWalker.AllInstructions(document).OfType<RunInstruction>())
        {
            _ = run.Script;
        }
    }

    [Fact]
    public void Random_characters_never_throw()
    {
        Gen.Char["FROMRUNCOPY \t\n\r\\`#\"'[]{},=<-$:/0123\uFEFF\u00a0"].Array[0, 120]
            .Select(chars => new string(chars))
            .Sample(text =>
            {
                var document = DockerfileParser.Parse(text);
                Assert.Empty(SyntaxWalker.SpanViolations(document));
                Assert.Equal(text, document.Source);
            }, iter: 3000);
    }

    [Fact]
    public void A_very_long_onbuild_chain_does_not_overflow_the_stack()
    {
        var text = "FROM a\n" + string.Concat(Enumerable.Repeat("ONBUILD ", 5000)) + "RUN true\n";
        var document = DockerfileParser.Parse(text);
        Assert.IsType<OnbuildInstruction>(document.Instructions[1]);
        Assert.NotEmpty(document.Diagnostics);
    }

    [Fact]
    public void Deeply_nested_json_is_not_a_stack_overflow()
    {
        var text = "FROM a\nCMD " + new string('[', 100_000) + new string(']', 100_000) + "\n";
        var cmd = Assert.IsType<CmdInstruction>(DockerfileParser.Parse(text).Instructions[1]);
        Assert.False(cmd.Command.IsExec);
    }

    [Fact]
    public void Huge_continued_instructions_parse_in_linear_time()
    {
        var env = "FROM a\nENV " + string.Concat(Enumerable.Range(0, 40_000).Select(i => $"K{i}=v{i} \\\n")) + "  LAST=1\n";
        var copy = "FROM a\nCOPY " + string.Concat(Enumerable.Range(0, 4_000).Select(i => $"<<E{i} ")) + "/dst\n"
            + string.Concat(Enumerable.Range(0, 4_000).Select(i => $"body\nE{i}\n"));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var envDocument = DockerfileParser.Parse(env);
        var copyDocument = DockerfileParser.Parse(copy);
        watch.Stop();
        Assert.Equal(40_001, Assert.IsType<EnvInstruction>(envDocument.Instructions[1]).Pairs.Count);
        Assert.Equal(4_000, copyDocument.Instructions[1].Heredocs.Count);
        Assert.Empty(envDocument.Diagnostics);
        Assert.Empty(copyDocument.Diagnostics);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Fact]
    public void A_null_source_is_treated_as_empty()
    {
        Assert.Equal("the Dockerfile cannot be empty", Assert.Single(DockerfileParser.Parse(null!).Diagnostics).Message);
    }
}
