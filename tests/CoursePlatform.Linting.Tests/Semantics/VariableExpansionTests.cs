using CoursePlatform.Linting.Semantics;

namespace CoursePlatform.Linting.Tests.Semantics;

public class VariableExpansionTests
{
    private static readonly Dictionary<string, string> Env = new()
    {
        ["PWD"] = "/home",
        ["A"] = "a",
        ["EMPTY"] = "",
        ["FILE"] = "archive.tar.gz",
        ["PATH"] = "/usr/bin:/bin",
        ["PORTS"] = "80 443",
        ["ü"] = "umlaut",
    };

    private static string Expand(string word, char escape = '\\') => VariableExpansion.Expand(word, Env, new ExpansionOptions(escape)).Value;

    [Theory]
    [InlineData("$PWD", "/home")]
    [InlineData("${PWD}", "/home")]
    [InlineData("x${A}y", "xay")]
    [InlineData("$A$A", "aa")]
    [InlineData("$UNSET", "")]
    [InlineData("${UNSET}", "")]
    [InlineData("$ü", "umlaut")]
    [InlineData("a_$A-b", "a_a-b")]
    [InlineData("$Ab", "")]
    public void Expands_plain_references(string word, string expected) => Assert.Equal(expected, Expand(word));

    [Theory]
    [InlineData("${UNSET:-def}", "def")]
    [InlineData("${EMPTY:-def}", "def")]
    [InlineData("${A:-def}", "a")]
    [InlineData("${UNSET-def}", "def")]
    [InlineData("${EMPTY-def}", "")]
    [InlineData("${A:+alt}", "alt")]
    [InlineData("${EMPTY:+alt}", "")]
    [InlineData("${UNSET:+alt}", "")]
    [InlineData("${EMPTY+alt}", "alt")]
    [InlineData("${UNSET+alt}", "")]
    [InlineData("${A:?oops}", "a")]
    [InlineData("${EMPTY?oops}", "")]
    [InlineData("${UNSET:-${A:-c}}", "a")]
    [InlineData("${UNSET:-${NOPE:-c}}", "c")]
    [InlineData("${UNSET:-'$A'}", "$A")]
    [InlineData("${UNSET:-\"$A b\"}", "a b")]
    public void Applies_the_default_alternative_and_error_modifiers(string word, string expected) => Assert.Equal(expected, Expand(word));

    [Theory]
    [InlineData("${FILE#*.}", "tar.gz")]
    [InlineData("${FILE##*.}", "gz")]
    [InlineData("${FILE%.*}", "archive.tar")]
    [InlineData("${FILE%%.*}", "archive")]
    [InlineData("${FILE#nomatch}", "archive.tar.gz")]
    [InlineData("${FILE#arch?ve}", ".tar.gz")]
    [InlineData("${FILE/a/A}", "Archive.tar.gz")]
    [InlineData("${FILE//a/A}", "Archive.tAr.gz")]
    [InlineData("${FILE/.*/}", "archive")]
    [InlineData("${FILE/a}", "rchive.tar.gz")]
    [InlineData("${PATH//\\//|}", "|usr|bin:|bin")]
    [InlineData("${FILE#\\*}", "archive.tar.gz")]
    public void Applies_pattern_modifiers(string word, string expected) => Assert.Equal(expected, Expand(word));

    [Theory]
    [InlineData("'$PWD'", "$PWD")]
    [InlineData("\"$PWD\"", "/home")]
    [InlineData("\\$PWD", "$PWD")]
    [InlineData("abc\\tdef", "abctdef")]
    [InlineData("\"a\\$b\"", "a$b")]
    [InlineData("\"a\\x\"", "a\\x")]
    [InlineData("\"it's\"", "it's")]
    [InlineData("'a'\"b\"c", "abc")]
    [InlineData("$", "$")]
    [InlineData("$.", "$.")]
    [InlineData("a$/b", "a$/b")]
    [InlineData("$(cmd)", "$(cmd)")]
    public void Honours_quotes_and_escapes(string word, string expected) => Assert.Equal(expected, Expand(word));

    [Theory]
    [InlineData("\"a b\"", "a b")]
    [InlineData("'$A b'", "$A b")]
    [InlineData("$FILE", "archive.tar.gz")]
    [InlineData("${PATH}", "/usr/bin:/bin")]
    [InlineData("\"$A\"b", "ab")]
    [InlineData("b\"$A\"", "ba")]
    [InlineData("\"x\"\"y\"'z'", "xyz")]
    [InlineData("$A$A\"$A\"", "aaa")]
    [InlineData("x\"$PWD\"\\$A", "x/home$A")]
    public void Joins_quoted_parts_and_variables_in_order(string word, string expected) => Assert.Equal(expected, Expand(word));

    [Theory]
    [InlineData("x\"abc", "x")]
    [InlineData("\"a\"b\"c", "ab")]
    [InlineData("$A\"b", "a")]
    [InlineData("x\"a${", "x")]
    public void Keeps_the_text_before_a_malformed_double_quoted_part(string word, string expected)
    {
        var result = VariableExpansion.Expand(word, Env);
        Assert.False(result.Succeeded);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("`$PWD", "$PWD")]
    [InlineData("\\$PWD", "\\/home")]
    [InlineData("\"a`\"b\"", "a\"b")]
    public void Uses_the_escape_directive_token(string word, string expected) => Assert.Equal(expected, Expand(word, '`'));

    [Theory]
    [InlineData("$1", "1")]
    [InlineData("$001", "001")]
    [InlineData("$999aaa", "999")]
    [InlineData("$@@@", "@")]
    [InlineData("$*", "*")]
    [InlineData("$#", "#")]
    [InlineData("$?", "?")]
    [InlineData("$-", "-")]
    [InlineData("$$", "$")]
    [InlineData("$!", "!")]
    [InlineData("$0", "0")]
    public void Reads_positional_and_special_names(string word, string name)
        => Assert.Equal(name, Assert.Single(VariableExpansion.FindReferences(word)).Name);

    [Fact]
    public void Splits_positional_names_from_the_following_text() => Assert.Equal("aaa", Expand("$999aaa"));

    [Theory]
    [InlineData("${}", "syntax error: bad substitution")]
    [InlineData("${:-x}", "syntax error: bad substitution")]
    [InlineData("${{A}}", "syntax error: bad substitution")]
    [InlineData("${A", "syntax error: missing '}'")]
    [InlineData("${A:-x", "syntax error: missing '}'")]
    [InlineData("${", "syntax error: missing '}'")]
    [InlineData("${A:#x}", "unsupported modifier (:#) in substitution")]
    [InlineData("${A:%x}", "unsupported modifier (:%) in substitution")]
    [InlineData("${A=x}", "unsupported modifier (=) in substitution")]
    [InlineData("${A:=x}", "unsupported modifier (:=) in substitution")]
    [InlineData("${A^}", "unsupported modifier (^) in substitution")]
    [InlineData("${UNSET?}", "UNSET: is not allowed to be unset")]
    [InlineData("${UNSET:?}", "UNSET: is not allowed to be unset")]
    [InlineData("${EMPTY:?}", "EMPTY: is not allowed to be empty")]
    [InlineData("${UNSET:?needs a value}", "UNSET: needs a value")]
    [InlineData("'abc", "unexpected end of statement while looking for matching single-quote")]
    [InlineData("\"abc", "unexpected end of statement while looking for matching double-quote")]
    public void Reports_malformed_words_as_errors_without_throwing(string word, string error)
    {
        var result = VariableExpansion.Expand(word, Env);
        Assert.False(result.Succeeded);
        Assert.Equal(error, result.Error);
    }

    [Fact]
    public void Finds_each_reference_with_its_offsets()
    {
        var references = VariableExpansion.FindReferences("pre$A-${B:-x}/${C}");
        Assert.Equal(["A", "B", "C"], references.Select(r => r.Name));
        Assert.Equal([(3, 5), (6, 13), (14, 18)], references.Select(r => (r.Start, r.End)));
        Assert.Equal([false, true, true], references.Select(r => r.IsBraced));
        Assert.Equal(VariableModifier.DefaultIfUnsetOrEmpty, references[1].Modifier);
    }

    [Fact]
    public void Finds_nested_references_before_the_outer_one()
    {
        var references = VariableExpansion.FindReferences("${OUTER:-${INNER}}");
        Assert.Equal(["INNER", "OUTER"], references.Select(r => r.Name));
        Assert.Equal((9, 17), (references[0].Start, references[0].End));
        Assert.Equal((0, 18), (references[1].Start, references[1].End));
    }

    [Theory]
    [InlineData("${A:-x}", VariableModifier.DefaultIfUnsetOrEmpty)]
    [InlineData("${A-x}", VariableModifier.DefaultIfUnset)]
    [InlineData("${A:+x}", VariableModifier.AlternativeIfNonEmpty)]
    [InlineData("${A+x}", VariableModifier.AlternativeIfSet)]
    [InlineData("${A:?x}", VariableModifier.ErrorIfUnsetOrEmpty)]
    [InlineData("${A?x}", VariableModifier.ErrorIfUnset)]
    [InlineData("${A#x}", VariableModifier.RemoveShortestPrefix)]
    [InlineData("${A##x}", VariableModifier.RemoveLongestPrefix)]
    [InlineData("${A%x}", VariableModifier.RemoveShortestSuffix)]
    [InlineData("${A%%x}", VariableModifier.RemoveLongestSuffix)]
    [InlineData("${A/x/y}", VariableModifier.ReplaceFirst)]
    [InlineData("${A//x/y}", VariableModifier.ReplaceAll)]
    [InlineData("$A", VariableModifier.None)]
    public void Recognises_every_modifier(string word, VariableModifier modifier)
        => Assert.Equal(modifier, Assert.Single(VariableExpansion.FindReferences(word)).Modifier);

    [Theory]
    [InlineData("'$A'")]
    [InlineData("\\$A")]
    [InlineData("'${A:-$B}'")]
    [InlineData("$")]
    [InlineData("100$")]
    [InlineData("plain")]
    public void Finds_no_reference_in_literals(string word) => Assert.Empty(VariableExpansion.FindReferences(word));

    [Theory]
    [InlineData("\"$A\"", "A")]
    [InlineData("'x'$A", "A")]
    [InlineData("${UNSET:?msg}$B", "UNSET,B")]
    [InlineData("${X:-$Y} ${X}", "Y,X,X")]
    public void Finds_references_outside_single_quotes(string word, string names)
        => Assert.Equal(names.Split(','), VariableExpansion.FindReferences(word).Select(r => r.Name));

    [Fact]
    public void Lists_each_unmatched_name_once()
    {
        var result = VariableExpansion.Expand("$X/$A/${X}/$Y", Env);
        Assert.Equal(["X", "Y"], result.Unmatched.Select(r => r.Name));
        Assert.True(result.References.Single(r => r.Name == "A").IsSet);
    }

    [Fact]
    public void Keeps_quote_characters_but_honours_single_quotes_in_raw_quote_mode()
    {
        var result = VariableExpansion.Expand("echo \"$A\" '$A' x", Env, new ExpansionOptions(RawQuotes: true));
        Assert.Equal("echo \"a\" '$A' x", result.Value);
    }

    [Fact]
    public void Treats_quotes_as_text_in_heredoc_mode()
    {
        var result = VariableExpansion.Expand("echo \"$A\" '$A' \\$A", Env, ExpansionOptions.Heredoc);
        Assert.Equal("echo \"a\" 'a' $A", result.Value);
        Assert.Equal(["A", "A"], result.References.Select(r => r.Name));
    }

    [Theory]
    [InlineData("$PORTS", "80|443")]
    [InlineData("\"$PORTS\"", "80 443")]
    [InlineData("8080 $A", "8080|a")]
    [InlineData("80\\ 81", "80 81")]
    [InlineData("$UNSET", "")]
    [InlineData("  80  ", "80")]
    public void Splits_words_after_expansion(string word, string expected)
        => Assert.Equal(expected, string.Join('|', VariableExpansion.Expand(word, Env, new ExpansionOptions(SplitWords: true)).Words));

    [Theory]
    [InlineData("${A")]
    [InlineData("${A:-${B")]
    [InlineData("${A/")]
    [InlineData("${A//x")]
    [InlineData("${A%")]
    [InlineData("\"${A}")]
    [InlineData("\\")]
    [InlineData("${A:")]
    [InlineData("$\"\"")]
    [InlineData("${A:-'}")]
    public void Never_throws_on_half_typed_words(string word)
    {
        var exception = Record.Exception(() => VariableExpansion.Expand(word, Env));
        Assert.Null(exception);
        Assert.Null(Record.Exception(() => VariableExpansion.FindReferences(word)));
    }

    [Theory]
    [InlineData("$A ${UNSET} $A")]
    [InlineData("${UNSET:-$A}${A:+$UNSET}")]
    [InlineData("${EMPTY:-${B:-$C}}")]
    [InlineData("${FILE%.$EXT}${FILE##*$UNSET}")]
    [InlineData("${FILE/$A/$B}${PATH//:/$SEP}")]
    [InlineData("'$A' \"$UNSET\" \\$B $C")]
    [InlineData("${UNSET:?no $MSG}${EMPTY?}")]
    [InlineData("${A:-'$Q'}\"${B:-\"$C\"}\"")]
    [InlineData("${A")]
    [InlineData("$A ${B/x")]
    [InlineData("${A:-${B")]
    [InlineData("\"$A")]
    [InlineData("$A${A:x}$B")]
    [InlineData("${}$A")]
    public void Reference_scan_finds_what_a_lenient_expansion_finds(string word)
    {
        foreach (var options in new[] { new ExpansionOptions(), new ExpansionOptions(RawQuotes: true), ExpansionOptions.Heredoc, new ExpansionOptions('`') })
        {
            var expected = VariableExpansion.Expand(word, Env, options with { Lenient = true }).References;
            var found = VariableExpansion.References(word, name => Env.TryGetValue(name, out var value) ? value : null, options);
            Assert.Equal(expected, found);
        }
    }

    [Fact]
    public void First_unmatched_keeps_one_unset_reference_per_name_like_unmatched()
    {
        var result = VariableExpansion.Expand("$B $A $B ${C:-$B} $A $C", Env, new ExpansionOptions(Lenient: true));
        var kept = Enumerable.Range(0, result.References.Count)
            .Where(i => VariableExpansion.IsFirstUnmatched(result.References, i))
            .Select(i => result.References[i]);
        Assert.Equal(result.Unmatched, kept);
        Assert.Equal(["B", "C"], kept.Select(r => r.Name));
    }
}
