using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(CoursePlatform.Linting.Benchmarks.LintBenchmarks).Assembly).Run(args);
