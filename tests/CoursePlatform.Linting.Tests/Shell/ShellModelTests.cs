using CoursePlatform.Linting.Shell;
using CoursePlatform.Linting.Syntax;
using CsCheck;

namespace CoursePlatform.Linting.Tests.Shell;

/// <summary>The command model answers the same whether its argument words were made before the question or not.</summary>
public class ShellModelTests
{
    private static ShellScript Parse(string text) => ShellParser.Parse(text, static (_, _) => SourceSpan.Empty);

    private static readonly Gen<string> Scripts =
        Gen.String[Gen.Char["ab -=$\"' {}()|&;\n\\`xyz"], 0, 40].Select(text => "cmd " + text);

    private static readonly string[] Names = ["a", "b", "x", "-", "ab", "a=b", "", "y", "xyz", "--"];

    [Fact]
    public void HasFlag_agrees_with_the_listed_flags_before_and_after_the_words_are_made()
    {
        Scripts.Sample(text =>
        {
            foreach (var name in Names)
            {
                foreach (var command in Parse(text).Commands)
                {
                    var asked = command.HasFlag(name);
                    Assert.Equal(command.Flags.Contains(name), asked);
                    Assert.Equal(asked, command.HasFlag(name));
                }
            }
        }, iter: 5_000);
    }

    [Fact]
    public void HasArgument_agrees_with_the_argument_values_before_and_after_the_words_are_made()
    {
        Scripts.Sample(text =>
        {
            foreach (var name in Names)
            {
                foreach (var command in Parse(text).Commands)
                {
                    var asked = command.HasArgument(name, "${VAR}");
                    Assert.Equal(command.Arguments.Any(a => a.Value == name || a.Value == "${VAR}"), asked);
                    Assert.Equal(asked, command.HasArgument(name, "${VAR}"));
                }
            }
        }, iter: 5_000);
    }

    [Fact]
    public void Command_views_answer_as_the_commands_do()
    {
        Scripts.Sample(text =>
        {
            // The views are read first, before any command object exists, then compared with the objects.
            var script = Parse(text);
            var seen = new List<object?>();
            foreach (var view in script.CommandViews)
            {
                seen.Add((view.Index, view.Name, view.Start, view.End, view.ArgumentCount, view.NameWord, view.NameRaw.ToString()));
                for (var i = 0; i < view.ArgumentCount; i++)
                {
                    seen.Add((view.ArgumentValue(i).ToString(), view.Argument(i)));
                }
                foreach (var name in Names)
                {
                    seen.Add((view.HasFlag(name), view.HasArgument(name, "${VAR}"), view.Is("cmd", name)));
                }
            }
            var expected = new List<object?>();
            var commands = script.Commands;
            for (var index = 0; index < commands.Count; index++)
            {
                var command = commands[index];
                expected.Add((index, command.Name, command.Start, command.End, command.Arguments.Count, command.NameWord, command.NameWord?.Raw ?? ""));
                foreach (var word in command.Arguments)
                {
                    expected.Add((word.Value, word));
                }
                foreach (var name in Names)
                {
                    expected.Add((command.HasFlag(name), command.HasArgument(name, "${VAR}"), command.Is("cmd", name)));
                }
            }
            Assert.Equal(expected, seen);
            Assert.Equal(commands.Count, script.CommandCount);
            foreach (var view in script.CommandViews)
            {
                Assert.Same(commands[view.Index], view.Command);
            }
        }, iter: 3_000);
    }

    [Fact]
    public void A_command_asked_for_through_its_view_is_the_one_the_list_holds_later()
    {
        for (var round = 0; round < 20; round++)
        {
            var script = Parse("a 1; b 2 | c 3; d 4");
            var seen = new ShellCommand[8];
            Parallel.For(0, seen.Length, i => seen[i] = i % 2 == 0 ? script.CommandViews[2].Command : script.Commands[2]);
            Assert.All(seen, command => Assert.Same(seen[0], command));
            Assert.Equal("c", seen[0].Name);
            Assert.Same(script.CommandViews[0].Command, script.Commands[0]);
        }
    }

    [Theory]
    [InlineData("a x $(b y $(c z) w) v", "a:x|${VAR}|v b:y|${VAR}|w c:z")]
    [InlineData("make -j$(nproc) install > `mktemp` && done=1", "make:-j${VAR}|install nproc: mktemp: :")]
    [InlineData("X=$(f) Y=`g` run it", "run:it f: g:")]
    [InlineData("echo 2>$(mktemp) after", "echo:after mktemp:")]
    [InlineData("x $(f() { inner; }; f) y", "x:${VAR}|y inner: f:")]
    public void A_command_keeps_its_words_in_order_around_the_commands_nested_in_them(string text, string expected)
    {
        var listed = Parse(text).Commands.Select(c => c.Name + ":" + string.Join("|", c.Arguments.Select(a => a.Value)));
        Assert.Equal(expected, string.Join(" ", listed));
    }

    [Fact]
    public void Assignments_are_split_when_first_asked_for()
    {
        const string text = "A=1 B+=$x C[2]=\"y z\" run D=2";
        var command = Parse(text).Commands[0];
        Assert.Equal(["A=1", "B=${x}", "C[2]=y z"], command.Assignments.Select(a => $"{a.Name}={a.Value}"));
        Assert.Equal(["A=1", "B+=$x", "C[2]=\"y z\""], command.Assignments.Select(a => text[a.Start..a.End]));
        Assert.Same(command.Assignments, command.Assignments);
        Assert.Equal(["D=2"], command.Arguments.Select(a => a.Value));
    }

    [Fact]
    public void Argument_words_made_on_demand_keep_their_values_raw_text_and_offsets()
    {
        const string text = "apt-get install -y \"pkg=1.0\" '$x' $HOME plain `date` a\\ b";
        var command = Parse(text).Commands[0];
        Assert.Equal(["install", "-y", "pkg=1.0", "$x", "${HOME}", "plain", "${VAR}", "a b"], command.Arguments.Select(a => a.Value));
        foreach (var word in command.Arguments)
        {
            Assert.Equal(text[word.Start..word.End], word.Raw);
        }
    }

    [Fact]
    public void Quoted_words_read_in_place_give_the_same_values_as_the_words_made_from_them()
    {
        const string text = "run \"a b\" 'c d' \"\" '' \"x\\\"y\" \"$v\" \"p\"q 'r'\"s\" \"t'u\" --o=\"w\"";
        string[] expected = ["a b", "c d", "", "", "x\"y", "${v}", "pq", "rs", "t'u", "--o=w"];
        var script = Parse(text);
        var view = script.CommandViews[0];
        Assert.Equal(expected, Enumerable.Range(0, view.ArgumentCount).Select(i => view.ArgumentValue(i).ToString()));
        Assert.True(view.HasArgument("a b"));
        Assert.True(view.HasArgument(""));
        Assert.Equal(expected, script.Commands[0].Arguments.Select(a => a.Value));
        foreach (var word in script.Commands[0].Arguments)
        {
            Assert.Equal(text[word.Start..word.End], word.Raw);
        }
    }

    [Fact]
    public void A_rewritten_word_longer_than_sixty_five_thousand_characters_keeps_its_whole_value_and_offsets()
    {
        var tail = new string('b', 70_000);
        var view = Parse($"run a$x/{tail} \"$y\"").CommandViews[0];
        Assert.Equal("a${x}/" + tail, view.ArgumentValue(0).ToString());
        Assert.Equal("${y}", view.ArgumentValue(1).ToString());
        var word = view.Argument(0);
        Assert.Equal((4, 70_008, "a$x/" + tail), (word.Start, word.End, word.Raw));
        Assert.Equal((70_009, 70_013), (view.Argument(1).Start, view.Argument(1).End));
    }

    [Fact]
    public void Every_thread_reading_the_arguments_first_sees_the_same_words()
    {
        for (var round = 0; round < 20; round++)
        {
            var command = Parse("curl -fsSL https://example.com/x.tgz -o \"/tmp/x.tgz\"").Commands[0];
            var seen = new ShellWord[8][];
            Parallel.For(0, seen.Length, i => seen[i] = command.Arguments.ToArray());
            foreach (var words in seen)
            {
                Assert.Equal(seen[0], words);
            }
        }
    }

    [Fact]
    public void A_name_word_keeps_its_raw_text_when_quoted()
    {
        var name = Parse("\"apt-get\" install").Commands[0].NameWord!.Value;
        Assert.Equal(("apt-get", "\"apt-get\"", 0, 9), (name.Value, name.Raw, name.Start, name.End));
        var plain = Parse("  make all").Commands[0].NameWord!.Value;
        Assert.Equal(("make", "make", 2, 6), (plain.Value, plain.Raw, plain.Start, plain.End));
    }

    [Fact]
    public void A_command_built_from_words_returns_them_as_given()
    {
        var name = new ShellWord("v", "raw", 3, 4);
        var command = new ShellCommand(name, [new ShellWord("--yes", "--yes", 5, 10)], [], 3, 10);
        Assert.Equal(name, command.NameWord);
        Assert.Equal("raw", command.NameWord!.Value.Raw);
        Assert.True(command.HasFlag("yes"));
        Assert.True(command.Is("v", "--yes"));
        Assert.Null(new ShellCommand(null, [], [], 0, 0).NameWord);
    }

    [Fact]
    public void Frequent_words_share_one_string_and_others_get_their_own()
    {
        var first = Parse("apt-get install -y foo-tool").Commands[0];
        var second = Parse("apt-get install -y foo-tool").Commands[0];
        Assert.Same(first.Name, second.Name);
        Assert.Same(first.Arguments[0].Value, second.Arguments[0].Value);
        Assert.NotSame(first.Arguments[2].Value, second.Arguments[2].Value);
        Assert.Equal("foo-tool", second.Arguments[2].Value);
    }

    [Theory]
    [InlineData("apt-get", true)]
    [InlineData("${VAR}", true)]
    [InlineData("(", true)]
    [InlineData("apt-ge", false)]
    [InlineData("apt-gets", false)]
    [InlineData("", false)]
    [InlineData("a-very-long-word-that-no-table-would-ever-hold-at-all", false)]
    public void The_word_table_finds_exactly_its_words(string text, bool found)
    {
        var shared = ShellWordTable.Find(text.AsSpan());
        Assert.Equal(found, shared is not null);
        if (found)
        {
            Assert.Equal(text, shared);
        }
    }

    [Fact]
    public void A_script_parsed_with_a_span_map_object_maps_through_it()
    {
        var script = ShellParser.Parse("sudo x", new ShiftedMap(10));
        var span = script.SpanOf(script.Commands[0].NameWord!.Value);
        Assert.Equal((10, 14), (span.Start, span.End));
        Assert.Equal((15, 16), (script.Map(5, 6).Start, script.Map(5, 6).End));
    }

    [Fact]
    public void A_script_parsed_for_an_instruction_maps_through_its_arguments()
    {
        var run = (RunInstruction)CoursePlatform.Linting.Parsing.DockerfileParser.Parse("FROM x\nRUN  apt-get \\\n  install y\n").Instructions[1];
        var script = ShellParser.Parse(run.Command.Text.Text, run);
        var word = script.Commands[0].Arguments[0];
        Assert.Equal(run.MapArguments(word.Start, word.End), script.SpanOf(word));
        Assert.Equal(run.Script.SpanOf(run.Script.Commands[0].Arguments[0]), script.SpanOf(word));
    }

    private sealed class ShiftedMap(int shift) : ShellSpanMap
    {
        public override SourceSpan Map(int start, int end) => new(start + shift, end + shift, 1, start + 1, 1, end + 1);
    }
}
