using BenchmarkDotNet.Attributes;
using CoursePlatform.Linting.Parsing;
using CoursePlatform.Linting.Syntax;

namespace CoursePlatform.Linting.Benchmarks;

/// <summary>
/// The engine over the whole corpus held in memory: parsing alone, rules alone over pre-parsed documents, and both;
/// plus one small file, the editor's typical case.
/// </summary>
[MemoryDiagnoser]
public class LintBenchmarks
{
    private const string SmallFile = """
        FROM node:20-bookworm-slim AS build
        WORKDIR /app
        COPY package*.json ./
        RUN npm ci
        COPY . .
        RUN npm run build

        FROM nginx:1.27-alpine
        COPY --from=build /app/dist /usr/share/nginx/html
        EXPOSE 80
        """;

    private string[] _texts = [];
    private DockerfileDocument[] _documents = [];

    [GlobalSetup]
    public void Setup()
    {
        _texts = Corpus.Load();
        _documents = [.. _texts.Select(DockerfileParser.Parse)];
        foreach (var document in _documents)
        {
            // Parse RUN scripts now, so that "lint only" measures the rules and not the lazy shell parse.
            foreach (var instruction in document.Instructions)
            {
                if (instruction is RunInstruction run)
                {
                    _ = run.Script;
                }
            }
        }
    }

    [Benchmark(Description = "parse corpus")]
    public int ParseCorpus()
    {
        var count = 0;
        foreach (var text in _texts)
        {
            count += DockerfileParser.Parse(text).Instructions.Count;
        }
        return count;
    }

    [Benchmark(Description = "lint corpus (pre-parsed)")]
    public int LintParsedCorpus()
    {
        var count = 0;
        foreach (var document in _documents)
        {
            count += Linter.Default.Lint(document).Findings.Count;
        }
        return count;
    }

    [Benchmark(Description = "parse + lint corpus")]
    public int FullLintCorpus()
    {
        var count = 0;
        foreach (var text in _texts)
        {
            count += Linter.Default.Lint(text).Findings.Count;
        }
        return count;
    }

    [Benchmark(Description = "parse + lint one small file")]
    public int SmallFileLint() => Linter.Default.Lint(SmallFile).Findings.Count;
}
