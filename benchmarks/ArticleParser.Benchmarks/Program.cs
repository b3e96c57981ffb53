using ArticleParser.Benchmarks;
using BenchmarkDotNet.Running;

// Pick benchmarks with BenchmarkDotNet's usual switches, e.g.
//   dotnet run -c Release --project benchmarks/ArticleParser.Benchmarks -- --filter '*' --job short
// (see benchmarks/results/README.md for the commands behind the committed results).
// The 1 GB streaming measurement is a single run, outside BenchmarkDotNet:
//   dotnet run -c Release --project benchmarks/ArticleParser.Benchmarks -- --streaming-report [megabytes]
if (args.Length > 0 && args[0] == "--streaming-report")
{
    return StreamingReport.Run(args);
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchmarkConfig.Create()).ToList();

// A run asked to measure that measured nothing (its build timed out, a benchmark threw, no benchmark matched the
// filter) fails, so that a script or CI sees it; --help and --list measure nothing on purpose.
var measuring = args.Any(a => a is "--filter" or "-f" or "--allCategories" or "--anyCategories");
var failed = summaries.Where(s => s.HasCriticalValidationErrors || s.Reports.Length == 0 || s.Reports.Any(r => !r.Success)).ToList();
if (measuring && (summaries.Count == 0 || failed.Count > 0))
{
    Console.Error.WriteLine(summaries.Count == 0
        ? "benchmarks: no benchmark ran (none matched the filter, or the build failed); see the log above"
        : $"benchmarks: {failed.Sum(s => s.Reports.Count(r => !r.Success)) + failed.Count(s => s.Reports.Length == 0)} benchmark(s) measured nothing (a build that timed out or failed, an exception); see the log above");
    return 1;
}

return 0;
