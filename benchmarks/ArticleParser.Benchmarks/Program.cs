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

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchmarkConfig.Create());
return 0;
