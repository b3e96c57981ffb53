using System.Globalization;
using ArticleParser.Benchmarks.Corpus;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ArticleParser.Benchmarks;

/// <summary>
/// Shows throughput: the UTF-8 size of a benchmark's input divided by its mean time, in MB/s
/// (1 MB = 1,048,576 bytes, as in the corpus sizes).
/// </summary>
/// <remarks>
/// The input size is known without running anything: a benchmark with a <c>Size</c> parameter parses the
/// <see cref="ListingCorpus"/> of that size; <see cref="ParallelIngestionBenchmarks"/> parses all of
/// <see cref="MultiFileCorpus"/>. Other benchmarks show "-".
/// </remarks>
public sealed class ThroughputColumn : IColumn
{
    private const double BytesPerMB = 1024 * 1024;

    /// <inheritdoc />
    public string Id => nameof(ThroughputColumn);

    /// <inheritdoc />
    public string ColumnName => "MB/s";

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc />
    public int PriorityInCategory => 0;

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc />
    public string Legend => "Throughput: UTF-8 input size / Mean, in MB (2^20 bytes) per second";

    /// <summary>Gets the UTF-8 size of the input a benchmark case parses per operation, if it is known.</summary>
    /// <param name="benchmarkCase">The benchmark case.</param>
    /// <returns>The size in bytes, or <see langword="null"/>.</returns>
    public static long? InputBytes(BenchmarkCase benchmarkCase)
    {
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        if (benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Size")?.Value is string size)
        {
            return ListingCorpus.Utf8Length(size);
        }

        return benchmarkCase.Descriptor.Type == typeof(ParallelIngestionBenchmarks) ? MultiFileCorpus.TotalUtf8Bytes : null;
    }

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var meanNanoseconds = summary[benchmarkCase]?.ResultStatistics?.Mean;
        var bytes = InputBytes(benchmarkCase);
        if (meanNanoseconds is not > 0 || bytes is null)
        {
            return "-";
        }

        var megabytesPerSecond = bytes.Value / BytesPerMB / (meanNanoseconds.Value / 1e9);
        return megabytesPerSecond.ToString(megabytesPerSecond >= 100 ? "N0" : "N2", CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc />
    public override string ToString() => ColumnName;
}
