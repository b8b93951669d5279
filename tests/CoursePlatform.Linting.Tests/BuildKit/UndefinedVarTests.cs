using CoursePlatform.Linting.Configuration;
using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.BuildKit;

public class UndefinedVarTests
{
    [Theory]
    [InlineData("FROM alpine\nCOPY $foo .\nARG foo=bar\nRUN echo $foo")]
    [InlineData("FROM alpine\nARG DIR_ASSETS=assets/\nCOPY $DIR_ASSET .")]
    [InlineData("FROM alpine\nENV A=$UNDEFINED")]
    [InlineData("FROM alpine\nENV $KEY=1")]
    [InlineData("FROM alpine\nENV LEGACY value $X")]
    [InlineData("FROM alpine\nLABEL version=$VERSION")]
    [InlineData("FROM alpine\nARG A=$B")]
    [InlineData("FROM alpine\nARG A=$B B=1")]
    [InlineData("FROM alpine\nARG A=$A")]
    [InlineData("FROM alpine\nCOPY a $DEST")]
    [InlineData("FROM alpine\nCOPY --chown=$USER_ID a b")]
    [InlineData("FROM alpine\nCOPY --chmod=$MODE a b")]
    [InlineData("FROM alpine\nADD --checksum=$SUM https://example.com/a b")]
    [InlineData("FROM alpine\nCOPY [\"$SRC\", \"/dst\"]")]
    [InlineData("FROM alpine\nWORKDIR $APP_HOME")]
    [InlineData("FROM alpine\nUSER $APP_USER")]
    [InlineData("FROM alpine\nVOLUME $DATA")]
    [InlineData("FROM alpine\nSTOPSIGNAL $SIG")]
    [InlineData("FROM alpine\nRUN --mount=type=cache,target=$CACHE echo")]
    [InlineData("FROM alpine\nCOPY <<EOF /x\nhello $NAME\nEOF")]
    [InlineData("FROM alpine\nCOPY <<EOF /x\necho '$NAME'\nEOF")]
    [InlineData("FROM alpine\nADD <<EOF /x\n\"${NAME}\"\nEOF")]
    [InlineData("# escape=`\nFROM alpine\nCOPY <<EOF /x\n`$NAME\nEOF")]
    [InlineData("FROM alpine\nENV A=${X:-default}")]
    [InlineData("FROM alpine\nENV A=1 B=$A")]
    [InlineData("FROM alpine AS base\nARG foo=x\nFROM alpine\nCOPY $foo .")]
    [InlineData("ARG GLOBAL=x\nFROM alpine\nCOPY $GLOBAL .")]
    [InlineData("FROM alpine\nENV X=$HOSTNAME")]
    [InlineData("FROM alpine\nENV X=\"$QUOTED\"")]
    [InlineData("FROM alpine\nENV X=$NODE_VERSION")]
    [InlineData("FROM alpine\nENV X=${A:+$B}")]
    [InlineData("FROM alpine AS a\nENV X=1\nFROM a AS b\nENV Y=2\nFROM a\nCOPY $Y .")]
    [InlineData("FROM alpine AS a\nENV X=1\nFROM alpine AS b\nRUN echo\nFROM b\nCOPY $X .")]
    [InlineData("FROM alpine\nARG A\nCOPY ${A}$B /x/")]
    [InlineData("FROM alpine\nENV App=1\nWORKDIR $APP")]
    [InlineData("FROM alpine\nARG A\nFROM alpine\nWORKDIR /$A")]
    [InlineData("FROM alpine AS node\nFROM node\nENV X=$NODE_VERSION")]
    [InlineData("FROM alpine AS Node\nFROM NODE\nENV X=$NODE_VERSION")]
    public void Fires_on_undefined_variables_in_expanded_places(string dockerfile) => Lint.Fires("UndefinedVar", dockerfile);

    [Theory]
    [InlineData("FROM alpine AS base\nARG foo=Dockerfile\nFROM base\nCOPY $foo .")]
    [InlineData("FROM alpine\nRUN echo $PATH")]
    [InlineData("FROM alpine\nRUN echo $UNDEFINED")]
    [InlineData("FROM alpine\nCMD echo $UNDEFINED")]
    [InlineData("FROM alpine\nCMD [\"echo\", \"$UNDEFINED\"]")]
    [InlineData("FROM alpine\nENTRYPOINT echo $UNDEFINED")]
    [InlineData("FROM alpine\nHEALTHCHECK CMD curl $UNDEFINED")]
    [InlineData("FROM alpine\nSHELL [\"/bin/sh\", \"$X\"]")]
    [InlineData("FROM alpine\nEXPOSE $PORT")]
    [InlineData("FROM alpine\nMAINTAINER $ME")]
    [InlineData("FROM alpine\nONBUILD COPY $LATER .")]
    [InlineData("FROM alpine\nENV PATH=/opt/bin:$PATH")]
    [InlineData("FROM node:22 AS build\nENV X=$NODE_VERSION")]
    [InlineData("FROM node:22 AS Build\nFROM BUILD\nENV X=$NODE_VERSION")]
    [InlineData("FROM alpine\nENV X=$HOME/bin")]
    [InlineData("FROM alpine\nENV X=\\$literal")]
    [InlineData("FROM alpine\nENV X='$literal'")]
    [InlineData("FROM alpine\nARG foo\nCOPY $foo .")]
    [InlineData("FROM alpine\nARG foo=1\nCOPY $foo .")]
    [InlineData("FROM alpine\nARG A=1 B=$A")]
    [InlineData("FROM alpine\nARG A B=$A")]
    [InlineData("FROM alpine\nENV A=1\nENV B=$A")]
    [InlineData("ARG VERSION=1\nFROM alpine\nARG VERSION\nENV V=$VERSION")]
    [InlineData("FROM alpine\nARG TARGETARCH\nENV ARCH=$TARGETARCH")]
    [InlineData("FROM node:22\nENV V=$NODE_VERSION")]
    [InlineData("FROM python:3.12\nENV V=$PYTHON_VERSION")]
    [InlineData("FROM golang:1.23\nENV P=$GOPATH/bin")]
    [InlineData("FROM mcr.microsoft.com/dotnet/aspnet:9.0\nUSER $APP_UID")]
    [InlineData("FROM alpine\nCOPY <<'EOF' /x\nhello $NAME\nEOF")]
    [InlineData("FROM alpine\nCOPY <<\"EOF\" /x\nhello $NAME\nEOF")]
    [InlineData("FROM alpine\nCOPY <<EOF /x\nhello \\$NAME\nEOF")]
    [InlineData("FROM alpine\nRUN <<EOF\necho $NAME\nEOF")]
    [InlineData("FROM alpine\nCOPY $BUILDKIT_SBOM_SCAN_CONTEXT .")]
    [InlineData("FROM alpine\nENV X=$BUILDKIT_SBOM_SCAN_STAGE")]
    [InlineData("FROM alpine\nRUN --mount=type=bind,from=$STAGE,target=/x echo")]
    [InlineData("FROM alpine\nENV A=1\nFROM alpine AS other\nFROM other\nENV X=1")]
    [InlineData("FROM alpine\nENV X=100$")]
    [InlineData("FROM alpine AS a\nENV X=1\nFROM a AS b\nRUN echo\nFROM b\nCOPY $X .")]
    [InlineData("FROM alpine\nENV P=\"NA\"\nENV ${P}ME=1\nCOPY $NAME .")]
    [InlineData("FROM alpine AS a\nENV P=\"NA\"\nFROM a\nENV ${P}ME=1\nCOPY $NAME .")]
    [InlineData("FROM alpine\nARG A=\"x\"\nENV $A=1\nCOPY $x .")]
    [InlineData("FROM alpine AS a\nENV X=1\nFROM a AS b\nENV Y=2\nFROM a\nCOPY $X .\nFROM b\nCOPY $X$Y .")]
    public void Passes_on_defined_or_unexpanded_variables(string dockerfile) => Lint.Passes("UndefinedVar", dockerfile);

    [Fact]
    public void Reports_use_before_declaration_exactly_once()
    {
        var reported = Assert.Single(BuildKitCheck.Report("UndefinedVar", "FROM alpine\nCOPY $foo .\nARG foo=bar\nRUN echo $foo"));
        Assert.Equal(new Reported("$foo", "Usage of undefined variable '$foo'", 2), reported);
    }

    [Theory]
    [InlineData("FROM alpine\nARG DIR_ASSETS=assets/\nCOPY $DIR_ASSET .", "Usage of undefined variable '$DIR_ASSET' (did you mean $DIR_ASSETS?)")]
    [InlineData("FROM alpine\nENV P=$PAHT", "Usage of undefined variable '$PAHT' (did you mean $PATH?)")]
    [InlineData("FROM alpine\nENV P=$XYZ", "Usage of undefined variable '$XYZ'")]
    [InlineData("FROM alpine\nARG VERSIONS\nENV V=$VERSION", "Usage of undefined variable '$VERSION'")]
    public void Suggests_a_close_name(string dockerfile, string message)
        => Assert.Equal(message, Assert.Single(BuildKitCheck.Report("UndefinedVar", dockerfile)).Message);

    [Fact]
    public void Reports_a_name_once_per_word_but_again_in_another_word()
        => Assert.Equal(["$X", "$X"], BuildKitCheck.Report("UndefinedVar", "FROM alpine\nCOPY $X/$X/${X} /dst/$X").Select(r => r.Text).Take(2));

    [Fact]
    public void Counts_source_and_destination_as_separate_words()
        => Assert.Equal(2, BuildKitCheck.Report("UndefinedVar", "FROM alpine\nCOPY $X /dst/$X").Length);

    [Fact]
    public void Underlines_the_reference_inside_the_word()
    {
        var reported = Assert.Single(BuildKitCheck.Report("UndefinedVar", "FROM alpine\nENV URL=http://${HOST:-localhost}:8080"));
        Assert.Equal("${HOST:-localhost}", reported.Text);
    }

    [Theory]
    [InlineData("FROM alpine\nCOPY [\"$SRC\", \"/dst\"]", "$SRC", 2)]
    [InlineData("FROM alpine\nRUN --mount=type=cache,target=$CACHE_DIR echo", "$CACHE_DIR", 2)]
    [InlineData("FROM alpine\nENV A=1 \\\n    B=${MISSING}", "${MISSING}", 3)]
    [InlineData("FROM alpine\nCOPY --chown=app:$GROUP a b", "$GROUP", 2)]
    [InlineData("FROM alpine\nWORKDIR /srv/$APP_NAME/data", "$APP_NAME", 2)]
    public void Underlines_exactly_the_reference(string dockerfile, string underlined, int line)
    {
        var reported = Assert.Single(BuildKitCheck.Report("UndefinedVar", dockerfile));
        Assert.Equal((underlined, line), (reported.Text, reported.Line));
    }

    [Fact]
    public void Underlines_references_inside_heredoc_bodies()
    {
        var reported = Assert.Single(BuildKitCheck.Report("UndefinedVar", "FROM alpine\nCOPY <<EOF /greeting\nhello $GREETING\nEOF\n"));
        Assert.Equal(new Reported("$GREETING", "Usage of undefined variable '$GREETING'", 3), reported);
    }

    [Fact]
    public void Reads_base_image_variables_from_the_options()
    {
        var options = LintOptions.Default with
        {
            BaseImageEnvironments = new Dictionary<string, IReadOnlyList<string>> { ["registry.example.com/base"] = ["APP_DIR"] },
        };
        Lint.Passes("UndefinedVar", "FROM registry.example.com/base:1\nWORKDIR $APP_DIR", options);
        Lint.Fires("UndefinedVar", "FROM node:22\nENV V=$NODE_VERSION", options);
    }

    [Fact]
    public void Resolves_a_base_image_given_by_a_global_arg()
        => Lint.Passes("UndefinedVar", "ARG BASE=node:22\nFROM $BASE\nENV V=$NODE_VERSION");

    [Fact]
    public void Uses_the_escape_directive()
    {
        Lint.Passes("UndefinedVar", "# escape=`\nFROM alpine\nENV X=`$literal");
        Lint.Fires("UndefinedVar", "# escape=`\nFROM alpine\nENV X=\\$notliteral");
    }
}
