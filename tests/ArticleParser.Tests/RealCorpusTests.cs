using System.Globalization;
using System.Text;
using System.Text.Json;
using ArticleParser.Tests.Support;
using FluentAssertions;
using Xunit.Abstractions;

namespace ArticleParser.Tests;

/// <summary>
/// Scores the parser on the regression corpus of real listing layouts (Corpus/real): an entry counts
/// only when caption, headline and teaser all match. Fails below the committed thresholds.
/// </summary>
public sealed class RealCorpusTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("real")]
    [InlineData("variants")]
    public void Corpus_scores_at_or_above_the_committed_thresholds(string folder)
    {
        var thresholds = JsonDocument.Parse(File.ReadAllText(Path.Combine(CorpusCase.Root, folder, "thresholds.json"))).RootElement;
        var report = new StringBuilder();
        var (truePositives, predicted, expected) = (0, 0, 0);
        foreach (var listing in CorpusCase.Load(folder))
        {
            var entries = ListingParser.Parse(listing.Text).Entries;
            var hits = Score.TruePositives(entries, listing.Entries);
            truePositives += hits;
            predicted += entries.Count;
            expected += listing.Entries.Count;
            report.AppendLine(CultureInfo.InvariantCulture, $"{listing.Name,-40} P={Score.Ratio(hits, entries.Count):F2} R={Score.Ratio(hits, listing.Entries.Count):F2} ({hits}/{entries.Count}/{listing.Entries.Count})");
        }

        var precision = Score.Ratio(truePositives, predicted);
        var recall = Score.Ratio(truePositives, expected);
        var f1 = Score.F1(precision, recall);
        report.AppendLine(CultureInfo.InvariantCulture, $"TOTAL P={precision:F3} R={recall:F3} F1={f1:F3}");
        output.WriteLine(report.ToString());

        precision.Should().BeGreaterThanOrEqualTo(thresholds.GetProperty("precision").GetDouble(), report.ToString());
        recall.Should().BeGreaterThanOrEqualTo(thresholds.GetProperty("recall").GetDouble(), report.ToString());
        f1.Should().BeGreaterThanOrEqualTo(thresholds.GetProperty("f1").GetDouble(), report.ToString());
    }

    [Fact]
    public void Corpus_holds_at_least_twenty_pages_from_ten_sites()
    {
        var listings = CorpusCase.Load("real").ToList();

        listings.Should().HaveCountGreaterThanOrEqualTo(20);
        listings.Select(l => l.Name[4..].Split('-')[0]).Distinct().Should().HaveCountGreaterThanOrEqualTo(10);
    }

    [Theory]
    [InlineData("real")]
    [InlineData("variants")]
    public void Every_listing_accounts_for_every_character(string folder)
    {
        foreach (var listing in CorpusCase.Load(folder))
        {
            Lossless.AssertHolds(listing.Text, ListingParser.Parse(listing.Text));
        }
    }

    [Fact]
    public void Expected_fields_are_exact_substrings_of_their_listing()
    {
        foreach (var listing in CorpusCase.Load("real"))
        {
            foreach (var entry in listing.Entries)
            {
                foreach (var field in new[] { entry.ImageCaption, entry.Headline, entry.Teaser, entry.Byline, entry.Published })
                {
                    if (field is not null)
                    {
                        listing.Text.Should().Contain(field, "{0} must label only text that is in the listing", listing.Name);
                    }
                }
            }
        }
    }
}

/// <summary>Entry-level scoring: an entry counts only if caption, headline and teaser all match.</summary>
internal static class Score
{
    public static int TruePositives(IReadOnlyList<ListingEntry> actual, IReadOnlyList<ExpectedEntry> expected)
    {
        var remaining = expected.Select(e => (e.ImageCaption, e.Headline, e.Teaser)).ToList();
        var hits = 0;
        foreach (var entry in actual)
        {
            if (remaining.Remove((entry.ImageCaption, entry.Headline, entry.Teaser)))
            {
                hits++;
            }
        }

        return hits;
    }

    public static double Ratio(int part, int whole) => whole == 0 ? (part == 0 ? 1 : 0) : (double)part / whole;

    public static double F1(double precision, double recall) =>
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
}
