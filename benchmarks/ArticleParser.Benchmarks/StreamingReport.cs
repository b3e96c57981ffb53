using System.Diagnostics;
using System.Globalization;
using System.Text;
using ArticleParser.Benchmarks.Corpus;

namespace ArticleParser.Benchmarks;

/// <summary>
/// Measures issue 4's streaming target outside BenchmarkDotNet (one run of a gigabyte is the point, not a
/// statistic): <see cref="ListingParser.Enumerate"/> over a generated 1 GB UTF-8 stream of the seed cycle, with the
/// process's peak working set, against <see cref="ListingParser.Parse(string, ListingParserOptions?)"/> on the
/// 10 MB corpus in memory.
/// </summary>
/// <remarks>
/// Run: <c>dotnet run -c Release --project benchmarks/ArticleParser.Benchmarks -- --streaming-report [megabytes]</c>.
/// The stream is generated on the fly from one cycle of the five seeds, so the input itself holds no memory.
/// </remarks>
public static class StreamingReport
{
    public static int Run(string[] args)
    {
        var megabytes = args.Length > 1 ? long.Parse(args[1], CultureInfo.InvariantCulture) : 1000;
        var totalBytes = megabytes * 1_000_000;

        // Streaming: Enumerate over a stream that produces the seed cycle until the byte count is reached.
        var unit = string.Join(ListingCorpus.Separator, ListingCorpus.Cycle.Select(i => ListingCorpus.Seeds[i].Text)) + ListingCorpus.Separator;
        using var stream = new RepeatingStream(Encoding.UTF8.GetBytes(unit), totalBytes);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        var blocks = 0L;
        var diagnostics = 0L;
        var options = new ListingParserOptions { OnNonEntryBlock = _ => blocks++, OnDiagnostic = _ => diagnostics++ };
        var entries = 0L;
        var stopwatch = Stopwatch.StartNew();
        foreach (var entry in ListingParser.Enumerate(reader, options))
        {
            entries++;
        }

        var seconds = stopwatch.Elapsed.TotalSeconds;
        // Read the peak before the in-memory reference below runs: that one holds a whole document.
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var peakMb = process.PeakWorkingSet64 / 1e6;
        var streaming = totalBytes / 1e6 / seconds;


        // In-memory reference: Parse(string) on the 10 MB corpus, best of five after a warm-up.
        var corpus = ListingCorpus.Build(ListingCorpus.Size10MB);
        var corpusBytes = Encoding.UTF8.GetByteCount(corpus);
        ListingParser.Parse(corpus);
        var best = double.MaxValue;
        for (var i = 0; i < 5; i++)
        {
            var watch = Stopwatch.StartNew();
            ListingParser.Parse(corpus);
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }

        var inMemory = corpusBytes / 1e6 / best;
        Console.WriteLine("| measurement | value |");
        Console.WriteLine("| --- | --- |");
        Console.WriteLine(FormattableString.Invariant($"| input streamed | {totalBytes / 1e6:F0} MB (UTF-8), {entries} entries, {blocks} non-entry blocks, {diagnostics} diagnostics |"));
        Console.WriteLine(FormattableString.Invariant($"| Enumerate throughput | {streaming:F1} MB/s in {seconds:F1} s |"));
        Console.WriteLine(FormattableString.Invariant($"| Parse(string) on the 10 MB corpus | {inMemory:F1} MB/s |"));
        Console.WriteLine(FormattableString.Invariant($"| streaming / in-memory | {streaming / inMemory:F2}x (target >= 0.70x) |"));
        Console.WriteLine(FormattableString.Invariant($"| peak working set of the process | {peakMb:F0} MB (target <= 100 MB) |"));
        return 0;
    }

    /// <summary>A read-only stream that repeats one block of bytes until a length is reached.</summary>
    private sealed class RepeatingStream(byte[] unit, long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var written = 0;
            while (written < buffer.Length && _position < length)
            {
                var at = (int)(_position % unit.Length);
                var take = (int)Math.Min(Math.Min(unit.Length - at, buffer.Length - written), length - _position);
                unit.AsSpan(at, take).CopyTo(buffer[written..]);
                written += take;
                _position += take;
            }

            return written;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
