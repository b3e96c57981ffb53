using ArticleParser.Tests.Support;
using FluentAssertions;

namespace ArticleParser.Tests;

/// <summary>
/// Every input the fuzzer (eng/fuzz.sh) ever found crashing or hanging is checked in under Corpus/fuzz-regressions
/// and put through the same checks as the fuzz target, for good: every entry point, streaming included, with and
/// without limits (<see cref="FuzzChecks"/>). Where the damaged listing is still readable, its records are stated too.
/// </summary>
public sealed class FuzzRegressionTests
{
    public static TheoryData<string> Inputs()
    {
        var data = new TheoryData<string>();
        foreach (var path in Files())
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_fuzz_regression_input_keeps_every_promise(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Folder, name));

        var act = () => FuzzChecks.Check(bytes);

        act.Should().NotThrow("the fuzzer's input {0} must break no promise, streaming and limits included", name);
    }

    /// <summary>
    /// The records of the inputs whose damage leaves the listing readable, as a human reads them: headline and the
    /// start of the teaser of each entry, and the garbled paragraphs that are no entry as non-entry text.
    /// </summary>
    [Fact]
    public void A_readable_mutated_listing_gives_the_entries_a_reader_sees()
    {
        var document = ListingParser.Parse(File.ReadAllText(Path.Combine(Folder, "fuzz-158648a4514f68fa.txt")));

        document.Entries.Select(e => (e.Headline, Teaser: e.Teaser?[..32])).Should().Equal(
            ("This Week, 3/6", "The school board finally picked "),
            ("This Week 2/27", "The farmers market is moving ind"),
            ("This Week: 2/20", "A group of retirees has spent tw"),
            ("Corner Keeper", "For thirty-one years, the same c"),
            ("This Week, 2/13", "A proposal to turn the vacant do"),
            ("This Week: 2/6", "Winter storms knocked out power "),
            ("Small Plates, Big Plans", "Two former line cooks are openin"));
        // The stray word "Source" right above the third headline is where the README puts a caption (alt text).
        document.Entries.Select(e => e.ImageCaption).Should().Equal(null, null, "Source", null, null, null, null);
        document.Entries.Should().OnlyContain(e => e.Byline == null && e.Published == null);
        document.NonEntryBlocks.Select(b => (b.Kind, b.Span.Line)).Should().Equal((ListingBlockKind.Text, 17), (ListingBlockKind.Text, 23));
        document.Diagnostics.Should().OnlyContain(d => d.Severity < DiagnosticSeverity.Error);
    }

    [Fact]
    public void A_mutated_listing_with_invalid_bytes_keeps_its_entries_in_order()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Folder, "fuzz-96f6edb0cfcdac70.txt"));

        var document = ListingParser.Parse(new MemoryStream(bytes));

        // The line "tag is […]" under the seventh teaser is the fuzzer's damage; where it goes is not stated here.
        document.Entries.Select(e => e.Headline).Where(h => h != "tag is […]").Should().Equal(
            "This Week, 3/6", "This Week 2/27", "This Week: 2/20", "Corner Keeper", "This Week, 2/13", "Paper Trail", "T\uFFFDis Week: 2/6",
            "Small Plates, Big Plans");
        document.Diagnostics.Where(d => d.Code == DiagnosticCodes.InvalidEncoding).Select(d => d.Span.Line).Should().Equal(3, 25);
    }

    [Fact]
    public void The_folder_holds_inputs()
    {
        Files().Should().NotBeEmpty("every crash the fuzzer found is checked in here");
    }

    private static string Folder => Path.Combine(CorpusCase.Root, "fuzz-regressions");

    private static IEnumerable<string> Files() =>
        Directory.GetFiles(Folder).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
}
