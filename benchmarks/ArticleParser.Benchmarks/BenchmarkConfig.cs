using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Csv;

namespace ArticleParser.Benchmarks;

/// <summary>
/// The configuration every benchmark runs with: BenchmarkDotNet's default columns, loggers, analysers
/// and validators, plus allocated bytes (<see cref="MemoryDiagnoser"/>), an MB/s column
/// (<see cref="ThroughputColumn"/>), and GitHub-flavoured markdown and CSV reports in
/// <c>BenchmarkDotNet.Artifacts/results</c> under the current directory.
/// </summary>
public static class BenchmarkConfig
{
    /// <summary>Creates the configuration.</summary>
    /// <returns>The configuration for <c>BenchmarkSwitcher.Run</c>.</returns>
    public static IConfig Create()
    {
        var defaults = DefaultConfig.Instance;
        return ManualConfig.CreateEmpty()
            .AddColumnProvider([.. defaults.GetColumnProviders()])
            .AddLogger([.. defaults.GetLoggers()])
            .AddAnalyser([.. defaults.GetAnalysers()])
            .AddValidator([.. defaults.GetValidators()])
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(new ThroughputColumn())
            .AddExporter(MarkdownExporter.GitHub, CsvExporter.Default);
    }
}
