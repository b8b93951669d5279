using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Tests.Parsing;

public class ArgumentTests
{
    [Fact]
    public void From_reads_image_as_keyword_and_stage_name()
    {
        var from = Parse.Last<FromInstruction>("FROM --platform=linux/amd64 registry.example.com/team/app:1.2@sha256:abc AS Build\n");
        Assert.Equal("registry.example.com/team/app:1.2@sha256:abc", from.Image!.Text);
        Assert.Equal("AS", from.AsKeyword!.Text);
        Assert.Equal("Build", from.StageName!.Text);
        Assert.Equal(new ImageReference("registry.example.com/team/app:1.2@sha256:abc", "registry.example.com", "team/app", "1.2", "sha256:abc"), from.Reference);
        Assert.Equal("linux/amd64", from.Platform!.Value!.Value);
    }

    [Theory]
    [InlineData("FROM", "FROM requires either one or three arguments", "FROM")]
    [InlineData("FROM a b", "FROM requires either one or three arguments", "b")]
    [InlineData("FROM a AS", "FROM requires either one or three arguments", "AS")]
    [InlineData("FROM a FOR b", "FROM requires either one or three arguments", "FOR b")]
    [InlineData("FROM a AS b c", "FROM requires either one or three arguments", "AS b c")]
    [InlineData("FROM a AS 1x", "invalid name for build stage: \"1x\", name can't start with a number or contain symbols", "1x")]
    [InlineData("FROM a AS my/stage", "invalid name for build stage: \"my/stage\", name can't start with a number or contain symbols", "my/stage")]
    public void From_arity_and_stage_names_are_checked(string line, string message, string underlined)
    {
        Assert.Equal(underlined, Parse.Underlined(line + "\n", message));
    }

    [Theory]
    [InlineData("FROM a as Build-1.x_y")]
    [InlineData("FROM a As b")]
    [InlineData("FROM ${BASE}")]
    public void Valid_from_lines_pass(string line)
    {
        Parse.Clean(line + "\n");
    }

    [Fact]
    public void Half_typed_from_still_gives_an_instruction()
    {
        var document = Parse.Text("FROM");
        var from = Assert.IsType<FromInstruction>(Assert.Single(document.Instructions));
        Assert.Null(from.Image);
        Assert.Null(from.Reference);
        Assert.Equal("", from.Arguments.Text);
    }

    [Fact]
    public void Arg_declares_names_with_optional_defaults()
    {
        var arg = Parse.Last<ArgInstruction>("ARG a b=2 c= \"d\"=\"x y\"\n");
        Assert.Equal(["a", "b", "c", "d"], arg.Declarations.Select(d => d.Name.Value));
        Assert.Null(arg.Declarations[0].DefaultValue);
        Assert.Equal("2", arg.Declarations[1].DefaultValue!.Value);
        Assert.Equal("", arg.Declarations[2].DefaultValue!.Value);
        Assert.Equal("x y", arg.Declarations[3].DefaultValue!.Value);
        Assert.Equal("\"x y\"", arg.Declarations[3].DefaultValue!.Text);
    }

    [Theory]
    [InlineData("ARG", "ARG requires at least one argument", "ARG")]
    [InlineData("ARG =x", "ARG names can not be blank", "=x")]
    public void Arg_errors(string line, string message, string underlined)
    {
        Assert.Equal(underlined, Parse.Underlined(line + "\n", message));
    }

    [Fact]
    public void Env_modern_form_reads_every_pair_quote_aware()
    {
        var env = Parse.Last<EnvInstruction>("FROM a\nENV A=1 B=\"x y\" C='$z' D=a\\ b E=\n");
        Assert.False(env.IsLegacyForm);
        Assert.Equal(["A", "B", "C", "D", "E"], env.Pairs.Select(p => p.Name));
        Assert.Equal(["1", "x y", "$z", "a b", ""], env.Pairs.Select(p => p.ValueText));
        Assert.Equal(new[] { 9, 17, 24, 31 }, env.Pairs.Skip(1).Select(p => p.Span.StartColumn));
    }

    [Fact]
    public void Env_legacy_form_takes_everything_after_the_first_blank_run()
    {
        var env = Parse.Last<EnvInstruction>("FROM a\nENV SCUBA \"1 DUBA 3\"\n");
        Assert.True(env.IsLegacyForm);
        var pair = Assert.Single(env.Pairs);
        Assert.Equal("SCUBA", pair.Name);
        Assert.Equal("1 DUBA 3", pair.ValueText);
        Assert.Equal("\"1 DUBA 3\"", pair.Value!.Text);
    }

    [Fact]
    public void Legacy_values_keep_spaces_equals_and_continuation_indentation()
    {
        var label = Parse.Last<LabelInstruction>("FROM a\nLABEL description this = that \\\n   and more\n");
        Assert.True(label.IsLegacyForm);
        Assert.Equal("this = that    and more", label.Pairs[0].ValueText);
    }

    [Theory]
    [InlineData("ENV PATH", "ENV must have two arguments", "PATH")]
    [InlineData("LABEL x", "LABEL must have two arguments", "x")]
    [InlineData("ENV", "ENV requires at least one argument", "ENV")]
    [InlineData("ENV a=b c", "Syntax error - can't find = in \"c\". Must be of the form: name=value", "c")]
    [InlineData("ENV =x", "ENV names can not be blank", "=x")]
    [InlineData("LABEL =x", "LABEL names can not be blank", "=x")]
    [InlineData("ENV a=\"unterminated", "unexpected end of statement while looking for matching double-quote", "\"unterminated")]
    [InlineData("ENV a='unterminated", "unexpected end of statement while looking for matching single-quote", "'unterminated")]
    public void Env_and_label_errors(string line, string message, string underlined)
    {
        Assert.Equal(underlined, Parse.Underlined($"FROM a\n{line}\n", message));
    }

    [Theory]
    [InlineData("ENV a=\"x\\\"y\"", "x\"y")]
    [InlineData("ENV a=\"x\\$y\"", "x$y")]
    [InlineData("ENV a=\"x\\ty\"", "x\\ty")]
    [InlineData("ENV a=x\\ty", "xty")]
    [InlineData("ENV a='x\\y'", "x\\y")]
    [InlineData("ENV a=$HOME/bin", "$HOME/bin")]
    [InlineData("ENV a=\"a\"'b'c", "abc")]
    public void Word_values_remove_quotes_like_the_builder(string line, string value)
    {
        Assert.Equal(value, Parse.Last<EnvInstruction>($"FROM a\n{line}\n").Pairs[0].ValueText);
    }

    [Fact]
    public void Word_values_honour_the_backtick_escape()
    {
        var env = Parse.Last<EnvInstruction>("# escape=`\nFROM a\nENV a=\"x`\"y\" b=c:\\d\n");
        Assert.Equal(["x\"y", "c:\\d"], env.Pairs.Select(p => p.ValueText));
    }

    [Fact]
    public void Expose_splits_ports_on_blanks()
    {
        var expose = Parse.Last<ExposeInstruction>("FROM a\nEXPOSE 80/tcp  443 8000-8010\n");
        Assert.Equal(["80/tcp", "443", "8000-8010"], expose.Ports.Select(p => p.Text));
        Parse.Error("FROM a\nEXPOSE\n", "EXPOSE requires at least one argument");
    }

    [Theory]
    [InlineData("USER app:app", "app:app")]
    [InlineData("USER a b", "a b")]
    [InlineData("WORKDIR /my dir", "/my dir")]
    [InlineData("STOPSIGNAL SIGKILL", "SIGKILL")]
    [InlineData("MAINTAINER Jane Doe <jane@example.com>", "Jane Doe <jane@example.com>")]
    public void Single_argument_instructions_take_the_whole_rest(string line, string argument)
    {
        var document = Parse.Clean($"FROM a\n{line}\n");
        Assert.Equal(argument, Assert.IsAssignableFrom<SingleArgumentInstruction>(document.Instructions[1]).Argument!.Text);
    }

    [Theory]
    [InlineData("USER")]
    [InlineData("WORKDIR")]
    [InlineData("STOPSIGNAL")]
    [InlineData("MAINTAINER")]
    public void Single_argument_instructions_need_their_argument(string keyword)
    {
        Parse.Error($"FROM a\n{keyword}\n", $"{keyword} requires exactly one argument");
    }

    [Fact]
    public void Healthcheck_reads_type_and_command()
    {
        var healthcheck = Parse.Last<HealthcheckInstruction>("FROM a\nHEALTHCHECK --interval=5m CMD curl -f http://localhost/ || exit 1\n");
        Assert.Equal("CMD", healthcheck.Type!.Text);
        Assert.False(healthcheck.IsNone);
        Assert.Equal("curl -f http://localhost/ || exit 1", healthcheck.Command!.Text.Text);
        var json = Parse.Last<HealthcheckInstruction>("FROM a\nHEALTHCHECK cmd [\"/bin/check\"]\n");
        Assert.True(json.Command!.IsExec);
        var none = Parse.Last<HealthcheckInstruction>("FROM a\nHEALTHCHECK none\n");
        Assert.True(none.IsNone);
        Assert.Null(none.Command);
    }

    [Theory]
    [InlineData("HEALTHCHECK", "HEALTHCHECK requires at least one argument")]
    [InlineData("HEALTHCHECK CMD", "Missing command after HEALTHCHECK CMD")]
    [InlineData("HEALTHCHECK CMD []", "Missing command after HEALTHCHECK CMD")]
    [InlineData("HEALTHCHECK CONNECT TCP 7000", "Unknown type \"CONNECT\" in HEALTHCHECK (try CMD)")]
    [InlineData("HEALTHCHECK NONE x", "HEALTHCHECK NONE takes no arguments")]
    public void Healthcheck_errors(string line, string message)
    {
        Parse.Error($"FROM a\n{line}\n", message);
    }

    [Fact]
    public void Onbuild_wraps_a_trigger_that_knows_its_parent()
    {
        var onbuild = Parse.Last<OnbuildInstruction>("FROM a\nONBUILD COPY --from=build . /app\n");
        var copy = Assert.IsType<CopyInstruction>(onbuild.Trigger);
        Assert.Same(onbuild, copy.Parent);
        Assert.Equal("COPY --from=build . /app", copy.Text);
        Assert.Equal(9, copy.Span.StartColumn);
        Assert.Equal("build", copy.From!.Value!.Value);
        Assert.Null(onbuild.Parent);
    }

    [Theory]
    [InlineData("ONBUILD ONBUILD RUN x", "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed", InstructionKind.Onbuild)]
    [InlineData("ONBUILD FROM alpine", "FROM isn't allowed as an ONBUILD trigger", InstructionKind.From)]
    [InlineData("onbuild maintainer me", "MAINTAINER isn't allowed as an ONBUILD trigger", InstructionKind.Maintainer)]
    public void Forbidden_triggers_are_errors_but_still_give_a_tree(string line, string message, InstructionKind kind)
    {
        var document = Parse.Text($"FROM a\n{line}\n");
        Assert.Equal(message, Assert.Single(document.Diagnostics).Message);
        Assert.Equal(kind, Assert.IsType<OnbuildInstruction>(document.Instructions[1]).Trigger!.Kind);
    }

    [Fact]
    public void Onbuild_needs_a_trigger()
    {
        var document = Parse.Text("FROM a\nONBUILD\n");
        Assert.Equal("ONBUILD requires at least one argument", Assert.Single(document.Diagnostics).Message);
        Assert.Null(Assert.IsType<OnbuildInstruction>(document.Instructions[1]).Trigger);
    }

    [Theory]
    [InlineData("BADCMD", "unknown instruction: BADCMD")]
    [InlineData("frobnicate bar", "unknown instruction: frobnicate")]
    [InlineData("form alpine", "unknown instruction: form (did you mean from?)")]
    [InlineData("RUNN apt-get", "unknown instruction: RUNN (did you mean run?)")]
    [InlineData("WRONG DOCKERFILE", "unknown instruction: WRONG")]
    public void Unknown_instructions_are_kept_and_reported_on_the_keyword(string line, string message)
    {
        var document = Parse.Text($"FROM a\n{line}\n");
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal(message, diagnostic.Message);
        var unknown = Assert.IsType<UnknownInstruction>(document.Instructions[1]);
        Assert.Equal(unknown.Keyword.Span, diagnostic.Span);
    }

    [Fact]
    public void Instructions_before_from_and_missing_from_are_not_parse_errors()
    {
        Parse.Clean("ARG v=1\nRUN echo $v\nCOPY --from=$v a b\n");
    }

    [Fact]
    public void Copy_needs_a_destination()
    {
        Parse.Error("FROM a\nCOPY a\n", "COPY requires at least two arguments, but only one was provided. Destination could not be determined");
        Parse.Error("FROM a\nADD\n", "ADD requires at least two arguments, but only one was provided. Destination could not be determined");
    }
}
