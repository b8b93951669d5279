using CoursePlatform.Content.Tests.Support;

namespace CoursePlatform.Content.Tests.Problems;

/// <summary>A small valid content folder with one problem, to break one file at a time.</summary>
internal static class ProblemFixture
{
    public const string ProblemMd = "---\nid: demo\ntitle: Demo\nversion: 1\ndifficulty: easy\nlesson: one\nsection: start\ntasks:\n  - Split the build\n---\nStatement.\n\n## 1. Split the build\n\nUse two stages.\n";

    public const string ChecksYaml = "checks:\n  - id: two-stages\n    kind: stages\n    min: 2\n    task: 1\n    tier: essential\n    message: Use two stages.\n    why: Build tools stay behind.\n  - id: exec-form\n    kind: exec-form\n    task: 1\n    tier: actionable\n    message: Exec form.\n    why: Signals.\n";

    public static TempContent Create()
    {
        return TempContent.Valid()
            .Write("problems/demo/problem.md", ProblemMd)
            .Write("problems/demo/hints.md", "## 1. Split the build\n- Use FROM twice.\n")
            .Write("problems/demo/checks.yaml", ChecksYaml)
            .Write("problems/demo/context/app.txt", "hello\n")
            .Write("problems/demo/starter/Dockerfile", "FROM alpine:3.20\nCMD [\"cat\", \"/app.txt\"]\n")
            .Write("problems/demo/reference/Dockerfile", "FROM alpine:3.20 AS build\nCOPY app.txt /app.txt\nFROM alpine:3.20\nCOPY --from=build /app.txt /app.txt\nCMD [\"cat\", \"/app.txt\"]\n")
            .Write("problems/demo/alternatives/other/Dockerfile", "FROM busybox AS a\nFROM busybox\nENTRYPOINT [\"true\"]\n")
            .Write("problems/demo/known-bad/one-stage/Dockerfile", "FROM alpine:3.20\nCMD cat /app.txt\n")
            .Write("problems/demo/known-bad/one-stage/expected.yaml", "fails: [two-stages, exec-form]\n");
    }
}
