using System.Text;
using ArticleParser.Tests.Support;
using FluentAssertions;

namespace ArticleParser.Tests;

/// <summary>The five real seed listings parse to exactly their hand-checked output.</summary>
public sealed class SeedCorpusTests
{
    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        foreach (var seed in CorpusCase.Load("seeds"))
        {
            data.Add(seed.Name);
        }

        return data;
    }

    [Fact]
    public void Corpus_holds_the_five_seeds()
    {
        CorpusCase.Load("seeds").Should().HaveCount(5);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_parses_to_its_expected_entries_field_for_field(string name)
    {
        var seed = Load(name);

        var document = ListingParser.Parse(seed.Text);

        document.Entries.Select(ExpectedEntry.From).Should().Equal(
            seed.Entries.Select(e => e with { Byline = null, Published = null }),
            "every entry of {0} must match caption, headline and teaser exactly", name);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_pasted_twice_keeps_its_template_and_gives_each_entry_twice(string name)
    {
        // A listing copied twice (or a post both pinned and listed) repeats whole records: the same headline in
        // two records is that record seen again, not a label that every record carries.
        var seed = Load(name);
        var entriesEnd = SeedEntriesEnd(seed);
        var twice = seed.Text[..entriesEnd] + "\n\n" + seed.Text;

        var document = ListingParser.Parse(twice);

        document.Layouts.Should().ContainSingle("{0} pasted twice still repeats one record template", name)
            .Which.Records.Should().Be(2 * seed.Entries.Count);
        document.Entries.Select(ExpectedEntry.From).Should().Equal(
            seed.Entries.Concat(seed.Entries).Select(e => e with { Byline = null, Published = null }),
            "every entry of {0} must come out twice, field for field", name);
    }

    /// <summary>Where the seed's last teaser ends: the page chrome after it (a cover caption, a blurb) is left out of the first copy.</summary>
    private static int SeedEntriesEnd(CorpusCase seed)
    {
        var last = seed.Entries[^1];
        var lastText = last.Teaser ?? last.Headline;
        return seed.Text.LastIndexOf(lastText, StringComparison.Ordinal) + lastText.Length;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_keeps_exactly_its_expected_non_entry_text(string name)
    {
        var seed = Load(name);

        var document = ListingParser.Parse(seed.Text);

        document.NonEntryBlocks.Select(b => b.Text).Should().Equal(seed.NonEntryText);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_accounts_for_every_character(string name)
    {
        var seed = Load(name);

        Lossless.AssertHolds(seed.Text, ListingParser.Parse(seed.Text));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_parses_the_same_from_a_reader_and_in_strict_mode(string name)
    {
        var seed = Load(name);

        var fromString = ListingParser.Parse(seed.Text);
        var fromReader = ListingParser.Parse(new StringReader(seed.Text));
        var strict = ListingParser.Parse(seed.Text, new ListingParserOptions { Strict = true });

        fromReader.Should().Be(fromString);
        strict.Should().Be(fromString);
    }

    [Fact]
    public void Documents_parsed_from_readers_keep_nothing_of_the_pooled_buffer()
    {
        // Parse(TextReader) and Parse(Stream) parse the buffer they read into in place, and give it back to the pool:
        // a document must hold copies only, so the parses after it, which rent the same buffer, cannot change it.
        var texts = CorpusCase.Load("seeds").Select(seed => seed.Text).ToList();
        var fromReader = ListingParser.Parse(new StreamReader(new MemoryStream(Encoding.UTF8.GetBytes(texts[0]))));
        var fromStream = ListingParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(texts[0])));
        foreach (var text in texts.Skip(1))
        {
            ListingParser.Parse(new StreamReader(new MemoryStream(Encoding.UTF8.GetBytes(text))));
            ListingParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        }

        var fromString = ListingParser.Parse(texts[0]);
        fromReader.Should().Be(fromString);
        fromStream.Should().Be(fromString);
    }

    [Fact]
    public void Seed_with_page_chrome_reports_it_as_info_at_the_end()
    {
        var seed = CorpusCase.Load("seeds").Single(s => s.NonEntryText.Count > 0);

        var document = ListingParser.Parse(seed.Text);

        // The cover caption and the publication blurb stand after the last record of the page's template.
        document.Diagnostics.Should().OnlyContain(d => d.Severity == DiagnosticSeverity.Info && d.Code == DiagnosticCodes.StrayText);
        document.Diagnostics.Should().HaveCount(2);
        document.Layouts.Should().ContainSingle().Which.Should().Be(new ListingLayout
        {
            Template = "caption? headline / teaser",
            Records = 12,
            Span = document.Layouts[0].Span,
        });
    }

    [Fact]
    public void Labels_and_truncation_are_read_from_the_seeds()
    {
        var entries = CorpusCase.Load("seeds").SelectMany(s => ListingParser.Parse(s.Text).Entries).ToList();

        entries.Where(e => e.Label is not null).Select(e => e.Label).Should().BeEquivalentTo(["Video", "Audio"]);
        entries.Count(e => e.IsTeaserTruncated).Should().Be(entries.Count(e => e.Teaser!.EndsWith("[…]", StringComparison.Ordinal)));
        entries.Count(e => e.IsTeaserTruncated).Should().BeGreaterThan(0);
    }

    private static CorpusCase Load(string name) => CorpusCase.FromFile(Path.Combine(CorpusCase.Root, "seeds", name + ".txt"));
}
