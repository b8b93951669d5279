using CoursePlatform.Linting.Configuration;
using CoursePlatform.Linting.Rules;
using CsCheck;

namespace CoursePlatform.Linting.Tests.Rules;

/// <summary>The instruction-level rules survive half-typed input with every option switched on.</summary>
public class DLInstructionRulesNeverThrowTests
{
    private static readonly string[] Fragments =
    [
        "FROM", "FROM ", "from", "FROM alpine", "FROM alpine:3 AS", "FROM a AS b", "AS", "--platform=", "--platform",
        "--from=", "--from", "COPY", "COPY --from=0", "ADD", "ONBUILD", "ONBUILD ONBUILD", "USER", "USER :", "WORKDIR",
        "WORKDIR \"", "EXPOSE", "EXPOSE -", "EXPOSE 99999-", "LABEL", "LABEL =", "LABEL a=", "ENV", "ENV a=$", "ENV =b",
        "ARG", "ARG =", "HEALTHCHECK", "HEALTHCHECK CMD", "CMD", "CMD [", "ENTRYPOINT [\"a\"", "MAINTAINER",
        "RUN --mount=from=", "RUN --mount=type=cache,from=x:1", "# hadolint ignore=", "# hadolint ignore=DL", "\"", "'",
        "\\", "${", "$", ":", "/", "//", "@", "@sha256:", "\t", " ", "=", "<<EOF", "EOF", "[", "]", ",",
    ];

    private static readonly HashSet<string> Codes =
    [
        "DL1001", "DL3000", "DL3002", "DL3006", "DL3011", "DL3012", "DL3020", "DL3021", "DL3022", "DL3023", "DL3024",
        "DL3025", "DL3026", "DL3029", "DL3043", "DL3044", "DL3045", "DL3048", "DL3049", "DL3050", "DL3051", "DL3052",
        "DL3053", "DL3054", "DL3055", "DL3056", "DL3057", "DL3058", "DL3061", "DL3063", "DL3064", "DL3065", "DL3066",
        "DL3067", "DL4000", "DL4003", "DL4004",
    ];

    [Fact]
    public void Every_rule_of_this_area_is_in_the_catalogue() =>
        Assert.All(Codes, code => Assert.Equal(code, RuleCatalog.Find(code)?.Code));

    private static readonly LintOptions Everything = new()
    {
        Overrides = new Dictionary<string, Severity> { ["DL1001"] = Severity.Info, ["DL3057"] = Severity.Info },
        TrustedRegistries = ["*", "x*", "*.y", "z"],
        LabelSchema = new Dictionary<string, LabelType>
        {
            ["a"] = LabelType.Url, [""] = LabelType.Rfc3339, ["b"] = LabelType.Spdx, ["c"] = LabelType.Hash,
            ["d"] = LabelType.Semver, ["e"] = LabelType.Email, ["f"] = LabelType.Text,
        },
        StrictLabels = true,
    };

    [Fact]
    public void Never_throw_on_fragments_of_instructions()
    {
        var text = Gen.Int[0, Fragments.Length - 1].Select(i => Fragments[i])
            .Array[0, 8].Select(parts => string.Join(' ', parts))
            .Array[0, 6].Select(lines => string.Join('\n', lines));
        var linter = new Linter([.. RuleCatalog.All.Where(rule => Codes.Contains(rule.Code))]);
        text.Sample(source => linter.Lint(source, Everything), iter: 3000);
    }
}
