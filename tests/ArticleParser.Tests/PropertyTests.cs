using System.Text;
using ArticleParser.Tests.Support;
using CsCheck;
using FluentAssertions;
using Xunit.Abstractions;

namespace ArticleParser.Tests;

/// <summary>
/// Property-based tests (CsCheck): generated listings parse back to the entries they were rendered from,
/// and on arbitrary text and bytes every promise of the parser holds. Each property draws a fixed,
/// reproducible sequence of cases from its own seed (<see cref="PropertyRunner"/>); a failure is replayed
/// and shrunk by CsCheck, and the smallest failing input is printed with the seed that reproduces it.
/// </summary>
/// <remarks>
/// The case counts are sized so that the whole class runs in about two minutes on two cores. No case is set
/// aside: every input is compared across Parse, Enumerate and EnumerateAsync, with and without limits.
/// </remarks>
public sealed class PropertyTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyList<string>> Corpus = new(() =>
        CorpusCase.Load("seeds").Concat(CorpusCase.Load("real")).Select(c => c.Text).ToList());

    // Each generated listing repeats one record template (ListingGenerator): the layouts that are on must parse back
    // field for field. "captions" is off, with the measured failure rate; ARTICLEPARSER_LAYOUTS=all turns it on.
    [Fact]
    public void Generated_listings_parse_back_to_the_entries_they_were_rendered_from()
    {
        var cases = PropertyRunner.Run(ListingGenerator.Listing, listing =>
        {
            var document = ListingParser.Parse(listing.Text);

            Lossless.AssertHolds(listing.Text, document);
            Invariants.Check(listing.Text, document);
            document.NonEntryBlocks.Select(b => (b.Kind, b.Text, b.Span.Offset)).Should().Equal(
                listing.Blocks.Select(b => (b.Kind, b.Text, b.Offset)), "the page chrome and separators the listing was rendered with");
            var teaserless = listing.Entries.Any(e => e.Teaser is null);
            document.Diagnostics.Should().NotContain(
                d => d.Code != DiagnosticCodes.ExtraBlankLines && !(teaserless && d.Code == DiagnosticCodes.EntryWithoutTeaser),
                "a well-formed listing raises nothing but AP003 for a double blank line (and AP005 for an entry without teaser)");
            document.Entries.Should().HaveCount(listing.Entries.Count);
            for (var i = 0; i < listing.Entries.Count; i++)
            {
                var expected = listing.Entries[i];
                var at = listing.Layouts[i];
                var actual = document.Entries[i];
                Expect(actual.ImageCaption, actual.ImageCaptionSpan, at.Caption, $"entry {i}'s caption");
                Expect(actual.Headline, actual.HeadlineSpan, at.Headline, $"entry {i}'s headline");
                Expect(actual.Teaser, actual.TeaserSpan, at.Teaser, $"entry {i}'s teaser");
                Expect(actual.Byline, actual.BylineSpan, at.Byline, $"entry {i}'s byline");
                Expect(actual.Published?.Text, actual.Published?.Span, at.Date, $"entry {i}'s date");
                Expect(actual.ReadMore, actual.ReadMoreSpan, at.ReadMore, $"entry {i}'s read-more link");
                actual.Label.Should().Be(expected.Label, $"entry {i}'s label");
                actual.IsTeaserTruncated.Should().Be(expected.IsTruncated, $"entry {i}'s truncation");
                actual.Published?.Date.Should().Be(expected.Meta?.Date, $"entry {i}'s date");
            }

            // The same listing streamed, and its bytes, give the same document.
            ParserChecks.CheckText(listing.Text, ListingParserOptions.Default);
        }, seed: 0x5EED_0001, cases: 1500, print: l => l.ToString());

        Report("generated listings", cases, 0x5EED_0001);
        output.WriteLine($"layouts on: {string.Join(", ", ListingGenerator.EnabledLayouts)}; off: {string.Join(", ", ListingGenerator.Layouts.Keys.Except(ListingGenerator.EnabledLayouts))}");
    }

    /// <summary>A field has the text the generator wrote, at the offset where it wrote it, or is absent when none was written.</summary>
    private static void Expect(string? actual, SourceSpan? span, FieldAt? expected, string what)
    {
        actual.Should().Be(expected?.Text, what);
        span?.Offset.Should().Be(expected?.Offset, $"{what} starts where the generator wrote it");
        span?.Length.Should().Be(expected?.Text.Length, $"{what} spans its text");
    }

    [Fact]
    public void Arbitrary_text_keeps_every_promise()
    {
        var cases = PropertyRunner.Run(
            ArbitraryInput.Cases(Corpus.Value),
            c => ParserChecks.CheckText(c.Text, c.Options),
            seed: 0x5EED_0002,
            cases: 4000,
            print: c => c.ToString());

        Report("arbitrary text", cases, 0x5EED_0002);
    }

    /// <summary>
    /// Case 2940 of the run with ARTICLEPARSER_SEED=1796500765, as the property test printed it: records that each
    /// lack a line of one template, where "By Omar Russo" under a headline was left outside its entry when the entry
    /// was cut short above a line taken for the next entry's caption.
    /// </summary>
    [Fact]
    public void A_byline_under_a_sparse_record_stays_inside_its_entry()
    {
        const string text = "\u200BRiver Unveils Unveils\n 2017-06-15 \n\r\n\r[Podcast] Why Volunteers A\u00F1o in Delayed\t\n\tLeer m\u00E1s\r\n\r\r\n\tResidents \u0625\u0636\u0631\u0627\u0628 na\u00EFve watched watched cafe\u0301 from turnout \u0627\u062D\u062A\u062C\u0627\u062C\u3000\u00E9cole \u05E2\u05D9\u05E8.\t\n\rAlthough all\u202Fleaders stra\u00DFe,\u2028\uD83C\uDF0D ni\u00F1o unity \u043D\u0430\u0434\u0435\u0436\u0434\u0430\u2028city na\u00EFve, in, turnout.\t\r\nLeer m\u00E1s\nOfficials region expectations safer na\u00EFve stra\u00DFe \u05E2\u05D9\u05E8 said. Since wages,\tse\u00F1al watched watched heavy strike na\u00EFve caf\u00E9, exceeded\u00A0na\u00EFve weeks\u00A0rain.\u200B\nBy Marta Russo\t\n\r\n Read more\r\r\n\tFu\u00DFball \uD83D\uDE80 \u00C9lections Election Cuts\r\n\tBy Omar Russo\r\n\r\nOrganisers of\u00A0unity that costs \uD83C\uDF0D summer\u2028\u05E2\u05D9\u05E8, for gathered.\n Continue reading \r\r\u200B\rArtists Wages Nation\u202FReturns Prices Against\u3000Justice? \u00A0 \nLukas Becker | May 5, 2021\n\r\n\tSince costs \nLeer m\u00E1s\r\n\r\n\t\u00C4rzte\u3000Deal\u3000Wages\u0085Draws \n\u200B2023-04-02\n\r\n\tThe costs\u00A0and na\u00EFve\twages \uD83D\uDE80 \u05E2\u05D9\u05E8 \uD83D\uDC4D\uD83C\uDFFD \u0627\u0646\u062A\u062E\u0627\u0628\u0627\u062A\u2028that\u202Frain rising \u0625\u0636\u0631\u0627\u0628 from. Les\u2028exceeded hall watched\u00A0caf\u00E9 stra\u00DFe summer and before \u05E2\u05D9\u05E8 called despite, stra\u00DFe. When wages, strike heavy\u00A0\u00E9lan summer\u3000all \u05E9\u05D1\u05D9\u05EA\u05D4 that hall \u00E9lan leaders distance working organisers members \uD83D\uDC4D\uD83C\uDFFD.\nLire la sui";
        var options = new ListingParserOptions
        {
            RecognizeReadMore = false,
            RecognizeChrome = false,
            ReadMorePhrases = ["Head", "mehr dazu", "\u2026"],
        };

        var document = ParserChecks.CheckText(text, options);

        var bylined = document.Entries.Where(e => e.Byline is not null).ToList();
        bylined.Should().NotBeEmpty();
        bylined.Should().OnlyContain(e => e.BylineSpan!.Value.Offset >= e.Span.Offset && e.BylineSpan.Value.End <= e.Span.End);
    }

    [Fact]
    public void Arbitrary_text_under_tight_limits_stops_with_a_positioned_error_and_loses_nothing()
    {
        var limited =
            from text in Gen.Frequency((1, (IGen<string>)ArbitraryInput.RandomLines), (1, ArbitraryInput.CorpusSplice(Corpus.Value)), (1, ArbitraryInput.MutatedListing))
            from maxLine in Gen.Frequency((1, (IGen<int>)Gen.Const(ListingParserOptions.Default.MaxLineLength)), (3, Gen.Int[0, 120]))
            from maxInput in Gen.Frequency((1, (IGen<int>)Gen.Const(ListingParserOptions.Default.MaxInputLength)), (3, Gen.Int[0, 3000]))
            select new ArbitraryCase(text, new ListingParserOptions { MaxLineLength = maxLine, MaxInputLength = maxInput });

        var cases = PropertyRunner.Run(limited, c =>
        {
            var document = ParserChecks.CheckText(c.Text, c.Options);
            var stop = document.Diagnostics.Where(d => d.Code is DiagnosticCodes.InputTooLong or DiagnosticCodes.LineTooLong).ToList();
            var longest = (c.Text.StartsWith('\uFEFF') ? c.Text[1..] : c.Text).Split('\n').SelectMany(l => l.Split('\r')).Select(l => l.Length).DefaultIfEmpty(0).Max();
            var tooLong = c.Text.Length > c.Options.MaxInputLength || longest > c.Options.MaxLineLength;
            stop.Should().HaveCount(tooLong ? 1 : 0, "one AP101 or AP102 exactly when a limit is exceeded");
            if (stop.Count == 1)
            {
                stop[0].Severity.Should().Be(DiagnosticSeverity.Error);
                stop[0].Span.End.Should().Be(c.Text.Length, "the error spans everything that was not read");
                document.Entries.Should().NotContain(e => e.Span.End > stop[0].Span.Offset);
                document.NonEntryBlocks.Should().NotContain(b => b.Span.End > stop[0].Span.Offset);
            }
        }, seed: 0x5EED_0003, cases: 1500, print: c => $"{c} max line {c.Options.MaxLineLength}, max input {c.Options.MaxInputLength}");

        Report("text under limits", cases, 0x5EED_0003);
    }

    [Fact]
    public void Arbitrary_bytes_decode_to_text_and_report_every_invalid_sequence()
    {
        var bytes = Gen.Frequency(
            (4, (IGen<byte[]>)Gen.Frequency((20, Gen.Byte[0x20, 0x7E]), (2, Gen.Const((byte)'\n')), (4, Gen.Byte[0x80, 0xFF]), (1, Gen.Byte)).Array[0, 600]),
            (2, from text in ArbitraryInput.RandomLines
                from cuts in Gen.Int[0, 5000].Array[0, 4]
                select Corrupt(Encoding.UTF8.GetBytes(text), cuts)),
            (1, from prefix in Gen.OneOf<byte[]>([0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xEF, 0xBB], [0xFF])
                from body in Gen.Byte.Array[0, 300]
                select prefix.Concat(body).ToArray()));

        var cases = PropertyRunner.Run(
            bytes,
            b => ParserChecks.CheckBytes(b, ListingParserOptions.Default),
            seed: 0x5EED_0004,
            cases: 1500,
            print: b => Convert.ToHexString(b));

        Report("arbitrary bytes", cases, 0x5EED_0004);
    }

    [Fact]
    public void Enumerate_matches_parse_on_generated_input_larger_than_several_windows()
    {
        var large =
            from pieces in Gen.Frequency((2, (IGen<string>)ListingGenerator.Listing.Select(l => l.Text)), (1, ArbitraryInput.MutatedListing), (1, ArbitraryInput.RandomLines))
                .Array[8, 16]
            from lineEnds in Gen.Int[0, 2].Array[16]
            select Repeat(pieces, lineEnds, 2_300_000);

        var cases = PropertyRunner.Run(large, text =>
        {
            var document = ListingParser.Parse(text);
            Invariants.Check(text, document);
            ParserChecks.Same(document, ParserChecks.Enumerated(text, ListingParserOptions.Default), "Enumerate across windows");
        }, seed: 0x5EED_0005, cases: 6, print: t => $"{t.Length} chars: {Invariants.Show(t[..Math.Min(t.Length, 2000)])}");

        Report("multi-window streams", cases, 0x5EED_0005);
    }

    [Fact]
    public void Enumerate_matches_parse_under_limits()
    {
        var limited =
            from text in ArbitraryInput.RandomLines
            from maxLine in Gen.Int[0, 60]
            from maxInput in Gen.Int[0, 600]
            select new ArbitraryCase(text, new ListingParserOptions { MaxLineLength = maxLine, MaxInputLength = maxInput });

        var cases = PropertyRunner.Run(limited, c =>
        {
            var document = ListingParser.Parse(c.Text, c.Options);
            ParserChecks.Same(document, ParserChecks.Enumerated(c.Text, c.Options), "Enumerate under limits");
            ParserChecks.Same(document, ParserChecks.EnumeratedAsync(c.Text, c.Options), "EnumerateAsync under limits");
        }, seed: 0x5EED_0006, cases: 500, print: c => $"{c} max line {c.Options.MaxLineLength}, max input {c.Options.MaxInputLength}");

        Report("streaming under limits", cases, 0x5EED_0006);
    }

    private void Report(string property, int cases, ulong fixedSeed) =>
        output.WriteLine(
            $"{property}: {cases} cases passed with seed {PropertyRunner.SeedFor(fixedSeed)} "
            + $"({(PropertyRunner.OverrideSeed is null ? "the property's fixed seed" : "from " + PropertyRunner.SeedVariable)}; "
            + $"{PropertyRunner.TotalCases} property cases so far in this run)");

    private static byte[] Corrupt(byte[] bytes, int[] cuts)
    {
        var result = bytes.ToList();
        foreach (var cut in cuts)
        {
            if (result.Count == 0)
            {
                break;
            }

            // Overwrite one byte with a lead, continuation or never-valid byte.
            result[cut % result.Count] = (byte)(cut % 4 switch { 0 => 0xC3, 1 => 0x80, 2 => 0xFF, _ => 0xED });
        }

        return [.. result];
    }

    private static string Repeat(string[] pieces, int[] lineEnds, int length)
    {
        var builder = new StringBuilder();
        for (var i = 0; builder.Length < length; i++)
        {
            var piece = pieces[i % pieces.Length];
            builder.Append(lineEnds[i % lineEnds.Length] switch
            {
                1 => piece.Replace("\n", "\r\n", StringComparison.Ordinal),
                2 => piece.Replace('\n', '\r'),
                _ => piece,
            });
            builder.Append("\n\n");
        }

        return builder.ToString();
    }
}
