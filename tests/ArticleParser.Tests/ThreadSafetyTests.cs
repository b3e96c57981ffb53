using ArticleParser.Tests.Support;
using FluentAssertions;

namespace ArticleParser.Tests;

/// <summary>The parser is stateless: many threads parsing at once get exactly what one thread gets.</summary>
public sealed class ThreadSafetyTests
{
    [Fact]
    public void Parallel_parses_of_every_corpus_listing_equal_serial_ones()
    {
        var listings = CorpusCase.Load("seeds").Concat(CorpusCase.Load("real")).Concat(CorpusCase.Load("variants"))
            .Select(l => l.Text).ToList();
        var options = new ListingParserOptions { ReadMorePhrases = ["Mehr dazu"] };
        var serial = listings.Select(text => ListingParser.Parse(text, options)).ToList();

        var work = Enumerable.Range(0, 16).SelectMany(_ => Enumerable.Range(0, listings.Count)).ToList();
        var parallel = new ListingDocument[work.Count];
        Parallel.For(0, work.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            // Alternate shared and fresh options, so the per-options recognizer cache is raced too.
            var useShared = i % 2 == 0;
            parallel[i] = ListingParser.Parse(listings[work[i]], useShared ? options : options with { });
        });

        for (var i = 0; i < work.Count; i++)
        {
            parallel[i].Should().Be(serial[work[i]]);
        }
    }

    [Fact]
    public void Parallel_enumerations_equal_serial_ones()
    {
        var text = string.Join("\n\n", CorpusCase.Load("real").Select(l => l.Text));
        var expected = ListingParser.Parse(text).Entries;

        var results = new List<ListingEntry>[8];
        Parallel.For(0, results.Length, i => results[i] = ListingParser.Enumerate(new StringReader(text)).ToList());

        results.Should().AllSatisfy(r => r.Should().Equal(expected));
    }
}
