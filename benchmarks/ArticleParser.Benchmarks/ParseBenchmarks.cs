using System.Text;
using ArticleParser.Benchmarks.Baselines;
using ArticleParser.Benchmarks.Corpus;
using BenchmarkDotNet.Attributes;

namespace ArticleParser.Benchmarks;

/// <summary>
/// Parses one in-memory corpus (3 KB, 1 MB, 10 MB) six ways: the minimal scanner (the baseline), the hand-written scanner,
/// <see cref="ListingParser.Parse(string, ListingParserOptions?)"/>,
/// <see cref="ListingParser.Parse(TextReader, ListingParserOptions?)"/> and
/// <see cref="ListingParser.Enumerate(TextReader, ListingParserOptions?)"/> over a UTF-8 stream, and the naive
/// character-level Sprache grammar. Every variant builds the same entry records (BenchmarkVariantTests).
/// </summary>
/// <remarks>100 MB runs separately, in <see cref="LargeParseBenchmarks"/>, so a short run can leave it out.</remarks>
public class ParseBenchmarks
{
    private string _text = string.Empty;
    private byte[] _utf8 = [];

    /// <summary>Gets or sets the corpus size, one of the <see cref="ListingCorpus"/> size names.</summary>
    [Params(ListingCorpus.Size3KB, ListingCorpus.Size1MB, ListingCorpus.Size10MB)]
    public string Size { get; set; } = ListingCorpus.Size3KB;

    /// <summary>Builds the corpus text and its UTF-8 bytes.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _text = ListingCorpus.Build(Size);
        _utf8 = Encoding.UTF8.GetBytes(_text);
    }

    /// <summary>The minimal scanner: caption, headline and teaser strings and nothing else; the floor, and the baseline of the ratios.</summary>
    /// <returns>The entries.</returns>
    [Benchmark(Baseline = true)]
    public List<List<MinimalEntry>> Minimal() => MinimalScanner.Scan(_text);

    /// <summary>The hand-written span scanner: the library's records (spans, labels, truncation) for the seeds layout.</summary>
    /// <returns>The entries.</returns>
    [Benchmark]
    public List<ListingEntry> Scanner() => HandWrittenScanner.Scan(_text);

    /// <summary>The library on a string: lexer, Sprache token grammar, records, non-entry blocks and diagnostics.</summary>
    /// <returns>The document.</returns>
    [Benchmark]
    public ListingDocument ParseString() => ListingParser.Parse(_text);

    /// <summary>The library on a <see cref="StreamReader"/> over the UTF-8 bytes: decoding included.</summary>
    /// <returns>The document.</returns>
    [Benchmark]
    public ListingDocument ParseReader() => ReaderVariant.Parse(_utf8);

    /// <summary>
    /// The library's streaming API, <see cref="ListingParser.Enumerate(TextReader, ListingParserOptions?)"/>, over the
    /// same <see cref="StreamReader"/>: entries are consumed as they come and not kept, as a streaming caller would.
    /// </summary>
    /// <returns>The number of entries.</returns>
    [Benchmark]
    public int EnumerateReader() => ReaderVariant.CountEnumerated(_utf8);

    /// <summary>The naive character-level Sprache grammar.</summary>
    /// <returns>The entries.</returns>
    [Benchmark]
    public List<ListingEntry> NaiveSprache() => NaiveSpracheGrammar.ParseEntries(_text);
}

/// <summary>
/// The 100 MB corpus, for the linear-scaling check (time per MB at 100 MB against 1 MB), kept apart so a
/// short run can skip it.
/// </summary>
/// <remarks>
/// The naive Sprache grammar is left out here: it runs at 3–5 MB/s and allocates about 1 KB per input
/// character (see the 10 MB row of <see cref="ParseBenchmarks"/>), so one 100 MB operation would take about
/// 25 s and allocate about 100 GB, while the ratio it would show is already measured at 10 MB.
/// </remarks>
public class LargeParseBenchmarks
{
    private string _text = string.Empty;
    private byte[] _utf8 = [];

    /// <summary>Gets or sets the corpus size: 100 MB only.</summary>
    [Params(ListingCorpus.Size100MB)]
    public string Size { get; set; } = ListingCorpus.Size100MB;

    /// <summary>Builds the corpus text and its UTF-8 bytes.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _text = ListingCorpus.Build(Size);
        _utf8 = Encoding.UTF8.GetBytes(_text);
    }

    /// <summary>The minimal scanner: caption, headline and teaser strings and nothing else; the floor, and the baseline of the ratios.</summary>
    /// <returns>The entries.</returns>
    [Benchmark(Baseline = true)]
    public List<List<MinimalEntry>> Minimal() => MinimalScanner.Scan(_text);

    /// <summary>The hand-written span scanner: the library's records (spans, labels, truncation) for the seeds layout.</summary>
    /// <returns>The entries.</returns>
    [Benchmark]
    public List<ListingEntry> Scanner() => HandWrittenScanner.Scan(_text);

    /// <summary>The library on a string.</summary>
    /// <returns>The document.</returns>
    [Benchmark]
    public ListingDocument ParseString() => ListingParser.Parse(_text);

    /// <summary>The library on a <see cref="StreamReader"/> over the UTF-8 bytes.</summary>
    /// <returns>The document.</returns>
    [Benchmark]
    public ListingDocument ParseReader() => ReaderVariant.Parse(_utf8);

    /// <summary>
    /// The library's streaming API, <see cref="ListingParser.Enumerate(TextReader, ListingParserOptions?)"/>, over the
    /// same <see cref="StreamReader"/>: entries are consumed as they come and not kept, as a streaming caller would.
    /// </summary>
    /// <returns>The number of entries.</returns>
    [Benchmark]
    public int EnumerateReader() => ReaderVariant.CountEnumerated(_utf8);
}

/// <summary>The reader variants, shared by the benchmarks and the variant tests.</summary>
public static class ReaderVariant
{
    /// <summary>Parses UTF-8 bytes through a <see cref="StreamReader"/> over a <see cref="MemoryStream"/>.</summary>
    /// <param name="utf8">The listing as UTF-8.</param>
    /// <returns>The document.</returns>
    public static ListingDocument Parse(byte[] utf8)
    {
        using var reader = new StreamReader(new MemoryStream(utf8, writable: false), Encoding.UTF8);
        return ListingParser.Parse(reader);
    }

    /// <summary>Streams entries from a <see cref="StreamReader"/> over a <see cref="MemoryStream"/> of UTF-8 bytes.</summary>
    /// <param name="utf8">The listing as UTF-8.</param>
    /// <returns>The entries, in order, as <see cref="ListingParser.Enumerate(TextReader, ListingParserOptions?)"/> yields them.</returns>
    public static List<ListingEntry> Enumerate(byte[] utf8)
    {
        using var reader = new StreamReader(new MemoryStream(utf8, writable: false), Encoding.UTF8);
        return [.. ListingParser.Enumerate(reader)];
    }

    /// <summary>Streams entries like <see cref="Enumerate"/> but only counts them, keeping none.</summary>
    /// <param name="utf8">The listing as UTF-8.</param>
    /// <returns>The number of entries.</returns>
    public static int CountEnumerated(byte[] utf8)
    {
        using var reader = new StreamReader(new MemoryStream(utf8, writable: false), Encoding.UTF8);
        var count = 0;
        foreach (var entry in ListingParser.Enumerate(reader))
        {
            count++;
        }

        return count;
    }
}
