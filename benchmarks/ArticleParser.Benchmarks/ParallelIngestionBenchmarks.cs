using ArticleParser.Benchmarks.Corpus;
using BenchmarkDotNet.Attributes;

namespace ArticleParser.Benchmarks;

/// <summary>
/// Ingests a directory of listing files (<see cref="MultiFileCorpus"/>: 200 files of about 50 KB): open,
/// decode and parse every file, one file at a time on one thread (the baseline) and with
/// <see cref="Parallel.ForEach{TSource}(IEnumerable{TSource}, ParallelOptions, Action{TSource})"/> on two cores;
/// once with <see cref="ListingParser.Parse(TextReader, ListingParserOptions?)"/> (a whole document per file)
/// and once with <see cref="ListingParser.Enumerate(TextReader, ListingParserOptions?)"/> (entries streamed).
/// </summary>
/// <remarks>
/// <c>Parse(TextReader)</c> reads each file to its end first, so every ~50 KB file becomes a ~100 KB string on the
/// large-object heap; the Enumerate pair shows how much of the parallel speed-up that costs.
/// </remarks>
public class ParallelIngestionBenchmarks
{
    /// <summary>The degree of parallelism: the two cores of the benchmark machine.</summary>
    public const int Cores = 2;

    private MultiFileCorpus? _corpus;

    private IReadOnlyList<string> Files => _corpus?.Files ?? throw new InvalidOperationException("Setup has not run.");

    /// <summary>Writes the file set to a temporary directory.</summary>
    [GlobalSetup]
    public void Setup() => _corpus = MultiFileCorpus.Create();

    /// <summary>Deletes the temporary directory.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _corpus?.Dispose();
        _corpus = null;
    }

    /// <summary>Parses every file in order on the calling thread.</summary>
    /// <returns>The number of entries read.</returns>
    [Benchmark(Baseline = true)]
    public int SingleThreaded()
    {
        var entries = 0;
        foreach (var file in Files)
        {
            entries += ParseFile(file);
        }

        return entries;
    }

    /// <summary>Parses the files with <see cref="Parallel.ForEach{TSource}(IEnumerable{TSource}, ParallelOptions, Action{TSource})"/> on <see cref="Cores"/> cores.</summary>
    /// <returns>The number of entries read.</returns>
    [Benchmark]
    public int ParallelForEach()
    {
        var entries = 0;
        Parallel.ForEach(
            Files,
            new ParallelOptions { MaxDegreeOfParallelism = Cores },
            file => Interlocked.Add(ref entries, ParseFile(file)));
        return entries;
    }

    /// <summary>Streams the entries of every file in order on the calling thread.</summary>
    /// <returns>The number of entries read.</returns>
    [Benchmark]
    public int SingleThreadedEnumerate()
    {
        var entries = 0;
        foreach (var file in Files)
        {
            entries += EnumerateFile(file);
        }

        return entries;
    }

    /// <summary>Streams the entries of the files with <see cref="Parallel.ForEach{TSource}(IEnumerable{TSource}, ParallelOptions, Action{TSource})"/> on <see cref="Cores"/> cores.</summary>
    /// <returns>The number of entries read.</returns>
    [Benchmark]
    public int ParallelForEachEnumerate()
    {
        var entries = 0;
        Parallel.ForEach(
            Files,
            new ParallelOptions { MaxDegreeOfParallelism = Cores },
            file => Interlocked.Add(ref entries, EnumerateFile(file)));
        return entries;
    }

    private static int EnumerateFile(string path)
    {
        using var reader = File.OpenText(path);
        var entries = 0;
        foreach (var entry in ListingParser.Enumerate(reader))
        {
            entries++;
        }

        return entries;
    }

    private static int ParseFile(string path)
    {
        using var reader = File.OpenText(path);
        return ListingParser.Parse(reader).Entries.Count;
    }
}
