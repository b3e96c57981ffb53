using FluentAssertions;
using ArticleParser.Tests.Support;

namespace ArticleParser.Tests;

/// <summary>
/// Memory bounds of streaming, measured on the process's heap: run alone (no other test allocating at the
/// same time), so the measurement is the parser's.
/// </summary>
[Collection(nameof(SerialConsoleTests))]
public sealed class StreamingMemoryTests
{
    [Fact]
    [Trait("Category", "Slow")]
    public void Defect_D10_a_blank_line_flood_streams_in_under_100_MB_of_heap()
    {
        var reader = new GeneratedReader("\n", 256_000_000);
        GC.Collect();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long heapHigh = 0;
        reader.AfterRead = _ => heapHigh = Math.Max(heapHigh, GC.GetTotalMemory(forceFullCollection: false));

        ListingParser.Enumerate(reader).Count().Should().Be(0);

        (heapHigh - baseline).Should().BeLessThan(100_000_000);
    }
}
