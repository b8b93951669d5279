using CoursePlatform.Linting.Configuration;
using CoursePlatform.Linting.Parsing;
using CoursePlatform.Linting.Semantics;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Tests.Semantics;

public class BuildEnvironmentTests
{
    /// <summary>The value of <paramref name="name"/> as the builder sees it at the last instruction of the file.</summary>
    private static string? ValueAtEnd(string dockerfile, string name)
    {
        var document = DockerfileParser.Parse(dockerfile);
        var last = document.Instructions[^1];
        string? value = null;
        var seen = false;
        BuildEnvironment.Dispatch(document, LintOptions.Default, (_, instruction, scope) =>
        {
            if (ReferenceEquals(instruction, last))
            {
                value = scope.Lookup(name);
                seen = true;
            }
        });
        Assert.True(seen, "the last instruction was not dispatched");
        return value;
    }

    [Theory]
    [InlineData("FROM alpine\nENV abc=hello\nENV abc=bye def=$abc\nRUN x", "def", "hello")]
    [InlineData("ARG VERSION=1.2\nFROM alpine\nARG VERSION\nRUN x", "VERSION", "1.2")]
    [InlineData("ARG VERSION=1.2\nFROM alpine\nARG VERSION=3\nRUN x", "VERSION", "3")]
    [InlineData("FROM alpine\nARG A=arg\nENV A=env\nRUN x", "A", "env")]
    [InlineData("FROM alpine\nENV A=env\nARG A=arg\nRUN x", "A", "env")]
    [InlineData("FROM alpine AS base\nENV A=1\nARG B=2\nFROM base\nENV C=$A$B\nRUN x", "C", "12")]
    [InlineData("FROM alpine\nARG TARGETARCH\nRUN x", "TARGETARCH", "amd64")]
    [InlineData("FROM alpine\nARG A=1 B=$A\nRUN x", "B", "1")]
    [InlineData("FROM alpine\nENV PATH=/opt:$PATH\nRUN x", "PATH", "/opt:" + BuildEnvironment.DefaultPath)]
    public void Replays_env_and_arg_scoping(string dockerfile, string name, string expected)
        => Assert.Equal(expected, ValueAtEnd(dockerfile, name));

    [Theory]
    [InlineData("ARG VERSION=1.2\nFROM alpine\nRUN x", "VERSION")]
    [InlineData("FROM alpine\nARG A\nRUN x", "A")]
    [InlineData("FROM alpine AS a\nENV A=1\nFROM alpine\nRUN x", "A")]
    [InlineData("FROM alpine\nARG TARGETARCH\nFROM alpine\nRUN x", "TARGETARCH")]
    public void Leaves_out_what_is_not_in_scope(string dockerfile, string name)
        => Assert.Null(ValueAtEnd(dockerfile, name));

    [Fact]
    public void Expands_global_defaults_in_order()
    {
        var globals = BuildEnvironment.GlobalArgDefaults(DockerfileParser.Parse("ARG A=x\nARG B=${A}y\nARG C\nARG D=$BUILDOS\nFROM scratch"));
        Assert.NotNull(globals);
        Assert.Equal("xy", globals["B"]);
        Assert.Null(globals["C"]);
        Assert.Equal("linux", globals["D"]);
    }

    [Theory]
    [InlineData("ARG TARGETOS\nFROM alpine\nARG TARGETOS\nRUN x", null)]
    [InlineData("ARG OTHER\nFROM alpine\nARG TARGETOS\nRUN x", "linux")]
    [InlineData("ARG TARGETOS=plan9\nARG TARGETOS\nFROM alpine\nARG TARGETOS\nRUN x", "plan9")]
    [InlineData("ARG A=$TARGETOS-x\nFROM alpine\nARG A\nRUN x", "linux-x")]
    public void Reads_a_stage_arg_from_the_global_defaults_before_the_platform_args(string dockerfile, string? expected)
        => Assert.Equal(expected, ValueAtEnd(dockerfile, dockerfile.Contains("ARG A") ? "A" : "TARGETOS"));

    [Fact]
    public void Lists_base_image_names_once_before_the_stage_names_even_when_the_stage_sets_them_again()
    {
        var document = DockerfileParser.Parse("FROM node:22\nENV PATH=/x:$PATH NODE_VERSION=1\nARG HOME\nENV NEW=1\nRUN x");
        var last = document.Instructions[^1];
        StageScope? seen = null;
        BuildEnvironment.Dispatch(document, LintOptions.Default, (_, instruction, scope) =>
        {
            if (ReferenceEquals(instruction, last))
            {
                seen = scope;
            }
        });
        Assert.NotNull(seen);
        var names = seen.Names.ToList();
        Assert.Equal(names.Distinct().Count(), names.Count);
        Assert.Equal(names.Count, seen.Names.Count);
        Assert.Equal(["PATH", "HOME"], names.Take(2));
        Assert.Equal("NEW", names[^1]);
        Assert.Equal("NEW", seen.Names[names.Count - 1]);
        Assert.Contains("NODE_VERSION", names);
        Assert.Equal("/x:" + BuildEnvironment.DefaultPath, seen.Lookup("PATH"));
        Assert.Equal("", seen.Lookup("HOME"));
        Assert.Equal("1", seen.Lookup("NODE_VERSION"));
        Assert.True(seen.IsKnown("NODE_VERSION"));
    }

    [Fact]
    public void Gives_up_on_global_defaults_that_do_not_expand()
        => Assert.Null(BuildEnvironment.GlobalArgDefaults(DockerfileParser.Parse("ARG A=${B:?required}\nFROM scratch")));

    [Fact]
    public void Names_the_base_image_with_global_defaults()
    {
        var document = DockerfileParser.Parse("ARG BASE=node:22\nFROM $BASE");
        var from = (FromInstruction)document.Instructions[^1];
        Assert.Equal("node:22", BuildEnvironment.BaseImageName(from, BuildEnvironment.GlobalArgDefaults(document)!, '\\'));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(40)]
    public void A_scope_of_any_size_keeps_names_in_order_and_finds_each(int count)
    {
        var scope = new StageScope();
        for (var i = 0; i < count; i++)
        {
            scope.SetEnv("V" + i, "env" + i);
            scope.DeclareArg("A" + i, i % 2 == 0 ? null : "arg" + i);
        }
        scope.SetEnv("A1", "env wins");
        Assert.Equal(Enumerable.Range(0, count).SelectMany(i => new[] { "V" + i, "A" + i }), scope.Names);
        Assert.Equal("env" + (count - 1), scope.Lookup("V" + (count - 1)));
        Assert.Equal("env wins", scope.Lookup("A1"));
        Assert.Null(scope.Lookup("A0"));
        Assert.True(scope.IsKnown("A0"));
        Assert.False(scope.IsKnown("V" + count));
        Assert.Same(scope.Names[5], scope.KnownName(("x" + scope.Names[5]).AsSpan(1)));
        Assert.Null(scope.KnownName("missing"));

        var copy = scope.Clone();
        copy.SetEnv("LATER", "1");
        Assert.False(scope.IsKnown("LATER"));
        Assert.Equal("1", copy.Lookup("LATER"));
        Assert.Equal(scope.Names.Count + 1, copy.Names.Count);
    }

    [Fact]
    public void A_child_stage_sees_its_parent_and_a_sibling_does_not_see_the_child()
    {
        const string dockerfile = "FROM alpine AS base\nENV A=1\nFROM base AS one\nENV B=$A\nRUN one\nFROM base AS two\nRUN two\n";
        var document = DockerfileParser.Parse(dockerfile);
        var seen = new Dictionary<string, (string? A, string? B)>();
        BuildEnvironment.Dispatch(document, LintOptions.Default, (_, instruction, scope) =>
        {
            if (instruction is RunInstruction run)
            {
                seen[run.Arguments.Text] = (scope.Lookup("A"), scope.Lookup("B"));
            }
        });
        Assert.Equal(("1", "1"), seen["one"]);
        Assert.Equal(("1", (string?)null), seen["two"]);
    }
}
