using System.Text;
using ArticleParser.Serialization;
using ArticleParser.Tests.Support;
using FluentAssertions;

namespace ArticleParser.Tests;

/// <summary>ListingJson reads back what it writes; Enumerate(Stream) and ParseFile decode bytes as Parse(Stream) does.</summary>
public sealed class ListingJsonTests
{
    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(CorpusCase.Root, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(CorpusCase.Root, path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Json_round_trips_through_ListingJson_on_every_corpus_file(string file)
    {
        var document = ListingParser.ParseFile(Path.Combine(CorpusCase.Root, file));
        var json = ListingJson.Serialize(document);

        var read = ListingJson.Deserialize(json);

        read.Should().Be(document);
        ListingJson.Serialize(read).Should().Be(json);
        ListingJson.Deserialize(new MemoryStream(Encoding.UTF8.GetBytes(ListingJson.Serialize(document, indented: false)))).Should().Be(document);
        var lines = new StringWriter();
        ListingJson.WriteEntries(lines, document.Entries).Should().Be(document.Entries.Count);
        ListingJson.ReadEntries(new StringReader(lines.ToString())).Should().Equal(document.Entries);
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Enumerate_over_a_stream_yields_what_ParseFile_finds(string file)
    {
        var path = Path.Combine(CorpusCase.Root, file);
        var blocks = new List<ListingBlock>();
        var diagnostics = new List<ListingDiagnostic>();
        var options = new ListingParserOptions { OnNonEntryBlock = blocks.Add, OnDiagnostic = diagnostics.Add };

        using var stream = File.OpenRead(path);
        var entries = ListingParser.Enumerate(stream, options).ToList();

        var document = ListingParser.ParseFile(path);
        entries.Should().Equal(document.Entries);
        blocks.Should().BeEquivalentTo(document.NonEntryBlocks);
        diagnostics.Should().BeEquivalentTo(document.Diagnostics);
    }

    [Fact]
    public void Enumerate_over_a_stream_reports_binary_input_and_invalid_utf8()
    {
        var diagnostics = new List<ListingDiagnostic>();
        var options = new ListingParserOptions { OnDiagnostic = diagnostics.Add };

        ListingParser.Enumerate(new MemoryStream([0x4D, 0x5A, 0x90, 0, 3, 0, 0, 0]), options).Should().BeEmpty();
        diagnostics[0].Code.Should().Be(DiagnosticCodes.NotText);
        diagnostics[0].Severity.Should().Be(DiagnosticSeverity.Error);

        diagnostics.Clear();
        var entries = ListingParser.Enumerate(new MemoryStream([.. "Head\n\nTeaser "u8, 0xFF, .. ".\n"u8]), options).ToList();
        entries.Should().ContainSingle().Which.Teaser.Should().Be("Teaser \uFFFD.");
        diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.InvalidEncoding);
    }

    [Fact]
    public void Json_without_spans_reads_with_default_spans_but_a_missing_headline_throws()
    {
        var entry = ListingJson.DeserializeEntry("{\"headline\":\"H\",\"teaser\":\"T\",\"isTeaserTruncated\":false}");

        entry.Headline.Should().Be("H");
        entry.HeadlineSpan.Should().Be(default(SourceSpan));
        FluentActions.Invoking(() => ListingJson.DeserializeEntry("{\"teaser\":\"T\"}")).Should().Throw<System.Text.Json.JsonException>();
        FluentActions.Invoking(() => ListingJson.ReadEntries(new StringReader("{\"headline\":\"H\"}\n\nnot json\n")).ToList())
            .Should().Throw<System.Text.Json.JsonException>().WithMessage("Line 3: *");
    }

    [Fact]
    public void ParseFile_reads_bytes_and_a_missing_file_throws()
    {
        var path = Path.Combine(CorpusCase.Root, "seeds", "000_88d84bc30fc7d443.txt");

        using var stream = File.OpenRead(path);
        ListingParser.ParseFile(path).Should().Be(ListingParser.Parse(stream));
        FluentActions.Invoking(() => ListingParser.ParseFile(path + ".missing")).Should().Throw<FileNotFoundException>();
        FluentActions.Invoking(() => ListingParser.ParseFile(null!)).Should().Throw<ArgumentNullException>();
    }
}
