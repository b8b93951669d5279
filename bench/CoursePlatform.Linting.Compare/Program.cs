using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;

// lint-compare <buildA> <buildB> [seconds] [corpus]: loads CoursePlatform.Linting.dll from two build folders into
// separate load contexts and alternates whole passes over a folder of Dockerfiles, A then B, for the given time.
// On a machine whose speed changes from minute to minute, two separate bench runs cannot be compared; two builds
// alternating in one process see the same machine. Prints B's speedup as the median of the per-pair ratios.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: lint-compare <buildA> <buildB> [seconds] [corpus]");
    return 2;
}
var seconds = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 20;
var corpus = args.Length > 3 ? args[3] : Path.Combine(FindRepository(), "..", "shared", "corpus", "dockerfiles");
if (!Directory.Exists(corpus))
{
    Console.Error.WriteLine($"lint-compare: no corpus folder at {corpus}");
    return 1;
}
var texts = Directory.GetFiles(corpus).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
Engine a, b;
try
{
    a = Engine.Load(Path.GetFullPath(args[0]));
    b = Engine.Load(Path.GetFullPath(args[1]));
}
catch (Exception e) when (e is IOException or BadImageFormatException or InvalidOperationException)
{
    Console.Error.WriteLine($"lint-compare: {e.Message}");
    return 1;
}

var mismatches = texts.Count(text => a.FindingCount(text) != b.FindingCount(text));
Console.WriteLine($"files {texts.Length}, files whose finding counts differ: {mismatches}");

var warmUp = Stopwatch.StartNew();
while (warmUp.Elapsed.TotalSeconds < 6)
{
    Pass(a);
    Pass(b);
}
var ratios = new List<double>();
var timesA = new List<double>();
var timesB = new List<double>();
long allocatedA = 0, allocatedB = 0;
var run = Stopwatch.StartNew();
while (run.Elapsed.TotalSeconds < seconds)
{
    var before = GC.GetAllocatedBytesForCurrentThread();
    var timeA = Pass(a);
    var middle = GC.GetAllocatedBytesForCurrentThread();
    var timeB = Pass(b);
    allocatedA += middle - before;
    allocatedB += GC.GetAllocatedBytesForCurrentThread() - middle;
    timesA.Add(timeA);
    timesB.Add(timeB);
    ratios.Add(timeA / timeB);
}
var pairs = ratios.Count;
Console.WriteLine(
    $"pairs {pairs}: A median {texts.Length / Median(timesA):F0} files/s, B median {texts.Length / Median(timesB):F0} files/s; " +
    $"B speedup (median of per-pair ratios) {Median(ratios):F3}; allocated per file A {allocatedA / pairs / texts.Length} B {allocatedB / pairs / texts.Length}");
return 0;

double Pass(Engine engine)
{
    var started = Stopwatch.GetTimestamp();
    foreach (var text in texts)
    {
        engine.Lint(text);
    }
    return Stopwatch.GetElapsedTime(started).TotalSeconds;
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted[sorted.Count / 2];
}

static string FindRepository()
{
    for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "CoursePlatform.sln")))
        {
            return directory.FullName;
        }
    }
    return Directory.GetCurrentDirectory();
}

/// <summary>One build of the engine, loaded on its own and called through reflection (its types are not ours).</summary>
internal sealed class Engine
{
    private readonly object _linter;
    private readonly MethodInvoker _lint;
    private readonly PropertyInfo _findings;

    private Engine(object linter, MethodInvoker lint, PropertyInfo findings)
    {
        _linter = linter;
        _lint = lint;
        _findings = findings;
    }

    public static Engine Load(string folder)
    {
        var path = Path.Combine(folder, "CoursePlatform.Linting.dll");
        if (!File.Exists(path))
        {
            throw new IOException($"no CoursePlatform.Linting.dll in {folder}");
        }
        var context = new AssemblyLoadContext(folder);
        context.Resolving += (loader, name) =>
            File.Exists(Path.Combine(folder, name.Name + ".dll")) ? loader.LoadFromAssemblyPath(Path.Combine(folder, name.Name + ".dll")) : null;
        var assembly = context.LoadFromAssemblyPath(path);
        var linterType = assembly.GetType("CoursePlatform.Linting.Linter") ?? throw new InvalidOperationException($"{path} has no Linter");
        var optionsType = assembly.GetType("CoursePlatform.Linting.Configuration.LintOptions") ?? throw new InvalidOperationException($"{path} has no LintOptions");
        var linter = linterType.GetProperty("Default")?.GetValue(null) ?? throw new InvalidOperationException($"{path} has no Linter.Default");
        var lint = linterType.GetMethod("Lint", [typeof(string), optionsType]) ?? throw new InvalidOperationException($"{path} has no Lint(string, LintOptions)");
        var findings = lint.ReturnType.GetProperty("Findings") ?? throw new InvalidOperationException($"{path}: LintResult has no Findings");
        return new Engine(linter, MethodInvoker.Create(lint), findings);
    }

    public object Lint(string text) => _lint.Invoke(_linter, text, null)!;

    public int FindingCount(string text) => ((System.Collections.ICollection)_findings.GetValue(Lint(text))!).Count;
}
