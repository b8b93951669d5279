using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// The generated benchmark project is built by a child process; on a busy machine that takes longer than
// BenchmarkDotNet's default two minutes.
var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15));
BenchmarkSwitcher.FromAssembly(typeof(CoursePlatform.Linting.Benchmarks.LintBenchmarks).Assembly).Run(args, config);
