using ArticleParser.Tests.Support;
using FluentAssertions;

namespace ArticleParser.Tests;

/// <summary>
/// What a page glues to every headline (a source badge before it, a source or an author in parentheses after it)
/// is read from the page, not from one line: it is cut off the headline only when most records repeat it.
/// </summary>
public sealed class HeadlineAffixTests
{
    private static readonly string[] Titles =
    [
        "Storm closes the coastal road for a second night",
        "Council votes to keep the night buses running",
        "Harbour cranes go quiet as the strike begins",
        "New library opens with a queue around the block",
        "Rail fares rise again in the new year",
    ];

    [Fact]
    public void A_source_badge_before_every_headline_is_not_part_of_the_headline()
    {
        var text = Listing(Titles.Select(title => "Reuters " + title));

        var document = FormatRuleTests.Parse(text);

        Fields(document).Should().Equal(Titles.Select((title, i) => new ExpectedEntry(null, title, Teaser(i), null, null)));
        document.Entries.Select(e => text.Substring(e.HeadlineSpan.Offset, e.HeadlineSpan.Length)).Should().Equal(Titles, "the headline's span covers the title alone");
        document.Entries.Should().OnlyContain(e => e.Label == "Reuters", "the badge is cut off the headline, not lost");
        document.Layouts.Should().ContainSingle().Which.Template.Should().Contain("headline (after \"Reuters \")");
    }

    [Fact]
    public void A_shared_start_that_runs_on_into_the_next_word_stays_in_the_headline()
    {
        // A district page whose every headline names the district, glued to the title by its colon: no badge to cut.
        var text = Listing(Titles.Select(title => "Fornos de Algodres:" + title));

        var document = FormatRuleTests.Parse(text);

        document.Entries.Select(e => e.Headline).Should().Equal(Titles.Select(title => "Fornos de Algodres:" + title));
        document.Entries.Should().OnlyContain(e => e.Label == null);
    }

    [Theory]
    [InlineData(" ({0})")]
    [InlineData(" {0}")]
    [InlineData("{0}")]
    public void A_comment_count_after_every_headline_is_not_part_of_it(string count)
    {
        // The count of a post's comments, after a space, in parentheses or glued by a lost space: it counts, so it differs.
        var text = Listing(Titles.Select((title, i) => title + string.Format(System.Globalization.CultureInfo.InvariantCulture, count, (i * 7) % 12)));

        var document = FormatRuleTests.Parse(text);

        Fields(document).Should().Equal(Titles.Select((title, i) => new ExpectedEntry(null, title, Teaser(i), null, null)));
        document.Layouts.Should().ContainSingle().Which.Template.Should().Contain("then a count");
    }

    [Theory]
    [InlineData("SOMA INKURU")]
    [InlineData("LESEN")]
    public void A_badge_glued_to_every_headline_by_a_lost_space_is_not_part_of_it(string badge)
    {
        // The class 3: a link or label in capitals ran into each title ("SOMA INKURUStorm closes …").
        var text = Listing(Titles.Select(title => badge + title));

        var document = FormatRuleTests.Parse(text);

        Fields(document).Should().Equal(Titles.Select((title, i) => new ExpectedEntry(null, title, Teaser(i), null, null)));
        document.Entries.Should().OnlyContain(e => e.Label == badge, "the badge is cut off the headline, not lost");
    }

    [Theory]
    [InlineData(" 지면기사", 6, true)]
    [InlineData(" VIDEO", 6, true)]
    [InlineData(" VIDEO", 4, false)]
    [InlineData(" Paris", 6, false)]
    [InlineData(" week", 6, false)]
    [InlineData(" THIS WEEK", 6, false)]
    public void A_badge_after_most_headlines_is_their_label_not_part_of_them(string badge, int marked, bool cut)
    {
        // A column list marks the pieces printed in the paper after their titles ("Title 지면기사"); six records of seven
        // (three in four or more, and five records at least) show the word is the page's, not the titles'; four do not.
        // A capitalized or lower-case last word (a city page's "… across Paris"), or shared words that run on from the
        // title ("… THIS WEEK"), are the titles' own.
        var titles = Titles.Concat(["Ferry timetable changes for the winter", "Bridge works delay the morning traffic"]).ToArray();
        var text = Listing(titles.Select((title, i) => i < marked ? title + badge : title));

        var document = FormatRuleTests.Parse(text);

        var expected = cut ? titles : titles.Select((title, i) => i < marked ? title + badge : title).ToArray();
        Fields(document).Should().Equal(expected.Select((title, i) => new ExpectedEntry(null, title, Teaser(i), null, null)));
        if (cut)
        {
            document.Entries.Take(marked).Should().OnlyContain(e => e.Label == badge.Trim(), "the badge is cut off the headline, not lost");
            document.Layouts.Should().ContainSingle().Which.Template.Should().Contain($"then \"{badge}\"");
        }
    }

    [Fact]
    public void A_badge_after_titles_that_have_their_kicker_as_label_stays_in_the_headline()
    {
        // Each entry's label is its kicker ("Kultur / Title VIDEO"): a second label would leave one of them in no field.
        var kickers = new[] { "Kultur", "Sport", "Politik", "Wirtschaft", "Region" };
        var text = Listing(Titles.Select((title, i) => $"{kickers[i]} / {title} VIDEO"));

        var document = FormatRuleTests.Parse(text);

        document.Entries.Select(e => (e.Label, e.Headline)).Should().Equal(Titles.Select((title, i) => ((string?)kickers[i], title + " VIDEO")));
    }

    [Fact]
    public void A_number_that_ends_a_few_headlines_stays_in_them()
    {
        // Guard: two headlines of five that end in a number ("Windows 11") are titles that do.
        var titles = Titles.Select((title, i) => i < 2 ? title + " 2024" : title).ToArray();
        var text = Listing(titles);

        var document = FormatRuleTests.Parse(text);

        Fields(document).Should().Equal(titles.Select((title, i) => new ExpectedEntry(null, title, Teaser(i), null, null)));
    }

    [Theory]
    [InlineData(" / ")]
    [InlineData(" | ")]
    public void Each_headline_s_own_kicker_before_the_page_s_mark_is_its_label(string mark)
    {
        string[] kickers = ["Weather", "Transport", "Industry", "Culture", "Transport"];
        var text = Listing(Titles.Select((title, i) => kickers[i] + mark + title));

        var document = FormatRuleTests.Parse(text);

        Fields(document).Should().Equal(Titles.Select((title, i) => new ExpectedEntry(null, title, Teaser(i), null, null)));
        document.Entries.Select(e => e.Label).Should().Equal(kickers);
        document.Entries.Select(e => text.Substring(e.HeadlineSpan.Offset, e.HeadlineSpan.Length)).Should().Equal(Titles);
    }

    [Fact]
    public void A_mark_inside_a_few_headlines_stays_in_them()
    {
        var headlines = Titles.Select((title, i) => i < 3 ? title : "Town / gown " + title).ToList();

        FormatRuleTests.Parse(Listing(headlines)).Entries.Select(e => e.Headline).Should().Equal(headlines);
    }

    [Fact]
    public void A_badge_on_one_headline_only_stays_in_it()
    {
        var headlines = Titles.Select((title, i) => i == 0 ? "Reuters " + title : title).ToList();

        var document = FormatRuleTests.Parse(Listing(headlines));

        document.Entries.Select(e => e.Headline).Should().Equal(headlines);
        document.Entries.Should().OnlyContain(e => e.Label == null);
    }

    [Fact]
    public void Words_that_most_titles_happen_to_start_with_stay_in_them()
    {
        // "The" is an article and "How to" goes on in lower case: both are the titles' own words.
        var the = Titles.Select(title => "The " + title).ToList();
        var howTo = Titles.Select(title => "How to " + char.ToLowerInvariant(title[0]) + title[1..]).ToList();

        FormatRuleTests.Parse(Listing(the)).Entries.Select(e => e.Headline).Should().Equal(the);
        FormatRuleTests.Parse(Listing(howTo)).Entries.Select(e => e.Headline).Should().Equal(howTo);
    }

    [Fact]
    public void A_first_word_that_three_of_four_headlines_share_stays_in_them()
    {
        // Four records are too few to tell a badge from chance: "Railways" starts three titles of this page.
        string[] headlines =
        [
            "Railways Housing Market Budget Cuts Victory",
            "Why Campaign Energy Remembers",
            "Railways Protest Across the City",
            "Railways Unveil a Plan for the Market",
        ];

        var document = FormatRuleTests.Parse(Listing(headlines));

        document.Entries.Select(e => e.Headline).Should().Equal(headlines);
        document.Entries.Should().OnlyContain(e => e.Label == null);
    }

    [Fact]
    public void A_name_in_parentheses_after_every_headline_is_the_byline()
    {
        var authors = new[] { "Jane Doe", "Tomáš Vrba", "Ana María Ruiz", "J. R. Smith", "Desk" };
        var text = Listing(Titles.Select((title, i) => $"{title} ({authors[i]})"));

        var document = FormatRuleTests.Parse(text);

        Fields(document).Should().Equal(Titles.Select((title, i) => new ExpectedEntry(null, title, Teaser(i), authors[i], null)));
        document.Entries.Select(e => text.Substring(e.BylineSpan!.Value.Offset, e.BylineSpan.Value.Length)).Should().Equal(authors);
        document.Entries.Should().OnlyContain(e => e.Label == null, "the parenthetical is the byline");
    }

    [Fact]
    public void A_source_in_parentheses_after_every_headline_is_cut_off_and_is_no_byline()
    {
        var sources = new[] { "github.com/alice", "example.org", "2019", "pdf", "video, 3 min" };
        var text = Listing(Titles.Select((title, i) => $"{title} ({sources[i]})"));

        var document = FormatRuleTests.Parse(text);

        Fields(document).Should().Equal(Titles.Select((title, i) => new ExpectedEntry(null, title, Teaser(i), null, null)));
    }

    [Fact]
    public void Enumerate_reads_the_same_affixes_as_Parse()
    {
        var text = Listing(Titles.Select((title, i) => $"原创 {title} (Jane Doe)"));

        var parsed = FormatRuleTests.Parse(text);
        var streamed = ListingParser.Enumerate(new StringReader(text)).ToList();

        parsed.Entries.Select(e => (e.Headline, e.Byline, e.Label)).Should().Equal(Titles.Select(title => (title, (string?)"Jane Doe", (string?)"原创")));
        streamed.Should().Equal(parsed.Entries);
    }

    /// <summary>Every field of every entry, the byline and the date too.</summary>
    private static List<ExpectedEntry> Fields(ListingDocument document) =>
        [.. document.Entries.Select(e => new ExpectedEntry(e.ImageCaption, e.Headline, e.Teaser, e.Byline, e.Published?.Text))];

    private static string Teaser(int i) => $"The teaser of story {i} says in one plain sentence what happened and why it matters.";

    private static string Listing(IEnumerable<string> headlines) =>
        string.Join("\n\n", headlines.Select((headline, i) => $"{headline}\n\n{Teaser(i)}")) + "\n";
}
