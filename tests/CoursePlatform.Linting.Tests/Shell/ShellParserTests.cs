using CoursePlatform.Linting.Shell;
using CoursePlatform.Linting.Syntax;
using CsCheck;

namespace CoursePlatform.Linting.Tests.Shell;

public class ShellParserTests
{
    private static ShellScript Parse(string text) => ShellParser.Parse(text, static (_, _) => SourceSpan.Empty);

    private static string Names(string text) => string.Join(" ", Parse(text).Commands.Select(c => c.Name == "" ? "<assign>" : c.Name));

    private static string Arguments(string text) => string.Join("|", Parse(text).Commands[0].Arguments.Select(a => a.Value));

    [Theory]
    [InlineData("apt-get update", "apt-get")]
    [InlineData("a && b || c; d | e |& f & g", "a b c d e f g")]
    [InlineData("a\nb\n\nc", "a b c")]
    [InlineData("(cd /x && make) && { echo a; echo b; }", "cd make echo echo")]
    [InlineData("if test -f x; then a; elif b; then c; else d; fi", "test a b c d")]
    [InlineData("for f in a b $(ls); do rm $f; done", "ls rm")]
    [InlineData("for ((i=0; i<3; i++)); do echo $i; done", "echo")]
    [InlineData("while read line; do echo $line; done < file", "read echo")]
    [InlineData("until false; do sleep 1; done", "false sleep")]
    [InlineData("case $x in a|b) one ;; (c) two; three ;& *) four ;;& esac; after", "one two three four after")]
    [InlineData("case \"$1\" in\n  start)\n    run\n    ;;\nesac", "run")]
    [InlineData("f() { inner; }; f", "inner f")]
    [InlineData("function g { inner; }", "inner")]
    [InlineData("function h() ( inner )", "inner")]
    [InlineData("! grep -q x file", "grep")]
    [InlineData("[[ -f $(which a) && -x b ]] && run", "which run")]
    [InlineData("(( i++ )) && run", "run")]
    [InlineData("x=$((1 + 2)) run", "run")]
    [InlineData("x=$( (cd a && b) | tee) run", "run cd b tee")]
    [InlineData("diff <(sort a) >(sort b)", "diff sort sort")]
    [InlineData("a # comment && b\nc", "a c")]
    [InlineData("# only a comment", "")]
    [InlineData("echo a#b c", "echo")]
    [InlineData("time make", "time")]
    [InlineData("exec gosu app run", "exec")]
    [InlineData("/usr/bin/sudo x", "/usr/bin/sudo")]
    [InlineData("\"apt-get\" install x", "apt-get")]
    [InlineData("x=$(case $a in b) one ;; *) two ;; esac) && after", "<assign> one two after")]
    [InlineData("y=$(cat <<EOF\nsudo inside\nEOF\n) && after", "<assign> cat after")]
    [InlineData("select opt in a b; do pick; done", "pick")]
    [InlineData("for x do each; done", "each")]
    [InlineData("for x\nin a b\ndo each; done", "each")]
    [InlineData("if a\nthen\n  b\nelse\n  c\nfi", "a b c")]
    [InlineData("while true; do if x; then break; fi; done", "true x break")]
    [InlineData("a[1]=x b+=y run", "run")]
    [InlineData("echo $[1 + 2] `date` done", "echo date")]
    public void Lists_every_simple_command_once_in_order(string script, string names) => Assert.Equal(names, Names(script));

    [Theory]
    [InlineData("outer $(inner1) $(inner2)", "outer inner1 inner2")]
    [InlineData("FOO=$(first) cmd `second`", "cmd first second")]
    [InlineData("echo \"$(a \"$(b)\")\"", "echo a b")]
    [InlineData("echo ${x:-$(fallback)}", "echo fallback")]
    [InlineData("echo `a \\`b\\``", "echo a")]
    public void Lists_the_enclosing_command_before_its_substitutions(string script, string names) => Assert.Equal(names, Names(script));

    [Theory]
    [InlineData("echo if then else fi do done", "if|then|else|fi|do|done")]
    [InlineData("echo { } ! [[ ]]", "{|}|!|[[|]]")]
    [InlineData("echo case in esac", "case|in|esac")]
    public void Reserved_words_are_plain_arguments_outside_command_position(string script, string arguments)
    {
        Assert.Equal("echo", Names(script));
        Assert.Equal(arguments, Arguments(script));
    }

    [Theory]
    [InlineData("c plain", "plain")]
    [InlineData("c 'single quoted'", "single quoted")]
    [InlineData("c \"double quoted\"", "double quoted")]
    [InlineData("c mi'x'\"ed\"", "mixed")]
    [InlineData("c \"a\\\"b\\$c\\d\"", "a\"b$c\\d")]
    [InlineData("c a\\ b", "a b")]
    [InlineData("c tomcat\\>=9.0", "tomcat>=9.0")]
    [InlineData("c $x", "${x}")]
    [InlineData("c ${x}", "${x}")]
    [InlineData("c ${x:-y}", "${x}")]
    [InlineData("c ${x:-${y:-z}}end", "${x}end")]
    [InlineData("c ${#x} ", "${x}")]
    [InlineData("c pkg=${VERSION}-1", "pkg=${VERSION}-1")]
    [InlineData("c \"$HOME/dir\"", "${HOME}/dir")]
    [InlineData("c $1$@$?", "${1}${@}${?}")]
    [InlineData("c $(cmd arg)", "${VAR}")]
    [InlineData("c `cmd arg`", "${VAR}")]
    [InlineData("c $((1 + 2))", "${VAR}")]
    [InlineData("c \"$(which python)\"", "${VAR}")]
    [InlineData("c $'a\\tb'", "a\\tb")]
    [InlineData("c cost$", "cost$")]
    [InlineData("c 'it''s'", "its")]
    [InlineData("c \"${x:-it's}\" next", "${x}")]
    [InlineData("c @scope/pkg@1.0", "@scope/pkg@1.0")]
    [InlineData("c *.tar.gz", "*.tar.gz")]
    [InlineData("c line\\\ncontinued", "linecontinued")]
    [InlineData("c $[1+2]", "${VAR}")]
    [InlineData("c x<(ls)", "x")]
    [InlineData("c --opt=\"$HOME\"/bin", "--opt=${HOME}/bin")]
    [InlineData("c \"a\\\nb\"", "ab")]
    [InlineData("c ${@}", "${@}")]
    [InlineData("c $$", "${$}")]
    public void Normalises_word_values(string script, string value) => Assert.Equal(value, Parse(script).Commands[0].Arguments[0].Value);

    [Theory]
    [InlineData("c >out arg", "arg")]
    [InlineData("c arg 2>&1", "arg")]
    [InlineData("c arg &> log", "arg")]
    [InlineData("c arg &>> log", "arg")]
    [InlineData("c < in arg >> out", "arg")]
    [InlineData("c arg >| out 3<> file 2>/dev/null", "arg")]
    [InlineData("c arg <<< \"here string\"", "arg")]
    [InlineData("c arg1 2> err arg2", "arg1|arg2")]
    public void Redirections_are_not_arguments(string script, string arguments) => Assert.Equal(arguments, Arguments(script));

    [Fact]
    public void Skips_heredoc_bodies_inside_the_script()
    {
        var script = Parse("cat <<EOF > /etc/x && echo ok\nrm -rf /\nsudo x\nEOF\napt-get update");
        Assert.Equal(["cat", "echo", "apt-get"], script.Commands.Select(c => c.Name));
        Assert.Equal(["ok"], script.Commands[1].Arguments.Select(a => a.Value));
    }

    [Theory]
    [InlineData("cat <<-'END'\n\tsudo x\n\tEND\nnext", "cat next")]
    [InlineData("cat <<\"A\" <<B\nsudo\nA\nkill\nB\nnext", "cat next")]
    [InlineData("cat << EOF\nsudo", "cat")]
    public void Skips_quoted_tab_stripped_and_stacked_heredocs(string script, string names) => Assert.Equal(names, Names(script));

    [Fact]
    public void Records_leading_assignments_apart_from_the_name()
    {
        var command = Assert.Single(Parse("DEBIAN_FRONTEND=noninteractive PATH+=\":/x\" apt-get install -y x").Commands);
        Assert.Equal("apt-get", command.Name);
        Assert.Equal(["DEBIAN_FRONTEND=noninteractive", "PATH=:/x"], command.Assignments.Select(a => $"{a.Name}={a.Value}"));
        Assert.Equal(["install", "-y", "x"], command.Arguments.Select(a => a.Value));
    }

    [Theory]
    [InlineData("A=1")]
    [InlineData("arr=(a b c)")]
    public void A_bare_assignment_is_a_nameless_command(string script)
    {
        var command = Assert.Single(Parse(script).Commands);
        Assert.Equal("", command.Name);
        Assert.Null(command.NameWord);
        Assert.Single(command.Assignments);
    }

    [Fact]
    public void An_assignment_after_the_name_is_an_argument()
    {
        var command = Assert.Single(Parse("env A=1 run").Commands);
        Assert.Empty(command.Assignments);
        Assert.Equal(["A=1", "run"], command.Arguments.Select(a => a.Value));
    }

    [Theory]
    [InlineData("a | b", true)]
    [InlineData("a |& b", true)]
    [InlineData("x=$(a | b)", true)]
    [InlineData("(a | b)", true)]
    [InlineData("a || b", false)]
    [InlineData("echo 'a | b' \"c|d\" e\\|f", false)]
    [InlineData("case x in a|b) c ;; esac", false)]
    [InlineData("[[ a || b ]]", false)]
    [InlineData("cat <<EOF\na | b\nEOF", false)]
    [InlineData("a # | b", false)]
    public void Detects_a_real_pipe(string script, bool hasPipe) => Assert.Equal(hasPipe, Parse(script).HasPipe);

    [Theory]
    [InlineData("apt-get update", true)]
    [InlineData("/foo.sh --flag 'a b' > /log 2>&1", true)]
    [InlineData("  run  ;  ", true)]
    [InlineData("A=1 run", true)]
    [InlineData("a && b", false)]
    [InlineData("a; b", false)]
    [InlineData("a | b", false)]
    [InlineData("a &", false)]
    [InlineData("(a)", false)]
    [InlineData("{ a; }", false)]
    [InlineData("if a; then b; fi", false)]
    [InlineData("echo $(date)", false)]
    [InlineData("", false)]
    [InlineData("# comment", false)]
    public void Knows_a_single_simple_command(string script, bool single) => Assert.Equal(single, Parse(script).IsSingleCommand);

    [Theory]
    [InlineData("echo \"unterminated")]
    [InlineData("echo 'unterminated")]
    [InlineData("echo $(unterminated")]
    [InlineData("echo ${unterminated")]
    [InlineData("echo `unterminated")]
    [InlineData("echo $((1 +")]
    [InlineData(")")]
    [InlineData("))) ;; ;& }}} fi done esac then")]
    [InlineData("fi")]
    [InlineData("if")]
    [InlineData("if a; then")]
    [InlineData("for")]
    [InlineData("for x in")]
    [InlineData("case")]
    [InlineData("case x in")]
    [InlineData("case x in a)")]
    [InlineData("while")]
    [InlineData("f()")]
    [InlineData("function")]
    [InlineData("[[")]
    [InlineData("((")]
    [InlineData("$(")]
    [InlineData("<<")]
    [InlineData("<<EOF")]
    [InlineData("> ")]
    [InlineData("2>&")]
    [InlineData("&&&||||;;;&&")]
    [InlineData("\\")]
    [InlineData("$")]
    [InlineData("${")]
    [InlineData("$'")]
    [InlineData("a=(")]
    [InlineData("echo @(")]
    [InlineData("<(")]
    [InlineData("\r\n\r\n")]
    public void Never_throws_or_hangs_on_malformed_input(string script)
    {
        var result = Parse(script);
        Assert.NotNull(result);
    }

    [Fact]
    public void Survives_deep_nesting()
    {
        var deep = string.Concat(Enumerable.Repeat("$(", 5000)) + "x" + string.Concat(Enumerable.Repeat(")", 5000));
        Assert.NotEmpty(Parse(deep).Commands);
        Parse(string.Concat(Enumerable.Repeat("(", 5000)));
        Parse(string.Concat(Enumerable.Repeat("{ ", 5000)));
        Parse(string.Concat(Enumerable.Repeat("if ", 5000)));
        Parse(string.Concat(Enumerable.Repeat("`", 5000)));
        Parse(string.Concat(Enumerable.Repeat("\"$(", 5000)));
    }

    [Fact]
    public void Never_throws_on_random_shell_like_text()
    {
        Gen.String[Gen.Char["ab $(){}[]|&;<>'\"`\\#=\n\t-!*?@ifthenfidodonecaseesac"], 0, 60]
            .Sample(text =>
            {
                var script = Parse(text);
                foreach (var command in script.Commands)
                {
                    Assert.InRange(command.Start, 0, text.Length);
                    Assert.InRange(command.End, command.Start, text.Length);
                }
            }, iter: 20_000);
    }

    [Fact]
    public void Word_offsets_cut_the_raw_text_out_of_the_script()
    {
        const string text = "A=1 apt-get  install -y \"pkg=1.0\" $(echo x) && rm -rf /var/lib/apt/lists/*";
        var script = Parse(text);
        foreach (var command in script.Commands)
        {
            foreach (var word in command.Arguments.Append(command.NameWord!.Value))
            {
                Assert.Equal(word.Raw, text[word.Start..word.End]);
            }
        }
        Assert.Equal("A=1 apt-get  install -y \"pkg=1.0\" $(echo x)", text[script.Commands[0].Start..script.Commands[0].End]);
    }

    [Fact]
    public void Maps_word_offsets_through_the_given_function()
    {
        var script = ShellParser.Parse("sudo x", static (start, end) => new SourceSpan(start + 10, end + 10, 2, start + 1, 2, end + 1));
        var span = script.SpanOf(script.Commands[0].NameWord!.Value);
        Assert.Equal((10, 14), (span.Start, span.End));
    }

    [Fact]
    public void Exposes_hadolint_style_flags()
    {
        var command = Parse("tar -xzf a.tgz --strip-components=1 - -- rest").Commands[0];
        Assert.Equal(["x", "z", "f", "strip-components"], command.Flags);
        Assert.True(command.HasFlag("z"));
        Assert.Equal(["a.tgz", "-", "--", "rest"], command.NonFlagArguments.Select(a => a.Value));
    }
}
