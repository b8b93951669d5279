using CoursePlatform.Linting.Semantics;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Content.Grading.Checks;

/// <summary>
/// <c>kind: static-binary</c> — when the final image has no C library (scratch, distroless static: libc
/// <c>none</c> in the catalogue) or a different one than the builder (musl vs glibc), every <c>go build</c> in a
/// stage the final image copies from must produce a static binary: <c>CGO_ENABLED=0</c> in the environment that
/// RUN sees (ENV in the stage or a base stage, an inline assignment, or an earlier <c>export</c> in the same
/// RUN), or link flags containing <c>-static</c>. Otherwise the binary needs a libc that is not there.
/// </summary>
public sealed class StaticBinaryCheck(CheckSpec spec) : GradingCheck(spec)
{
    public override CheckEvaluation Evaluate(GradingContext context)
    {
        if (context.Final is not { } final)
        {
            return CheckEvaluation.Fail();
        }
        var finalLibc = context.BaseInfo(final)?.Libc;
        var contributors = context.Contributors(final);
        var bad = new List<int>();
        var builds = new List<int>();
        BuildEnvironment.Dispatch(context.Document, context.LintOptions, (stage, instruction, scope) =>
        {
            if (instruction is not RunInstruction run || !contributors.Contains(stage))
            {
                return;
            }
            var builderLibc = context.BaseInfo(stage)?.Libc;
            var needsStatic = finalLibc == "none" || (finalLibc is not null && builderLibc is not null && finalLibc != builderLibc);
            var cgo = scope.Lookup("CGO_ENABLED");
            foreach (var command in run.Script.Commands)
            {
                if (command.Name == "export")
                {
                    foreach (var argument in command.Arguments)
                    {
                        if (argument.Value.StartsWith("CGO_ENABLED=", StringComparison.Ordinal))
                        {
                            cgo = argument.Value["CGO_ENABLED=".Length..];
                        }
                    }
                }
                if (command.Name != "go" || command.NonFlagArguments.FirstOrDefault().Value != "build")
                {
                    continue;
                }
                builds.AddRange(GradingContext.LinesOf(run));
                var inline = command.Assignments.FirstOrDefault(a => a.Name == "CGO_ENABLED").Name is not null
                    ? command.Assignments.First(a => a.Name == "CGO_ENABLED").Value
                    : cgo;
                var staticLink = command.Arguments.Any(a => a.Value.Contains("-static", StringComparison.Ordinal));
                if (needsStatic && inline != "0" && !staticLink)
                {
                    bad.AddRange(GradingContext.LinesOf(run));
                }
            }
        });
        if (bad.Count > 0)
        {
            bad.Add(final.From.Line);
            return CheckEvaluation.Fail(bad, $"the final image has libc '{finalLibc}' and the binary is built with cgo");
        }
        return CheckEvaluation.Pass(builds);
    }
}
