using System.Text;
using ArticleParser.Tests.Support;
using FluentAssertions;

namespace ArticleParser.Tests;

/// <summary>Enumerate and EnumerateAsync yield exactly what Parse finds, across stream windows too.</summary>
public sealed class StreamingTests
{
    public static TheoryData<string> Listings()
    {
        var data = new TheoryData<string>();
        foreach (var listing in CorpusCase.Load("seeds").Concat(CorpusCase.Load("real")))
        {
            data.Add(listing.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Listings))]
    public void Enumerate_yields_the_entries_blocks_and_diagnostics_of_parse(string name)
    {
        var text = Load(name).Text;
        var blocks = new List<ListingBlock>();
        var diagnostics = new List<ListingDiagnostic>();
        var layouts = new List<ListingLayout>();
        var options = new ListingParserOptions { OnNonEntryBlock = blocks.Add, OnDiagnostic = diagnostics.Add, OnLayout = layouts.Add };

        var entries = ListingParser.Enumerate(new StringReader(text), options).ToList();

        var document = ListingParser.Parse(text);
        entries.Should().Equal(document.Entries);
        blocks.Should().Equal(document.NonEntryBlocks);
        diagnostics.Should().Equal(document.Diagnostics);
        layouts.Should().Equal(document.Layouts, "OnLayout hands streaming callers the layouts Parse lists");
    }

    [Fact]
    public void Enumerate_matches_parse_across_many_windows_and_line_endings()
    {
        // Well over three windows, with CRLF and CR endings and a BOM, so window cuts land everywhere.
        var builder = new StringBuilder("\uFEFF");
        var listings = CorpusCase.Load("seeds").Concat(CorpusCase.Load("real")).Select(l => l.Text).ToList();
        for (var i = 0; builder.Length < 3_500_000; i++)
        {
            var text = listings[i % listings.Count];
            builder.Append(i % 3 == 1 ? text.Replace("\n", "\r\n", StringComparison.Ordinal) : i % 3 == 2 ? text.Replace('\n', '\r') : text);
            builder.Append("\n\n");
        }

        var whole = builder.ToString();
        var diagnostics = new List<ListingDiagnostic>();

        var streamed = TimeBound.Within(TimeBound.Parse, $"Enumerate over {whole.Length:N0} characters", () =>
            ListingParser.Enumerate(new StringReader(whole), new ListingParserOptions { OnDiagnostic = diagnostics.Add }).ToList());

        var document = TimeBound.Within(TimeBound.Parse, $"Parse of {whole.Length:N0} characters", () => ListingParser.Parse(whole));
        streamed.Should().HaveCount(document.Entries.Count);
        streamed.Should().Equal(document.Entries);
        diagnostics.Should().Equal(document.Diagnostics);
    }

    [Fact]
    public void Enumerate_matches_parse_when_every_read_ends_between_the_halves_of_a_CRLF()
    {
        // A reader that stops each read right after a CR leaves the window's last character a CR whose LF is not
        // read yet: the window must not take that CR for a whole line end (the LF would become a line of its own).
        var builder = new StringBuilder();
        var seeds = CorpusCase.Load("seeds").Select(l => l.Text.Replace("\n", "\r\n", StringComparison.Ordinal)).ToList();
        for (var i = 0; builder.Length < 2_500_000; i++)
        {
            builder.Append(seeds[i % seeds.Count]).Append("\r\n\r\n");
        }

        var whole = builder.ToString();
        var diagnostics = new List<ListingDiagnostic>();

        var streamed = TimeBound.Within(TimeBound.Parse, $"Enumerate over {whole.Length:N0} characters read up to each CR", () =>
            ListingParser.Enumerate(new ReadsEndAtCarriageReturns(whole), new ListingParserOptions { OnDiagnostic = diagnostics.Add }).ToList());

        var document = ListingParser.Parse(whole);
        streamed.Should().HaveCount(document.Entries.Count);
        streamed.Should().Equal(document.Entries);
        diagnostics.Should().Equal(document.Diagnostics);
    }

    [Fact]
    public void Enumerate_matches_parse_on_a_long_page_of_posts_with_closing_lines()
    {
        // A long page of posts shown whole, now one paragraph, now two; some close with a line of hashtags or a motto as
        // short as a title, which the headlines cut off as a record of one line. Whether such a line closes the post above
        // can only be told once the line after it is read. Over some 180 windows the closing lines fall at many window
        // ends; the windowed parser carries an undecided last record into the next window, so this holds even with the
        // layout stage's own wait (PostEnd) taken out: the test guards the result, not that one mechanism.
        var kinds = new (string Title, int Paragraphs, string? Closing)[]
        {
            ("The village library that stays open until night", 2, null), ("Second-hand books for the reading garden", 2, "#bookdrive #readinggarden"),
            ("Reading on the train, why not", 1, null), ("Literacy tour, day seven: the eastern islands", 2, "Remember: reading is healthy."),
            ("Why are school libraries so quiet", 1, null), ("A reading corner in the coffee stall", 2, null),
        };
        var posts = Enumerable.Range(0, 1_500).Select(i =>
        {
            var (title, paragraphs, closing) = kinds[i % kinds.Length];
            return $"{title}, week {i}\n\n"
                + string.Join("\n\n", Enumerable.Range(0, paragraphs).Select(k => $"Paragraph {k} of post {i} tells what the writer saw on the way and whom she met, in plain sentences that run on for a while."))
                + (closing is null ? "" : $"\n\n{closing}");
        });
        var whole = string.Join("\n\n", posts);
        var diagnostics = new List<ListingDiagnostic>();
        var blocks = new List<ListingBlock>();

        var streamed = ListingParser.Enumerate(new StringReader(whole), new ListingParserOptions { OnDiagnostic = diagnostics.Add, OnNonEntryBlock = blocks.Add }).ToList();

        var document = ListingParser.Parse(whole);
        document.Entries.Should().HaveCount(1_500, "every post is one entry, its closing line its own");
        streamed.Should().Equal(document.Entries);
        blocks.Should().Equal(document.NonEntryBlocks);
        diagnostics.Should().Equal(document.Diagnostics);
    }

    [Fact]
    public void Enumerate_matches_parse_when_a_window_ends_under_a_byline_paragraph_above_a_headline()
    {
        // Found by the property test (ARTICLEPARSER_SEED=1796564201): records "By Name / blank / headline / blank /
        // teaser" parted by separator lines, the byline paragraph on some records only. Parse gives each such byline to
        // the headline under it; a window that ended on the blank line under a byline (no record open after the
        // separator) decided the byline there and then as a stray line, so Enumerate yielded that entry without it.
        // Over some hundred windows the bylines fall at many window ends.
        var names = new[] { "Omar Mensah", "Ingrid Nowak", "Marta Becker", "Li Wei" };
        var records = Enumerable.Range(0, 3_000).Select(i =>
            (i % 3 == 1 ? "" : $"By {names[i % names.Length]}\n\n")
            + $"Council {(i % 2 == 0 ? "opens" : "closes")} the river path number {i}\n\n"
            + $"Residents met on day {i} to hear what the plan {new string('x', i % 17)} means for the walk along the water."
            + (i % 5 == 0 ? " The mayor answered their questions until late." : ""));
        var whole = string.Join("\n\n* * *\n\n", records);
        var diagnostics = new List<ListingDiagnostic>();
        var blocks = new List<ListingBlock>();

        var streamed = ListingParser.Enumerate(new StringReader(whole), new ListingParserOptions { OnDiagnostic = diagnostics.Add, OnNonEntryBlock = blocks.Add }).ToList();

        var document = ListingParser.Parse(whole);
        document.Entries.Should().HaveCount(3_000);
        document.Entries.Count(e => e.Byline is not null).Should().Be(2_000, "every byline paragraph belongs to the headline under it");
        streamed.Should().Equal(document.Entries);
        blocks.Should().Equal(document.NonEntryBlocks);
        diagnostics.Should().Equal(document.Diagnostics);
    }

    [Fact]
    public async Task EnumerateAsync_over_a_reader_and_a_stream_matches_parse()
    {
        var text = string.Join("\n\n", CorpusCase.Load("seeds").Select(s => s.Text));
        var expected = ListingParser.Parse(text).Entries;

        var fromReader = new List<ListingEntry>();
        await foreach (var entry in ListingParser.EnumerateAsync(new StringReader(text)))
        {
            fromReader.Add(entry);
        }

        var fromStream = new List<ListingEntry>();
        using var stream = new MemoryStream(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray());
        await foreach (var entry in ListingParser.EnumerateAsync(stream))
        {
            fromStream.Add(entry);
        }

        fromReader.Should().Equal(expected);
        fromStream.Should().Equal(expected);
    }

    [Fact]
    public async Task EnumerateAsync_honours_cancellation()
    {
        using var cancellation = new CancellationTokenSource();
        var text = string.Join("\n\n", Enumerable.Repeat(CorpusCase.Load("seeds").First().Text, 10));
        var seen = 0;

        var act = async () =>
        {
            await foreach (var entry in ListingParser.EnumerateAsync(new StringReader(text), cancellationToken: cancellation.Token))
            {
                if (++seen == 3)
                {
                    await cancellation.CancelAsync();
                }
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
        seen.Should().Be(3);
    }

    [Fact]
    public void Strict_enumeration_throws_at_the_first_warning()
    {
        const string text = "A\n\nA teaser.\n\nLonely headline\n\n* * *\n\nCap\nB\n\nB teaser.";
        var entries = new List<ListingEntry>();

        var act = () =>
        {
            foreach (var entry in ListingParser.Enumerate(new StringReader(text), new ListingParserOptions { Strict = true }))
            {
                entries.Add(entry);
            }
        };

        act.Should().Throw<ListingFormatException>().Which.Code.Should().Be(DiagnosticCodes.HeadlineWithoutTeaser);
    }

    [Fact]
    public void Null_arguments_throw_at_the_call()
    {
        var enumerate = () => ListingParser.Enumerate((TextReader)null!);
        var enumerateStream = () => ListingParser.Enumerate((Stream)null!);
        var reader = () => ListingParser.EnumerateAsync((TextReader)null!);
        var stream = () => ListingParser.EnumerateAsync((Stream)null!);

        enumerate.Should().Throw<ArgumentNullException>();
        enumerateStream.Should().Throw<ArgumentNullException>();
        reader.Should().Throw<ArgumentNullException>();
        stream.Should().Throw<ArgumentNullException>();
    }

    private static CorpusCase Load(string name) =>
        CorpusCase.Load("seeds").Concat(CorpusCase.Load("real")).Single(c => c.Name == name);

    /// <summary>Hands out a text in reads that each end right after a CR (or at the end of the caller's buffer).</summary>
    private sealed class ReadsEndAtCarriageReturns(string text) : TextReader
    {
        private int _position;

        public override int Peek() => _position < text.Length ? text[_position] : -1;

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            var available = text.AsSpan(_position, Math.Min(buffer.Length, text.Length - _position));
            var cr = available.IndexOf('\r');
            var take = cr < 0 ? available.Length : cr + 1;
            available[..take].CopyTo(buffer);
            _position += take;
            return take;
        }
    }
}
