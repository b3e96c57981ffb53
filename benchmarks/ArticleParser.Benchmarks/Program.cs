using ArticleParser.Benchmarks;
using BenchmarkDotNet.Running;

// Pick benchmarks with BenchmarkDotNet's usual switches, e.g.
//   dotnet run -c Release --project benchmarks/ArticleParser.Benchmarks -- --filter '*' --job short
// (see benchmarks/results/README.md for the commands behind the committed results).
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchmarkConfig.Create());
