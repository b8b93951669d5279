using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Content.Grading;

/// <summary>One row of the size estimate, like a line of <c>docker history</c>.</summary>
public sealed record SizeLayer(int Line, string Instruction, double Megabytes, string Basis);

/// <summary>The estimated uncompressed size of the final image. Always an estimate.</summary>
public sealed record SizeEstimate(string? BaseImage, IReadOnlyList<SizeLayer> Layers, double TotalMegabytes);

/// <summary>
/// A deliberately small estimator (platform.md section 5). Only the final stage and the stages it builds on
/// count. Base image: uncompressed size from the catalogue (unknown image: 100 MB). Layers:
/// <list type="bullet">
/// <item>COPY --from a stage that runs <c>go build</c>: one Go binary (catalogue <c>go-binary</c>).</item>
/// <item>COPY --from a stage that installs npm dependencies and a source naming node_modules or a directory:
/// node_modules, production or all (<c>node-modules-production</c> / <c>node-modules-all</c>); other
/// COPY --from: build output (<c>build-output</c>).</item>
/// <item>RUN npm ci/install: node_modules as above; pip install: <c>pip-packages</c>, plus <c>pip-cache</c>
/// without <c>--no-cache-dir</c>; apt-get/apk install: per named package.</item>
/// <item>COPY/ADD from the context: the real size of the files in the problem's <c>context/</c>.</item>
/// </list>
/// </summary>
public static class SizeEstimator
{
    private const double UnknownBase = 100;

    public static SizeEstimate Estimate(GradingContext context)
    {
        if (context.Final is not { } final)
        {
            return new SizeEstimate(null, [], 0);
        }
        var catalog = context.Catalog;
        var layers = new List<SizeLayer>();
        var image = context.ExternalBase(final);
        var info = image is null ? null : catalog.Find(image);
        var root = GradingContext.Chain(final)[0];
        layers.Add(new SizeLayer(root.From.Line, "FROM " + (image ?? "?"), info?.UncompressedMb ?? UnknownBase,
            info is null ? "unknown image: a guess" : info.Source));
        foreach (var instruction in GradingContext.ChainInstructions(final))
        {
            switch (instruction)
            {
                case CopyInstruction copy when copy.From is not null:
                    var stage = context.Stages.StageOf(copy);
                    var source = stage is null ? null : context.CopySource(copy, stage);
                    if (source is null)
                    {
                        layers.Add(new SizeLayer(copy.Line, Short(copy), catalog.Layer("build-output", 1), "files from another image"));
                        break;
                    }
                    var commands = GradingContext.Commands(GradingContext.Chain(source)).Select(c => c.Command).ToList();
                    if (commands.Any(c => c.Name == "go" && c.NonFlagArguments.FirstOrDefault().Value == "build"))
                    {
                        var stripped = commands.Any(c => c.Name == "go" && c.Arguments.Any(a => a.Value.Contains("-s", StringComparison.Ordinal) && a.Value.Contains("-w", StringComparison.Ordinal)));
                        layers.Add(new SizeLayer(copy.Line, Short(copy), stripped ? catalog.Layer("go-binary-stripped", 5) : catalog.Layer("go-binary", 7), stripped ? "a stripped Go binary" : "a Go binary"));
                    }
                    else if (copy.Sources.Any(s => s.Value.Contains("node_modules", StringComparison.Ordinal)))
                    {
                        var production = commands.Any(c => c.Name == "npm" && (CommandPattern.HasFlag(c, "--omit", "dev") || CommandPattern.HasFlag(c, "--production", null) || CommandPattern.HasFlag(c, "--only", "production")));
                        layers.Add(new SizeLayer(copy.Line, Short(copy), catalog.Layer(production ? "node-modules-production" : "node-modules-all", 31), production ? "production node_modules" : "node_modules with dev dependencies"));
                    }
                    else
                    {
                        layers.Add(new SizeLayer(copy.Line, Short(copy), catalog.Layer("build-output", 1), "build output"));
                    }
                    break;
                case FileTransferInstruction transfer:
                    layers.Add(new SizeLayer(transfer.Line, Short(transfer), ContextSize(context, transfer), "files from the build context"));
                    break;
                case RunInstruction run:
                    var size = 0.0;
                    var basis = new List<string>();
                    foreach (var command in run.Script.Commands)
                    {
                        var first = command.NonFlagArguments.FirstOrDefault().Value;
                        if (command.Name == "npm" && first is "ci" or "install" or "i")
                        {
                            var production = CommandPattern.HasFlag(command, "--omit", "dev") || CommandPattern.HasFlag(command, "--production", null) || CommandPattern.HasFlag(command, "--only", "production");
                            size += catalog.Layer(production ? "node-modules-production" : "node-modules-all", 31);
                            basis.Add(production ? "production node_modules" : "node_modules with dev dependencies");
                        }
                        else if ((command.Name is "pip" or "pip3") && first == "install")
                        {
                            size += catalog.Layer("pip-packages", 5);
                            basis.Add("pip packages");
                            if (!CommandPattern.HasFlag(command, "--no-cache-dir", null))
                            {
                                size += catalog.Layer("pip-cache", 0.7);
                                basis.Add("pip cache");
                            }
                        }
                        else if ((command.Name is "apt-get" or "apt") && first == "update"
                            && !run.Script.Commands.Any(c => c.Name == "rm" && c.Arguments.Any(a => a.Value.StartsWith("/var/lib/apt/lists", StringComparison.Ordinal))))
                        {
                            size += catalog.Layer("apt-lists", 20);
                            basis.Add("apt lists left in the layer");
                        }
                        else if ((command.Name is "apt-get" or "apt") && first == "install")
                        {
                            var count = Math.Max(0, command.NonFlagArguments.Count() - 1);
                            size += count * catalog.Layer("apt-package", 12);
                            basis.Add($"{count} apt package(s)");
                        }
                        else if (command.Name == "apk" && first == "add")
                        {
                            var count = Math.Max(0, command.NonFlagArguments.Count() - 1);
                            size += count * catalog.Layer("apk-package", 2);
                            basis.Add($"{count} apk package(s)");
                        }
                    }
                    if (size > 0)
                    {
                        layers.Add(new SizeLayer(run.Line, Short(run), size, string.Join(", ", basis)));
                    }
                    break;
            }
        }
        var total = Math.Round(layers.Sum(l => l.Megabytes), 1);
        return new SizeEstimate(image, layers, total);
    }

    private static double ContextSize(GradingContext context, FileTransferInstruction transfer)
    {
        var files = context.ContextFiles;
        if (files.Count == 0)
        {
            return transfer.Sources.Count * context.Catalog.Layer("context-file-default", 0.01);
        }
        long bytes = 0;
        foreach (var source in transfer.Sources)
        {
            var relative = source.Value.Replace('\\', '/');
            while (relative.StartsWith("./", StringComparison.Ordinal))
            {
                relative = relative[2..];
            }
            relative = relative.Trim('/');
            if (relative == ".")
            {
                relative = "";
            }
            foreach (var (file, size) in files)
            {
                if (relative.Length == 0 || file == relative || file.StartsWith(relative + "/", StringComparison.Ordinal) || Glob.Matches(relative, file))
                {
                    bytes += size;
                }
            }
        }
        return bytes / 1_000_000.0;
    }

    private static string Short(Instruction instruction)
    {
        var text = instruction.Text.ReplaceLineEndings(" ");
        return text.Length > 60 ? text[..57] + "..." : text;
    }
}
