using ArticleParser.Tests.Support;
using FluentAssertions;

namespace ArticleParser.Tests;

/// <summary>Every diagnostic code, with its exact message, severity and span; and strict mode.</summary>
public sealed class DiagnosticTests
{
    private static readonly ListingParserOptions Strict = new() { Strict = true };

    [Fact]
    public void AP105_a_control_character_in_the_text_is_a_warning_at_its_place_and_the_text_keeps_it()
    {
        // A few NULs in a long text stay under the not-text test (AP104): each is said where it stands.
        const string Text = "Headline one here\n\nA teaser with a stray\u0000NUL inside it, and more words.\n\nHeadline two\u0007\n\nAnother teaser.\n";

        var document = ListingParser.Parse(Text);

        document.Entries.Select(e => e.Teaser).Should().Equal("A teaser with a stray\u0000NUL inside it, and more words.", "Another teaser.");
        document.Diagnostics.Where(d => d.Code == DiagnosticCodes.ControlCharacter).Select(d => (d.Severity, d.Message, d.Span)).Should().Equal(
            (DiagnosticSeverity.Warning, "Expected text, found the control character U+0000 at line 3, column 22; it is kept in the text, where it may reach a field.", new SourceSpan(40, 1, 3, 22)),
            (DiagnosticSeverity.Warning, "Expected text, found the control character U+0007 at line 5, column 13; it is kept in the text, where it may reach a field.", new SourceSpan(85, 1, 5, 13)));
        Text[40].Should().Be('\u0000');
        Text[85].Should().Be('\u0007');
    }

    [Fact]
    public void AP105_comes_in_offset_order_among_diagnostics_that_wait_and_none_is_read_past_a_limit_s_stop()
    {
        // The first line's AP001 waits for the entry under it, which holds a NUL; the line past the long-line stop holds
        // another, never read.
        var text = "Some text that starts no entry at all, on its own.\n\nHead\u0000line one\n\nThe teaser of the first entry.\n\n"
            + new string('x', 300) + "\u0001\n";

        var document = ListingParser.Parse(text, new ListingParserOptions { MaxLineLength = 200 });

        document.Diagnostics.Select(d => d.Code).Should().Equal(DiagnosticCodes.HeadlineWithoutTeaser, DiagnosticCodes.ControlCharacter, DiagnosticCodes.LineTooLong);
        Invariants.Check(text, document);
    }

    [Fact]
    public void AP105_past_the_first_five_the_control_characters_are_counted_once_and_streaming_says_the_same()
    {
        var text = "Headline\n\n" + string.Concat(Enumerable.Repeat("Te\u0001xt ", 8)) + "\n";
        var diagnostics = new List<ListingDiagnostic>();

        var document = ListingParser.Parse(text);
        _ = ListingParser.Enumerate(new StringReader(text), new ListingParserOptions { OnDiagnostic = diagnostics.Add }).ToList();

        var found = document.Diagnostics.Where(d => d.Code == DiagnosticCodes.ControlCharacter).ToList();
        found.Should().HaveCount(6);
        found[^1].Message.Should().Be("Expected text, found 3 more control characters after the first 5, the first of them at line 3, column 33; they are kept in the text without a report of their own.");
        diagnostics.Should().Equal(document.Diagnostics);
    }

    [Fact]
    public void AP001_trailing_headline_without_teaser_is_info()
    {
        var diagnostic = Single("A\n\nA teaser.\n\nCover\n\n\nBlurb line one\nContact line\n", DiagnosticCodes.HeadlineWithoutTeaser, 0);

        diagnostic.Severity.Should().Be(DiagnosticSeverity.Info);
        diagnostic.Message.Should().Be(
            "Expected a teaser or another entry after headline \"Cover\", found text at line 8; 1 line is kept as non-entry text.");
        diagnostic.Span.Should().Be(new SourceSpan(14, 5, 5, 1));
        diagnostic.ToString().Should().Be("5:1: info AP001: " + diagnostic.Message);
    }

    [Fact]
    public void AP001_at_end_of_input_names_the_end()
    {
        var diagnostic = Single("A\n\nA teaser.\n\nCap\nHead", DiagnosticCodes.HeadlineWithoutTeaser, 0);

        diagnostic.Message.Should().Be(
            "Expected a teaser or another entry after headline \"Head\", found the end of input; 2 lines are kept as non-entry text.");
        diagnostic.Span.Should().Be(new SourceSpan(14, 8, 5, 1));
    }

    [Fact]
    public void AP001_between_entries_is_a_warning_and_strict_mode_throws_it()
    {
        const string text = "A\n\nA teaser.\n\nLonely headline\n\n* * *\n\nCap\nB\n\nB teaser.";

        var diagnostic = Single(text, DiagnosticCodes.HeadlineWithoutTeaser, 0);
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Warning);
        diagnostic.Message.Should().Be(
            "Expected a teaser or another entry after headline \"Lonely headline\", found a separator at line 7; 1 line is kept as non-entry text.");
        var parse = () => ListingParser.Parse(text, Strict);
        var thrown = parse.Should().Throw<ListingFormatException>().Which;
        thrown.Code.Should().Be("AP001");
        thrown.Line.Should().Be(5);
        thrown.Column.Should().Be(1);
        thrown.Diagnostic.Should().Be(diagnostic);
        thrown.Message.Should().Be("5:1: warning AP001: " + diagnostic.Message);
    }

    [Fact]
    public void AP001_quotes_long_headlines_shortened()
    {
        var headline = new string('x', 80);

        var diagnostic = Single(headline, DiagnosticCodes.HeadlineWithoutTeaser, 0);

        diagnostic.Message.Should().Contain("\"" + new string('x', 59) + "…\"");
    }

    [Fact]
    public void AP002_stray_lines_are_one_diagnostic_info_on_top_and_warning_between_entries()
    {
        var leading = Single("One\nTwo\nThree\nCap\nHead\n\nTeaser.", DiagnosticCodes.StrayText, 0);

        leading.Severity.Should().Be(DiagnosticSeverity.Info);
        leading.Message.Should().Be(
            "Expected a headline followed by a teaser, found text that starts no entry; 3 lines are kept as non-entry text.");
        leading.Span.Should().Be(new SourceSpan(0, 13, 1, 1));

        var between = Single("A\n\nA teaser.\n\nOne\nTwo\nThree\nCap\nHead\n\nTeaser.", DiagnosticCodes.StrayText, 0);
        between.Severity.Should().Be(DiagnosticSeverity.Warning);
        between.Span.Line.Should().Be(5);
    }

    [Fact]
    public void AP003_extra_blank_lines_is_info_and_strict_mode_accepts_it()
    {
        const string text = "Head\r\n\r\n\r\n\r\nTeaser.";

        var diagnostic = Single(text, DiagnosticCodes.ExtraBlankLines, 0);

        diagnostic.Message.Should().Be("Expected one blank line between headline and teaser, found 3; the entry is kept.");
        diagnostic.Span.Should().Be(new SourceSpan(6, 6, 2, 1));
        ListingParser.Parse(text, Strict).Entries.Should().HaveCount(1);
    }

    [Fact]
    public void AP004_no_entries_distinguishes_empty_from_chrome_only()
    {
        Single("", DiagnosticCodes.NoEntries, 0).Message.Should().Be(
            "Expected at least one entry (headline, blank line, teaser), found no text.");
        Single("Just a line", DiagnosticCodes.NoEntries, 0).Message.Should().Be(
            "Expected at least one entry (headline, blank line, teaser), found only non-entry text.");
        ListingParser.Parse("", Strict).Entries.Should().BeEmpty();
    }

    [Fact]
    public void AP004_points_at_the_end_of_the_non_entry_text_it_found_not_past_the_end_of_the_input()
    {
        // "one line\n" has no line 2 for an editor to jump to (the new-user trial's finding): AP004 points at the end of the
        // last non-entry line, after every diagnostic before it.
        ListingParser.Parse("Just one stray line of text here\n\n").Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.NoEntries)
            .Which.Span.Should().Be(new SourceSpan(32, 0, 1, 33));
        ListingParser.Parse("\n\n").Diagnostics.Should().ContainSingle().Which.Span.Should().Be(new SourceSpan(2, 0, 3, 1), "an input of no text has only its end");
    }

    [Fact]
    public void AP004_after_a_limit_says_parsing_stopped_not_that_there_was_no_text()
    {
        var document = ListingParser.Parse(new string('x', 200), new ListingParserOptions { MaxLineLength = 100 });

        document.Diagnostics.Select(d => d.Code).Should().Equal(DiagnosticCodes.LineTooLong, DiagnosticCodes.NoEntries);
        document.Diagnostics[1].Message.Should().Be(
            "Expected at least one entry (headline, blank line, teaser), found none before parsing stopped (AP102).");
    }

    [Fact]
    public void AP007_an_article_is_said_once_and_keeps_every_paragraph_as_non_entry_text()
    {
        var paragraphs = Enumerable.Range(1, 4).Select(i =>
            $"Paragraph {i} of the article goes on at length about the river, the town and the people who live beside it, as articles do.");
        var text = "The river and the town\n\n" + string.Join("\n\n", paragraphs);

        var document = ListingParser.Parse(text);

        document.Entries.Should().BeEmpty();
        document.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.NotAListing);
        document.NonEntryBlocks.Select(b => b.Text).Should().Equal(["The river and the town", .. paragraphs]);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\n\n")]
    public void AP007_a_title_over_two_paragraphs_is_a_news_item_not_an_entry(string between)
    {
        // A town's news item: its title, two paragraphs, the view count. One entry has one teaser; two paragraphs are an article's.
        string[] paragraphs =
        [
            "This year's celebrations of the national holiday began with a mass for the homeland in the parish church, followed by a parade to the war memorial.",
            "We thank all residents who hung out their flags and joined us in marking this day, so important to everyone in the country.",
        ];
        var text = "101st anniversary of independence" + between + string.Join(between, paragraphs) + between + "Views: 412";

        var document = ListingParser.Parse(text);

        document.Entries.Should().BeEmpty();
        document.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.NotAListing);
    }

    [Fact]
    public void AP007_a_forum_post_with_short_headings_between_its_paragraphs_is_no_listing_of_headlines()
    {
        // Title lines recur between the paragraphs (headings, a figure's file name and caption, the author and translator
        // lines), and no teaser follows any of them: they are the post's headings, not a listing's headlines.
        var text = "Skip to content\n\nUpgrading the shop to version 8: what has changed?\n\n\nRecommended posts\n\n"
            + "Written by- Mathieu Laurent   (core maintenance team)\n\nTranslator: Saeed Rahmani\n\n"
            + "This is the second article in a series that helps shop owners and developers get to know the new version before they upgrade.\n\n"
            + "Before you do anything else, back up the shop's files and database, and make sure you can restore them on another server.\n\n"
            + "Main changes in version 8\n\n(or: what has changed under the bonnet)\n\n"
            + "Below we look at the changes that matter most for the day-to-day running of a shop and for module authors.\n\n"
            + "image.png.4b1f0c9d2e7a6f3b8c5d1e0a9f7b6c3d.png\n\n(Figure 1: an overview of version 8 and the parts that were rewritten)\n\n"
            + "The most important changes fall into two groups:\n\n"
            + "  • the lowest supported PHP version (now 7.2 and up),\n  • Symfony   (upgraded to 4.4) - which now drives many pages of the back office.\n\n"
            + "If your modules still use the old classes, they will probably stop working after the upgrade, so check each of them first.\n\n"
            + "We suggest running the upgrade on a test copy first and moving to the live shop only when every module works.\n\n"
            + "  • install a test copy - on a separate subdomain,\n  • check the modules - one by one, with debug mode switched on.";

        var document = FormatRuleTests.Parse(text);

        document.Entries.Should().BeEmpty();
        document.Diagnostics.Should().Contain(d => d.Code == "AP007");
    }

    [Fact]
    public void AP007_a_forum_thread_that_repeats_no_template_is_said_once_and_forms_no_entry()
    {
        // Replies as name / lines of text / timestamp, no blank lines: the local rules would pair its lines into
        // headlines and teasers; the page is long enough to show a template, shows none, and has no title / blank
        // line / paragraph pairs.
        var replies = new[]
        {
            ("Mira", new[] { "Chapter eleven is up!", "Same style as before, I hope you enjoy it.", "Comments are welcome as always." }),
            ("Kenji", new[] { "Oh, I have been waiting for this one!", "The clock tower scene was great." }),
            ("Mira", new[] { "@Kenji thank you!", "The next part explains the tower." }),
            ("Aiko", new[] { "Who is the girl in the apron?", "I have a theory but I will keep it quiet.", "Looking forward to more." }),
        };
        var text = "Mystery game fan fiction\n" + string.Join("\n", replies.Select((r, i) =>
            r.Item1 + "\n" + string.Join("\n", r.Item2) + $"\n2012-02-0{i + 3} 19:40:31"));

        var document = ListingParser.Parse(text);

        document.Entries.Should().BeEmpty();
        var diagnostic = document.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.NotAListing);
        diagnostic.Message.Should().Be(
            "Expected a listing that repeats one record template, found none in 15 text lines and 0 of the 5 title / blank line / paragraph pairs a listing without one needs; the text reads as no listing, so no entries were formed: every line is kept as non-entry text.");
        document.NonEntryBlocks.Select(b => b.Text).Should().Equal(text.Split('\n'));
    }

    [Fact]
    public void AP007_a_thread_of_replies_under_wrote_lines_forms_no_entry()
    {
        // "name wrote:" reads as a kicker line; with the replies under it the page is long enough to judge.
        var replies = new[]
        {
            ("anna_k", "Any recommendations between the usual brands? I mostly read novels on the train."),
            ("tomasz", "I have had the small one for three years and it still holds a charge for weeks."),
            ("anna_k", "Thanks, that helps. Does the light bother anyone at night, or is it fine in bed?"),
            ("lee_r", "It is fine at the lowest setting. The bigger model is heavier than it looks, though."),
            ("mika", "Second the small one. The page turn buttons are worth it if you read one-handed."),
            ("anna_k", "Ordered the small one. Thanks all, I will report back after a month with it."),
            ("tomasz", "Enjoy it, and get a case: mine survived two falls on the platform because of it."),
        };
        var text = "E-readers for commuting?\n" + string.Join("\n", replies.Select(r => $"{r.Item1} wrote:\n{r.Item2}"));

        var document = ListingParser.Parse(text);

        document.Entries.Should().BeEmpty();
        document.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.NotAListing);
    }

    [Fact]
    public void A_short_input_without_a_template_is_still_read_line_by_line()
    {
        // Two entries cannot show a template; too short to judge, they are read by the local rules.
        var document = ListingParser.Parse("A Headline of the Day\n\nIts teaser says what the article is about.\n\nAnother Headline\n\nThe second teaser is a whole sentence about it.");

        document.Entries.Select(e => e.Headline).Should().Equal("A Headline of the Day", "Another Headline");
    }

    [Fact]
    public void AP005_entry_without_teaser_is_info_and_keeps_the_entry()
    {
        var document = ListingParser.Parse("A\n\nA teaser.\n\nNo Teaser Here\n\nB\n\nThe second teaser is a whole sentence about it.");

        document.Entries.Select(e => (e.Headline, e.Teaser)).Should().Equal(
            ("A", "A teaser."), ("No Teaser Here", null), ("B", "The second teaser is a whole sentence about it."));
        var diagnostic = document.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.EntryWithoutTeaser);
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Info);
        diagnostic.Message.Should().Be(
            "Expected a teaser after headline \"No Teaser Here\", found text at line 7, which reads like the next headline; the entry is kept without a teaser.");
        diagnostic.Span.Should().Be(new SourceSpan(14, 14, 5, 1));
    }

    [Fact]
    public void AP006_page_title_above_entries_that_all_have_dates_is_a_page_header()
    {
        const string text = "Our Blog\n\nThoughts on everything we do.\n\n"
            + "One\nMay 1, 2024\n\nFirst teaser.\n\nTwo\nMay 2, 2024\n\nSecond teaser.\n\nThree\nMay 3, 2024\n\nThird teaser.";

        var document = ListingParser.Parse(text);

        document.Entries.Select(e => e.Headline).Should().Equal("One", "Two", "Three");
        document.Entries.Select(e => e.Published!.Date).Should().Equal(
            new DateOnly(2024, 5, 1), new DateOnly(2024, 5, 2), new DateOnly(2024, 5, 3));
        document.NonEntryBlocks.Select(b => (b.Kind, b.Text)).Should().Equal(
            (ListingBlockKind.SectionHeader, "Our Blog"), (ListingBlockKind.SectionHeader, "Thoughts on everything we do."));
        var diagnostic = document.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.PageHeader);
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Info);
        diagnostic.Message.Should().Be(
            "Expected the first entry to be laid out like the ones after it, found \"Our Blog\" without the byline or date nearly all of them have; 3 lines are kept as a page header.");
    }

    [Fact]
    public void Diagnostics_are_in_document_order()
    {
        var document = ListingParser.Parse("Xa\nYb\nZc\nA\n\n\nA teaser.\n\nMid\n\nCap\nB\n\nB teaser.\n\nTail");

        document.Diagnostics.Select(d => d.Code).Should().Equal("AP002", "AP003", "AP005", "AP001");
        document.Diagnostics.Select(d => d.Span.Offset).Should().BeInAscendingOrder();
    }

    [Fact]
    public void Every_code_is_documented_in_the_readme()
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md"));
        var codes = typeof(DiagnosticCodes).GetFields().Select(f => (string)f.GetValue(null)!).ToList();

        codes.Should().HaveCount(13).And.OnlyHaveUniqueItems();
        foreach (var code in codes)
        {
            readme.Should().Contain($"| `{code}` |", "the README's diagnostics table must list {0}", code);
        }
    }

    private static ListingDiagnostic Single(string text, string code, int index)
    {
        var matches = ListingParser.Parse(text).Diagnostics.Where(d => d.Code == code).ToList();
        matches.Should().HaveCountGreaterThan(index);
        return matches[index];
    }

    [Fact]
    public void A_hard_wrapped_listing_is_warned_about_once_naming_its_first_run_on_line()
    {
        // A new user's listing broken at 72 columns: each teaser's second line opens in lower case under a line with no
        // closing stop. The parser reads line by line, so it says so once, naming the line where the first paragraph runs on.
        var text = "Port Strike Enters Its Second Week\n\n"
            + "Dock workers in Halifax say talks have stalled over automation and\npensions, with no new date set for a meeting.\n\n"
            + "Council Approves Wind Farm Despite Objections\n\n"
            + "The 14-turbine project won a narrow vote after a four-hour meeting that\nran past midnight, with residents vowing to appeal.\n\n"
            + "School Libraries Face Budget Cuts\n\n"
            + "Trustees plan to replace three librarians with volunteers from the\nparents' association next year.\n";

        var document = ListingParser.Parse(text);

        var wrapped = document.Diagnostics.Where(d => d.Code == DiagnosticCodes.HardWrappedText).Should().ContainSingle().Subject;
        wrapped.Severity.Should().Be(DiagnosticSeverity.Warning);
        wrapped.Message.Should().Contain("line 3 first");
        ListingParser.Enumerate(new StringReader(text)).Count().Should().Be(document.Entries.Count);
    }

    [Fact]
    public void A_listing_with_one_line_per_paragraph_is_not_warned_about_wrapping()
    {
        var document = ListingParser.Parse(Support.CorpusCase.Load("seeds").First().Text);

        document.Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.HardWrappedText);
    }

}
