using System.Globalization;
using System.Text;
using AngleSharp.Html.Parser;
using ArticleParser.Html.Tests.Support;
using FluentAssertions;
using Xunit.Abstractions;

namespace ArticleParser.Html.Tests;

/// <summary>
/// The HTML corpus (<c>Corpus/*.html</c>): pages in the markup of common CMS themes, each with hand-written
/// expected entries and a golden text view. An entry counts as found only when its caption, headline and
/// teaser all equal an expected entry's.
/// </summary>
public sealed class HtmlCorpusTests(ITestOutputHelper output)
{
    private const double RequiredF1 = 0.97;

    [Fact]
    public void The_corpus_has_at_least_25_pages_and_the_seeds_page()
    {
        HtmlPage.All.Count.Should().BeGreaterThanOrEqualTo(25);
        HtmlPage.All.Should().Contain(p => p.Name.EndsWith("-seeds", StringComparison.Ordinal));
    }

    [Fact]
    public void Entry_f1_over_the_corpus_is_at_least_0_97()
    {
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"{"page",-42} {"exp",4} {"got",4} {"ok",4} {"P",6} {"R",6} {"F1",6} {"meta",6}");
        int expected = 0, found = 0, correct = 0, metaCorrect = 0, metaTotal = 0;
        foreach (var page in HtmlPage.All)
        {
            var result = HtmlListing.Parse(page.Html);
            var (ok, metaOk) = Score(page.Entries, result.Document.Entries);
            var withMeta = page.Entries.Count(e => e.Byline is not null || e.Published is not null);
            expected += page.Entries.Count;
            found += result.Document.Entries.Count;
            correct += ok;
            metaCorrect += metaOk;
            metaTotal += withMeta;
            report.AppendLine(Line(page.Name, page.Entries.Count, result.Document.Entries.Count, ok, withMeta == 0 ? null : (double)metaOk / withMeta));
        }

        report.AppendLine(Line("TOTAL", expected, found, correct, (double)metaCorrect / metaTotal));
        report.AppendLine("meta: the share of expected entries with a byline or date whose byline and date the parser read exactly (not asserted)");
        output.WriteLine(report.ToString());
        var reportPath = Path.Combine(AppContext.BaseDirectory, "html-corpus-f1.txt");
        File.WriteAllText(reportPath, report.ToString());

        F1(expected, found, correct).Should().BeGreaterThanOrEqualTo(RequiredF1, report.ToString());
    }

    [Fact]
    public void The_seeds_page_parses_to_exactly_the_seed_records()
    {
        var page = HtmlPage.All.Single(p => p.Name.EndsWith("-seeds", StringComparison.Ordinal));

        var entries = HtmlListing.Parse(page.Html).Document.Entries;

        page.Entries.Should().HaveCount(60);
        entries.Select(e => (e.ImageCaption, e.Headline, e.Teaser))
            .Should().Equal(page.Entries.Select(e => (e.ImageCaption, e.Headline, e.Teaser)));
    }

    [Theory]
    [MemberData(nameof(HtmlPage.Names), MemberType = typeof(HtmlPage))]
    public void The_text_view_matches_the_golden_file(string name)
    {
        var page = HtmlPage.Named(name);
        var text = HtmlListing.Parse(page.Html).Text;
        var golden = Path.Combine(HtmlPage.Folder, name + ".txt");
        var received = Path.Combine(HtmlPage.SourceFolder, name + ".received.txt");
        if (File.Exists(golden) && File.ReadAllText(golden) == text)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, text);
        Assert.Fail($"The text view of {name} differs from its golden file; it was written to {received}. "
            + $"If the change is intended: mv {received} {Path.Combine(HtmlPage.SourceFolder, name + ".txt")}");
    }

    [Theory]
    [MemberData(nameof(HtmlPage.Names), MemberType = typeof(HtmlPage))]
    public void No_field_is_glued_across_two_dom_elements(string name)
    {
        var page = HtmlPage.Named(name);
        var words = new PageWords(page.Html);

        var result = HtmlListing.Parse(page.Html);

        foreach (var entry in result.Document.Entries)
        {
            foreach (var field in new[] { entry.ImageCaption, entry.Headline, entry.Teaser, entry.Byline, entry.Published?.Text, entry.ReadMore })
            {
                words.Foreign(field).Should().BeEmpty($"every word of \"{field}\" must stand in one text node or alt text of {name}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(HtmlPage.Names), MemberType = typeof(HtmlPage))]
    public void Each_entry_names_an_element_that_holds_its_headline(string name)
    {
        var page = HtmlPage.Named(name);
        var dom = new HtmlParser().ParseDocument(page.Html);

        var result = HtmlListing.Parse(page.Html);

        result.EntrySources.Should().HaveCount(result.Document.Entries.Count);
        foreach (var (entry, source) in result.Document.Entries.Zip(result.EntrySources))
        {
            var matches = dom.QuerySelectorAll(source.CssPath);
            matches.Should().ContainSingle(source.CssPath);
            // The element's text as the DOM concatenates it, where the text view puts spaces between elements.
            NoSpace(matches[0].TextContent).Should().Contain(NoSpace(entry.Headline), source.CssPath);
        }

        result.LineSources.Should().HaveCount(result.Text.Split('\n').Length - 1);
    }

    private static string NoSpace(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static (int Correct, int MetaCorrect) Score(IReadOnlyList<ExpectedEntry> expected, IReadOnlyList<ListingEntry> actual)
    {
        var open = expected.ToList();
        int correct = 0, meta = 0;
        foreach (var entry in actual)
        {
            var match = open.FirstOrDefault(e => e.Matches(entry));
            if (match is null)
            {
                continue;
            }

            open.Remove(match);
            correct++;
            if ((match.Byline is not null || match.Published is not null) && match.MatchesMetadata(entry))
            {
                meta++;
            }
        }

        return (correct, meta);
    }

    private static double F1(int expected, int found, int correct)
    {
        var precision = found == 0 ? 1 : (double)correct / found;
        var recall = expected == 0 ? 1 : (double)correct / expected;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static string Line(string name, int expected, int found, int correct, double? meta)
    {
        var precision = found == 0 ? 1 : (double)correct / found;
        var recall = expected == 0 ? 1 : (double)correct / expected;
        return string.Create(CultureInfo.InvariantCulture,
            $"{name,-42} {expected,4} {found,4} {correct,4} {precision,6:0.000} {recall,6:0.000} {F1(expected, found, correct),6:0.000} {(meta is { } m ? m.ToString("0.00", CultureInfo.InvariantCulture) : "-"),6}");
    }
}
