using System.Text;
using ArticleParser.Benchmarks;
using ArticleParser.Benchmarks.Baselines;
using ArticleParser.Benchmarks.Corpus;
using ArticleParser.Tests.Support;
using FluentAssertions;

namespace ArticleParser.Tests;

/// <summary>
/// The benchmarks compare like with like: every variant (hand-written scanner, naive Sprache grammar,
/// <c>Parse(string)</c>, <c>Parse(TextReader)</c>, <c>Enumerate(TextReader)</c>) builds exactly the same
/// entry records, and the generated corpus is what it claims to be.
/// </summary>
public sealed class BenchmarkVariantTests
{
    private const string ChromeText = "Contact us";

    public static TheoryData<string> SeedFiles()
    {
        var data = new TheoryData<string>();
        foreach (var seed in CorpusCase.Load("seeds"))
        {
            data.Add(seed.Name);
        }

        return data;
    }

    public static TheoryData<string> CheckedSizes() => [ListingCorpus.Size3KB, ListingCorpus.Size1MB];

    public static TheoryData<string> BuiltSizes() => [ListingCorpus.Size3KB, ListingCorpus.Size1MB, ListingCorpus.Size10MB];

    /// <summary>
    /// The seeds layout under the lexical rules: line ends, BOM, outer whitespace, labels, truncation markers,
    /// wider gaps. The baselines cover the seeds layout only (caption, headline, blank, prose teaser), so
    /// these cases keep real headlines and teasers rather than shapes the library's recognizers would read
    /// as chrome or as entries without a teaser.
    /// </summary>
    public static TheoryData<string, string> EdgeCases()
    {
        const string Teaser = "The communists of the International Marxist Tendency met in Chicago to discuss the tasks ahead of the movement";
        static string Entry(string? caption, string headline, string teaser, string gap = "\n") =>
            (caption is null ? string.Empty : caption + "\n") + headline + "\n" + gap + teaser;

        string[] headlines =
        [
            "[Audio] Why We Need a Communist International!",
            "[ Video ] How Did Bolsonaro Win the Brazilian Elections?",
            "[1 Video] Not a Label Because It Starts With a Digit",
            "[Label that is far too long for a label] Headline After It",
            "[] Empty Brackets Before a Headline",
            "[a[b] Nested Brackets Before a Headline",
            "[V]X Marks the Spot in the Election",
            "[Podcast]   Episode 12: The Paris Commune",
        ];
        string[] endings = ["[…]", " […]", "[...]", "…", "...", "..", "[..]", "."];
        var seed = ListingCorpus.Seeds[2].Text;
        // Line ends cycle \r\n, \n, \r: a \r is always followed by text or by \r\n, never by \n, so no blank line merges away.
        var line = 0;
        var mixed = string.Concat(seed.Split('\n').Select(l => l + ((line++ % 3) switch { 0 => "\r\n", 1 => "\n", _ => "\r" })));

        return new TheoryData<string, string>
        {
            { "crlf", seed.Replace("\n", "\r\n", StringComparison.Ordinal) },
            { "cr", seed.Replace('\n', '\r') },
            { "mixed line ends", mixed },
            { "bom and final line end", "\uFEFF" + ListingCorpus.Seeds[3].Text + "\n" },
            { "bom then blank lines", "\uFEFF\n\n" + ListingCorpus.Seeds[0].Text },
            {
                "outer whitespace on every line",
                string.Join("\n", ListingCorpus.Seeds[4].Text.Split('\n').Select(l => l.Length == 0 ? " \t\u00A0" : "\u00A0 " + l + "\t\u200B"))
            },
            {
                "outer whitespace kinds",
                " \u00A0\tStrike Photo \u200B\n\u2003[Video] Dockers at the Port of Barcelona Show the Way\u00A0\n \t \n\u200B" + Teaser + " […]\u00A0 \n\n"
            },
            { "labels", string.Join("\n\n", headlines.Select(h => Entry(null, h, Teaser + "."))) },
            {
                "truncation markers",
                string.Join("\n\n", endings.Select((m, i) => Entry(i % 2 == 0 ? "Caption of the Photo" : null, $"Headline Number {i} About the Strike", Teaser + m)))
            },
            {
                "wider gaps",
                Entry("Strike Photo", "Dockers at the Port of Barcelona Show the Way", Teaser + ".", "\n \n\t\n") + "\n\n \n"
                    + Entry(null, "A Second Headline About the Movement", Teaser + " […]")
            },
            { "teaser of two lines", "Headline\n\nTeaser one\nTeaser two\n\nTeaser three" },
            { "empty", string.Empty },
            { "only blank lines", "\n \r\n\t\r" },
        };
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Every_variant_builds_the_same_entries_on_each_seed_as_shipped(string name)
    {
        var seed = CorpusCase.FromFile(Path.Combine(CorpusCase.Root, "seeds", name + ".txt"));

        AssertAllVariantsAgree(seed.Text);
    }

    [Fact]
    public void Every_variant_builds_the_same_entries_on_each_corpus_seed()
    {
        ListingCorpus.Seeds.Should().HaveCount(5);
        foreach (var seed in ListingCorpus.Seeds)
        {
            AssertAllVariantsAgree(seed.Text).Should().NotBeEmpty(seed.Name);
        }
    }

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void Every_variant_builds_the_same_entries_on_layout_edge_cases(string name, string text)
    {
        var entries = AssertAllVariantsAgree(text, name);

        if (!string.IsNullOrWhiteSpace(text))
        {
            entries.Should().NotBeEmpty(name);
        }
    }

    [Theory]
    [MemberData(nameof(CheckedSizes))]
    public void Every_benchmark_method_builds_the_same_entries(string size)
    {
        var benchmarks = new ParseBenchmarks { Size = size };
        benchmarks.Setup();

        var scanner = benchmarks.Scanner();
        var fromString = benchmarks.ParseString();
        var fromReader = benchmarks.ParseReader();
        var naive = benchmarks.NaiveSprache();
        var enumeratedCount = benchmarks.EnumerateReader();
        var enumerated = ReaderVariant.Enumerate(Encoding.UTF8.GetBytes(ListingCorpus.Build(size)));

        var plan = ListingCorpus.Plan(size);
        var expectedCount = Enumerable.Range(0, (int)plan.Listings)
            .Sum(i => ListingParser.Parse(ListingCorpus.ListingAt(i).Text).Entries.Count);
        scanner.Should().HaveCount(expectedCount);
        fromString.Entries.Should().Equal(scanner, "Parse(string) must build the scanner's records");
        fromReader.Entries.Should().Equal(scanner, "Parse(TextReader) must build the scanner's records");
        naive.Should().Equal(scanner, "the naive Sprache grammar must build the scanner's records");
        enumerated.Should().Equal(scanner, "Enumerate(TextReader) must yield the scanner's records");
        benchmarks.Minimal().SelectMany(chunk => chunk).Should().Equal(
            scanner.Select(e => new MinimalEntry(e.ImageCaption, e.Headline, e.Teaser!)), "the minimal scanner must read the same caption, headline and teaser");
        enumeratedCount.Should().Be(scanner.Count);
        fromString.NonEntryBlocks.Should().BeEmpty("the corpus holds entries only");
        fromString.Diagnostics.Should().BeEmpty("the corpus holds entries only");
    }

    [Theory]
    [MemberData(nameof(BuiltSizes))]
    public void Corpus_has_the_size_it_claims(string size)
    {
        var text = ListingCorpus.Build(size);

        var bytes = Encoding.UTF8.GetByteCount(text);
        bytes.Should().Be((int)ListingCorpus.Utf8Length(size), "the plan must measure exactly what Build produces");
        AssertJustPastTarget(bytes, ListingCorpus.TargetBytes(size));
    }

    [Fact]
    public void Hundred_megabyte_corpus_plan_reaches_its_target()
    {
        var plan = ListingCorpus.Plan(ListingCorpus.Size100MB);

        AssertJustPastTarget(plan.Utf8Bytes, 100L * 1024 * 1024);
        var perCycle = ListingCorpus.Seeds.Sum(s => s.Utf8Bytes + ListingCorpus.Separator.Length);
        plan.Listings.Should().BeCloseTo(100L * 1024 * 1024 * ListingCorpus.Seeds.Count / perCycle, 2);
    }

    [Fact]
    public void Three_kilobyte_input_is_exactly_one_seed()
    {
        var plan = ListingCorpus.Plan(ListingCorpus.Size3KB);

        plan.Listings.Should().Be(1);
        ListingCorpus.Build(ListingCorpus.Size3KB).Should().Be(ListingCorpus.Seeds[2].Text);
        ListingCorpus.Seeds[2].Name.Should().StartWith("002_");
    }

    [Fact]
    public void Corpus_is_the_seed_cycle_joined_by_one_blank_line()
    {
        var plan = ListingCorpus.Plan(ListingCorpus.Size1MB);

        var expected = string.Join("\n\n", Enumerable.Range(0, (int)plan.Listings).Select(i => ListingCorpus.Seeds[(2 + i) % 5].Text));

        ListingCorpus.Build(ListingCorpus.Size1MB).Should().Be(expected);
        ListingCorpus.Build(ListingCorpus.Size1MB).Should().Be(ListingCorpus.Build(ListingCorpus.Size1MB), "the corpus is deterministic");
    }

    [Fact]
    public void Corpus_seeds_are_the_test_seeds_with_only_seed_003_chrome_dropped()
    {
        var shipped = CorpusCase.Load("seeds").ToList();

        ListingCorpus.Seeds.Select(s => s.Name).Should().Equal(shipped.Select(s => s.Name));
        for (var i = 0; i < shipped.Count; i++)
        {
            var corpusSeed = ListingCorpus.Seeds[i];
            if (corpusSeed.Name.StartsWith("003_", StringComparison.Ordinal))
            {
                shipped[i].Text.Should().StartWith(corpusSeed.Text).And.Contain(ChromeText);
                corpusSeed.Text.Should().EndWith(ListingCorpus.Seed003LastTeaserEnd).And.NotContain(ChromeText)
                    .And.NotContain("Socialist Revolution Issue 18 Cover");
                ListingParser.Parse(shipped[i].Text).NonEntryBlocks.Should().NotBeEmpty("the shipped seed 003 has page chrome");
            }
            else
            {
                corpusSeed.Text.Should().Be(shipped[i].Text);
            }

            var document = ListingParser.Parse(corpusSeed.Text);
            document.NonEntryBlocks.Should().BeEmpty(corpusSeed.Name);
            document.Diagnostics.Should().BeEmpty(corpusSeed.Name);
            document.Entries[^1].TeaserSpan!.Value.End.Should().Be(corpusSeed.Text.Length, "{0} must end with its last teaser", corpusSeed.Name);
        }
    }

    [Fact]
    public void Corpus_holds_no_trailing_chrome()
    {
        var text = ListingCorpus.Build(ListingCorpus.Size1MB);

        text.Should().NotContain(ChromeText).And.NotContain("Issue 18 Cover").And.NotContain("official publication");
        var document = ListingParser.Parse(text);
        document.NonEntryBlocks.Should().BeEmpty();
        document.Diagnostics.Should().BeEmpty();
        document.Entries[^1].TeaserSpan!.Value.End.Should().Be(text.Length, "the corpus ends with a teaser");
    }

    [Fact]
    public void Multi_file_set_holds_the_claimed_files_and_all_ingestion_variants_agree()
    {
        MultiFileCorpus.Plans.Should().HaveCount(MultiFileCorpus.FileCount);
        long next = 0;
        foreach (var plan in MultiFileCorpus.Plans)
        {
            plan.FirstListing.Should().Be(next, "each file continues the cycle where the previous one stopped");
            AssertJustPastTarget(plan.Utf8Bytes, MultiFileCorpus.FileTargetBytes);
            next += plan.Listings;
        }

        var benchmarks = new ParallelIngestionBenchmarks();
        benchmarks.Setup();
        try
        {
            var single = benchmarks.SingleThreaded();
            var parallel = benchmarks.ParallelForEach();

            single.Should().BeGreaterThan(0);
            parallel.Should().Be(single);
            benchmarks.SingleThreadedEnumerate().Should().Be(single);
            benchmarks.ParallelForEachEnumerate().Should().Be(single);
            var expected = MultiFileCorpus.Plans.Sum(plan => HandWrittenScanner.Scan(ListingCorpus.Build(plan)).Count);
            single.Should().Be(expected);
        }
        finally
        {
            benchmarks.Cleanup();
        }
    }

    [Fact]
    public void Multi_file_set_is_written_as_planned_and_deleted_on_dispose()
    {
        string directory;
        using (var corpus = MultiFileCorpus.Create())
        {
            directory = corpus.DirectoryPath;
            corpus.Files.Should().HaveCount(MultiFileCorpus.FileCount);
            corpus.Files.Sum(f => new FileInfo(f).Length).Should().Be(MultiFileCorpus.TotalUtf8Bytes);
            File.ReadAllText(corpus.Files[7]).Should().Be(ListingCorpus.Build(MultiFileCorpus.Plans[7]));
        }

        Directory.Exists(directory).Should().BeFalse();
    }

    private static List<ListingEntry> AssertAllVariantsAgree(string text, string because = "")
    {
        var fromString = ListingParser.Parse(text).Entries;
        var fromReader = ReaderVariant.Parse(Encoding.UTF8.GetBytes(text)).Entries;
        var enumerated = ReaderVariant.Enumerate(Encoding.UTF8.GetBytes(text));
        var scanner = HandWrittenScanner.Scan(text);
        var naive = NaiveSpracheGrammar.ParseEntries(text);

        var bom = text.StartsWith('\uFEFF') ? 1 : 0;
        if (bom == 0)
        {
            fromReader.Should().Equal(fromString, "Parse(TextReader) must build Parse(string)'s records {0}", because);
            enumerated.Should().Equal(fromString, "Enumerate(TextReader) must yield Parse(string)'s records {0}", because);
        }
        else
        {
            // StreamReader drops a UTF-8 BOM, so every offset is one less; line and column stay.
            fromReader.Should().HaveSameCount(fromString);
            fromReader.Select(e => e.Headline).Should().Equal(fromString.Select(e => e.Headline));
            enumerated.Should().Equal(fromReader);
        }

        scanner.Should().Equal(fromString, "the scanner must build Parse(string)'s records {0}", because);
        naive.Should().Equal(fromString, "the naive Sprache grammar must build Parse(string)'s records {0}", because);
        return scanner;
    }

    private static void AssertJustPastTarget(long bytes, long target)
    {
        var longestListing = ListingCorpus.Seeds.Max(s => s.Utf8Bytes) + ListingCorpus.Separator.Length;
        bytes.Should().BeGreaterThanOrEqualTo(target).And.BeLessThan(target + longestListing, "a corpus stops at the first whole listing that reaches its target");
    }
}
