using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3025Tests
{
    [Theory]
    [InlineData("FROM node:20\nCMD node server.js")]
    [InlineData("FROM node:20\nENTRYPOINT /entrypoint.sh")]
    [InlineData("FROM node:20\nHEALTHCHECK CMD curl -f http://localhost/")]
    [InlineData("FROM node:20\nHEALTHCHECK --interval=5s CMD curl -f http://localhost/")]
    [InlineData("FROM node:20\nCMD ['echo','single quotes are invalid JSON']")]
    [InlineData("FROM node:20\nSHELL [\"/bin/bash\", \"-c\"]\nCMD node server.js")]
    [InlineData("FROM scratch AS base\nSHELL [\"/usr/bin/customshell\"]\nFROM base\nCMD mycommand")]
    public void Fires_on_shell_form(string dockerfile) => Lint.Fires("DL3025", dockerfile);

    [Theory]
    [InlineData("FROM node:20\nCMD [\"node\", \"server.js\"]")]
    [InlineData("FROM node:20\nENTRYPOINT [\"/entrypoint.sh\"]")]
    [InlineData("FROM node:20\nHEALTHCHECK CMD [\"curl\", \"-f\", \"http://localhost/\"]")]
    [InlineData("FROM node:20\nHEALTHCHECK NONE")]
    [InlineData("FROM node:20\nCMD []")]
    [InlineData("FROM node:20\nCMD [ \"/bin/sh\", \"-c\", \\\n      \"echo foo && \\\n       echo bar\" \\\n    ]")]
    [InlineData("FROM node:20\nRUN echo hi")]
    [InlineData("FROM node:20\nONBUILD CMD node server.js")]
    public void Passes_on_json_form(string dockerfile) => Lint.Passes("DL3025", dockerfile);

    [Fact]
    public void Is_also_reported_under_the_buildkit_name_even_after_a_shell_instruction() =>
        // BuildKit's JSONArgsRecommended stays silent once SHELL is set; this rule follows hadolint.
        Lint.Fires("JSONArgsRecommended", "FROM node:20\nSHELL [\"/bin/bash\", \"-c\"]\nCMD node server.js");
}
