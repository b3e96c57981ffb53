using System.Diagnostics;
using ArticleParser.Tests.Support;
using FluentAssertions;
using Xunit.Abstractions;

namespace ArticleParser.Tests;

/// <summary>
/// Tests that measure the process (heap, time): they run one at a time, after the parallel tests, so what they
/// measure is the parser's and not a neighbour's (xunit runs a collection with parallelization disabled alone).
/// </summary>
[CollectionDefinition(nameof(SerialMeasurementTests), DisableParallelization = true)]
public sealed class SerialMeasurementTests;

/// <summary>
/// Memory bounds of streaming on floods of every line kind: the live heap (garbage collected, sampled as the
/// reader is drained) must stay below a bound far under the size of the input and of the records it makes, and
/// the heap including garbage must stay bounded too.
/// </summary>
[Collection(nameof(SerialMeasurementTests))]
public sealed class StreamingMemoryTests(ITestOutputHelper output)
{
    private const string Teaser = "The workers won the vote after a long campaign of strikes across the region.";

    private readonly List<ListingDiagnostic> _diagnostics = [];

    /// <summary>Floods, each streamed through Enumerate: the repeated pattern, and the entries and blocks each repetition yields (where stated).</summary>
    public static TheoryData<string, string, int?, int?> Floods() => new()
    {
        { "entries", $"Workers Win The Vote\n\n{Teaser}\n\n", 1, 0 },
        { "entries with caption, byline and date", $"Picket Line At Dawn\nWorkers Win The Vote\n\n{Teaser}\nJane Doe | May 26, 2023\n\n", 1, 0 },
        { "text lines", "A line of stray text that is no headline, no teaser and no metadata; just words\n", null, null },
        { "metadata lines", "By Jane Doe\nMay 26, 2023\nJane Doe | 12 Mar 2019\n12 min read\n3 hours ago\n", 0, 5 },
    };

    [Theory]
    [Trait("Category", "Slow")]
    [MemberData(nameof(Floods))]
    public void A_flood_streams_through_Enumerate_in_bounded_memory(string what, string pattern, int? entriesPerPattern, int? blocksPerPattern)
    {
        // 24 Mi characters (48 MB of UTF-16): more than the live bound, and the records it yields are larger still.
        var length = (24L << 20) / pattern.Length * pattern.Length;
        var (entries, blocks, live, heap) = Stream(pattern, length, sampleEvery: 4L << 20);

        output.WriteLine($"{what}: {length:N0} characters, {entries:N0} entries, {blocks:N0} blocks; live peak {live / 1e6:F1} MB, heap peak incl. garbage {heap / 1e6:F0} MB");
        if (entriesPerPattern is { } perPattern)
        {
            entries.Should().Be(length / pattern.Length * perPattern);
            blocks.Should().Be(length / pattern.Length * blocksPerPattern!.Value);
        }
        else
        {
            (entries + blocks).Should().BeGreaterThan(length / pattern.Length / 3, "every line is part of a record");
        }

        live.Should().BeLessThan(20_000_000, "the parser keeps one window and what it has not decided, not the input nor its records");
        heap.Should().BeLessThan(100_000_000, "garbage is collected as the stream goes");
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void A_flood_of_blank_lines_streams_through_Enumerate_in_bounded_memory()
    {
        // 1 GB takes 66 s in the Debug test build here (19 s in Release), so the suite streams 256 MiB;
        // ARTICLEPARSER_FULL_GIGABYTE=1 streams the full 10^9 characters. Defect D10: a token array per line break.
        var length = Environment.GetEnvironmentVariable("ARTICLEPARSER_FULL_GIGABYTE") == "1" ? 1_000_000_000L : 256L << 20;
        var stopwatch = Stopwatch.StartNew();
        var (entries, blocks, live, heap) = Stream("\n", length, sampleEvery: 64L << 20);

        output.WriteLine($"{length:N0} blank lines: {stopwatch.Elapsed.TotalSeconds:F1} s; live peak {live / 1e6:F1} MB; heap peak incl. garbage {heap / 1e6:F0} MB");
        entries.Should().Be(0);
        blocks.Should().Be(0);
        _diagnostics.Should().ContainSingle().Which.Span.Should().Be(new SourceSpan((int)length, 0, (int)length + 1, 1), "AP004 at the end, after the last blank line");
        live.Should().BeLessThan(20_000_000, "the parser keeps one window, not the input");
        heap.Should().BeLessThan(100_000_000, "defect D10: no token array per line break");
    }

    /// <summary>Streams <paramref name="length"/> characters of <paramref name="pattern"/>; returns the counts and the peaks above the baseline.</summary>
    private (long Entries, long Blocks, long Live, long Heap) Stream(string pattern, long length, long sampleEvery)
    {
        var reader = new GeneratedReader(pattern, length);
        long blocks = 0;
        _diagnostics.Clear();
        var options = new ListingParserOptions
        {
            OnNonEntryBlock = _ => blocks++,
            OnDiagnostic = d =>
            {
                if (_diagnostics.Count < 100)
                {
                    _diagnostics.Add(d);
                }
            },
        };
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long live = 0;
        long heap = 0;
        var nextSample = sampleEvery / 4;
        reader.AfterRead = position =>
        {
            heap = Math.Max(heap, GC.GetTotalMemory(forceFullCollection: false));
            if (position >= nextSample)
            {
                // What the parser holds on to, garbage collected: this is what must not grow with the input.
                live = Math.Max(live, GC.GetTotalMemory(forceFullCollection: true));
                nextSample += sampleEvery;
            }
        };

        var entries = TimeBound.Within(TimeBound.Stream, $"Enumerate over {length:N0} characters of {pattern.Length}-character patterns", () =>
        {
            long count = 0;
            foreach (var entry in ListingParser.Enumerate(reader, options))
            {
                count++;
            }

            return count;
        });

        reader.Position.Should().Be(length);
        return (entries, blocks, Math.Max(0, live - baseline), Math.Max(0, heap - baseline));
    }
}
