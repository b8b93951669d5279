using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Tests.Parsing;

public class FlagTests
{
    [Fact]
    public void Leading_double_dash_words_are_flags_with_name_and_value()
    {
        var copy = Parse.Last<CopyInstruction>("FROM a\nCOPY --from=build --chown=app:app --link src /dst\n");
        Assert.Equal(["from", "chown", "link"], copy.Flags.Select(f => f.Name.Text));
        Assert.Equal("build", copy.From!.Value!.Value);
        Assert.False(copy.GetFlag("link")!.HasValue);
        Assert.Equal("src /dst", copy.Arguments.Text);
        Assert.Equal("--chown=app:app", copy.Flags[1].Text);
        Assert.Equal((2, 19, 2, 34), (copy.Flags[1].Span.StartLine, copy.Flags[1].Span.StartColumn, copy.Flags[1].Span.EndLine, copy.Flags[1].Span.EndColumn));
    }

    [Fact]
    public void Quotes_group_inside_a_flag_and_are_removed_from_its_value()
    {
        var run = Parse.Last<RunInstruction>("FROM a\nRUN --mount=\"type=secret,id=a b\" cat /run/secrets/a\n");
        var flag = Assert.Single(run.Flags);
        Assert.Equal("--mount=\"type=secret,id=a b\"", flag.Text);
        Assert.Equal("type=secret,id=a b", flag.Value!.Value);
        Assert.Equal("a b", run.Mounts[0].Id);
        Assert.Equal("cat /run/secrets/a", run.Command.Text.Text);
    }

    [Fact]
    public void A_bare_double_dash_ends_the_flags()
    {
        var copy = Parse.Last<CopyInstruction>("FROM a\nCOPY --link -- --weird-name /dst\n");
        Assert.Single(copy.Flags);
        Assert.Equal("--weird-name", Assert.Single(copy.Sources).Text);
    }

    [Fact]
    public void Flags_stop_at_the_first_word_without_dashes()
    {
        var document = Parse.Text("FROM a\nCOPY --from foo a b\n");
        var copy = Assert.IsType<CopyInstruction>(document.Instructions[1]);
        Assert.False(copy.From!.HasValue);
        Assert.Equal(["foo", "a"], copy.Sources.Select(s => s.Text));
        Assert.Equal("missing a value on flag: --from", Assert.Single(document.Diagnostics).Message);
    }

    [Theory]
    [InlineData("COPY --user=me foo /tmp/", "unknown flag: --user", "--user=me")]
    [InlineData("COPY --form=x foo /tmp/", "unknown flag: --form (did you mean --from?)", "--form=x")]
    [InlineData("MAINTAINER --boo x", "unknown flag: --boo", "--boo")]
    [InlineData("FROM --platform alpine", "missing a value on flag: --platform", "--platform")]
    [InlineData("COPY --chmod 755 a b", "missing a value on flag: --chmod", "--chmod")]
    [InlineData("COPY --link= a b", "missing a value on flag: --link", "--link=")]
    [InlineData("COPY --link=yes a b", "expecting boolean value for flag --link, not: yes", "yes")]
    [InlineData("COPY --from=a --from=b x y", "duplicate flag specified: --from", "--from=b")]
    [InlineData("ADD --keep-git-dir=maybe a b", "expecting boolean value for flag --keep-git-dir, not: maybe", "maybe")]
    [InlineData("RUN --network=bridge true", "invalid network mode \"bridge\"", "bridge")]
    [InlineData("RUN --security=strict true", "security \"strict\" is not valid", "strict")]
    [InlineData("HEALTHCHECK --retries CMD true", "missing a value on flag: --retries", "--retries")]
    [InlineData("WORKDIR --x /a", "unknown flag: --x", "--x")]
    [InlineData("ONBUILD --x RUN true", "unknown flag: --x", "--x")]
    [InlineData("COPY --FROM=x a b", "unknown flag: --FROM (did you mean --from?)", "--FROM=x")]
    [InlineData("RUN --FROM=x true", "unknown flag: --FROM", "--FROM=x")]
    public void Flags_are_validated_per_instruction(string line, string message, string underlined)
    {
        Assert.Equal(underlined, Parse.Underlined($"FROM a\n{line}\n", message));
    }

    [Theory]
    [InlineData("COPY --link --parents=false --exclude=*.md --exclude=*.txt a b")]
    [InlineData("COPY --link=TRUE a b")]
    [InlineData("ADD --checksum=sha256:abc --unpack --keep-git-dir=true https://x/y.tgz /d")]
    [InlineData("RUN --mount=type=cache,target=/a --mount=type=tmpfs,target=/b --network=none --security=insecure true")]
    [InlineData("RUN --device=nvidia.com/gpu=all --device=x,required true")]
    [InlineData("FROM --platform=$BUILDPLATFORM golang")]
    [InlineData("HEALTHCHECK --interval=30s --timeout=1m30s --start-period=0 --start-interval=5s --retries=3 CMD true")]
    [InlineData("STOPSIGNAL --whatever SIGKILL")]
    [InlineData("HEALTHCHECK --whatever NONE")]
    public void Valid_and_exempt_flags_pass(string line)
    {
        Parse.Clean($"FROM a\n{line}\n");
    }

    [Theory]
    [InlineData("--interval=10", "time: invalid duration \"10\"")]
    [InlineData("--timeout=abc", "time: invalid duration \"abc\"")]
    [InlineData("--interval=1us", "Interval \"interval\" cannot be less than 1ms")]
    [InlineData("--start-period=-5s", "Interval \"start-period\" cannot be less than 1ms")]
    [InlineData("--retries=x", "--retries must be an integer, not \"x\"")]
    [InlineData("--retries=-1", "--retries cannot be negative (-1)")]
    public void Healthcheck_durations_and_retries_are_checked(string flag, string message)
    {
        Parse.Error($"FROM a\nHEALTHCHECK {flag} CMD true\n", message);
    }
}
