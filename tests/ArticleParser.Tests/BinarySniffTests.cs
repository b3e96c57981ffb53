using System.IO.Compression;
using System.Text;
using ArticleParser.Tests.Support;
using FluentAssertions;

namespace ArticleParser.Tests;

/// <summary>
/// What the decoder makes of bytes that are not UTF-8 text, as a new user meets them: compressed files and
/// archives, random bytes, a Windows-1252 file and UTF-16 without its byte order mark. Binary input gives one
/// positioned <c>AP104</c> error that names what was found; legacy text gives one hint and a bounded number of <c>AP103</c>.
/// </summary>
public sealed class BinarySniffTests : IDisposable
{
    private const string Binary = "Expected text (UTF-8, or UTF-16 with a BOM), found binary data";

    private const string LegacyHint = "The input looks like a single-byte legacy encoding such as Windows-1252 or ISO-8859-1, not UTF-8: ";

    // Every accented letter stands between ASCII letters or spaces, as in ordinary French; ’ is 92 in Windows-1252.
    private const string French =
        "Le musée rouvre après deux ans de travaux\n\n"
        + "Les visiteurs découvrent une façade rénovée et des salles où l’on présente enfin la collection de l’année.\n\n"
        + "Grève des contrôleurs à l’aéroport\n\n"
        + "Des vols sont annulés jusqu’au jeudi; la société conseille de vérifier son départ avant de se déplacer.\n\n"
        + "Fête de la musique: le programme\n\n"
        + "Concerts gratuits, scène ouverte et bal populaire, de la place du marché jusqu’au bord de la rivière.\n";

    private const string Japanese =
        "東京の新しい図書館が開館\n\n駅前に完成した市立図書館には、開館初日から多くの市民が訪れました。\n\n"
        + "大阪で夏祭りの準備進む\n\n三年ぶりの開催に向けて、商店街では提灯の飾り付けが始まっています。\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("articleparser-sniff-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Gzip_data_is_refused_by_its_magic_number_with_how_to_decompress_it()
    {
        var bytes = Gzip(File.ReadAllBytes(CorpusFile()));
        var path = Write("listing.txt.gz", bytes);

        var document = ListingParser.ParseFile(path);

        document.Entries.Should().BeEmpty();
        document.NonEntryBlocks.Should().BeEmpty();
        document.Diagnostics.Should().Equal(new ListingDiagnostic
        {
            Code = DiagnosticCodes.NotText,
            Severity = DiagnosticSeverity.Error,
            Message = Binary + " (gzip-compressed data, by its magic number 1F 8B at byte offset 0); nothing was parsed. Decompress it first: gunzip -c FILE.gz > FILE.txt.",
            Span = new SourceSpan(0, 1, 1, 1),
        });
        SameEverywhere(bytes, document);
    }

    [Fact]
    public void A_zip_archive_is_refused_by_its_magic_number()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = archive.CreateEntry("listing.txt").Open();
            entry.Write(File.ReadAllBytes(CorpusFile()));
        }

        var document = ListingParser.Parse(new MemoryStream(zip.ToArray()));

        document.Entries.Should().BeEmpty();
        var diagnostic = document.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.NotText);
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.Message.Should().Be(Binary + " (a zip archive (zip, nupkg, docx, jar...), by its magic number 50 4B 03 04 at byte offset 0); nothing was parsed. Extract the listing first: unzip FILE.");
        diagnostic.Span.Should().Be(new SourceSpan(0, 1, 1, 1));
    }

    [Fact]
    public void A_PDF_is_refused_by_its_header_though_its_first_bytes_are_ASCII()
    {
        var document = ListingParser.Parse(new MemoryStream("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"u8.ToArray()));

        document.Entries.Should().BeEmpty();
        var diagnostic = document.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Message.Should().StartWith(Binary + " (a PDF document, by its magic number 25 50 44 46 2D at byte offset 0)");
        diagnostic.Span.Should().Be(new SourceSpan(0, 1, 1, 1));
    }

    [Fact]
    public void Random_bytes_are_refused_by_their_share_of_control_bytes_at_the_first_of_them()
    {
        var bytes = new byte[100_000];
        new Random(20_261_203).NextBytes(bytes);
        var first = Array.FindIndex(bytes, b => b < 0x20 && b is not (>= 0x09 and <= 0x0D) and not 0x1B);
        var path = Write("random.bin", bytes);

        var document = ListingParser.ParseFile(path);

        document.Entries.Should().BeEmpty();
        var diagnostic = document.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.NotText);
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.Message.Should().MatchRegex(
            $@"^{System.Text.RegularExpressions.Regex.Escape(Binary)}: (\d+) control bytes \(other than tab, line breaks, form feed and escape\) in the first (\d+) bytes, the first \(0x{bytes[first]:X2}\) at byte offset {first}; nothing was parsed\.$");
        diagnostic.Span.Should().Be(SpanBefore(bytes, first));
        SameEverywhere(bytes, document);
    }

    [Fact]
    public void Windows_1252_text_gets_one_legacy_encoding_hint_and_ten_reports_then_one_that_counts_the_rest()
    {
        var bytes = Windows1252(French);
        var high = bytes.Count(b => b >= 0x80);
        var first = Array.FindIndex(bytes, b => b >= 0x80);
        var eleventh = Enumerable.Range(0, bytes.Length).Where(i => bytes[i] >= 0x80).ElementAt(10);

        var document = ListingParser.Parse(new MemoryStream(bytes));

        document.Entries.Should().HaveCount(3, "the text still parses, with U+FFFD for each accented letter");
        var reports = document.Diagnostics.Where(d => d.Code == DiagnosticCodes.InvalidEncoding).ToList();
        reports.Should().HaveCount(11).And.OnlyContain(d => d.Severity == DiagnosticSeverity.Warning);
        reports[0].Message.Should().Be(
            $"Expected UTF-8, found 1 invalid byte at byte offset {first}; replaced with U+FFFD. "
            + LegacyHint + $"{high} of the {high} invalid sequences in the first {bytes.Length} bytes are single bytes 80-FF between ASCII characters. "
            + "Convert it to UTF-8 first, e.g. iconv -f windows-1252 -t utf-8 in.txt > out.txt.");
        reports[0].Span.Should().Be(new SourceSpan(first, 1, 1, first + 1), "bytes and characters are one to one before the first high byte");
        reports.Skip(1).Should().NotContain(d => d.Message.Contains("legacy", StringComparison.Ordinal), "the hint is given once");
        reports[^1].Message.Should().Be(
            $"Expected UTF-8, found {high - 10} more invalid sequences after the first 10, the first of them at byte offset {eleventh}; they were replaced with U+FFFD without a report of their own.");
        reports[^1].Span.Should().Be(SpanBefore(bytes, eleventh));
        SameEverywhere(bytes, document);
    }

    [Fact]
    public void One_stray_invalid_byte_gets_no_legacy_encoding_hint()
    {
        var document = ListingParser.Parse(new MemoryStream([.. "Head\n\nTeaser "u8, 0xE9, .. " here.\n"u8]));

        document.Diagnostics.Should().ContainSingle().Which.Message.Should().Be("Expected UTF-8, found 1 invalid byte at byte offset 13; replaced with U+FFFD.");
    }

    [Theory]
    [InlineData(true, "little")]
    [InlineData(false, "big")]
    public void Japanese_UTF16_without_a_byte_order_mark_is_refused_with_the_UTF16_hint(bool littleEndian, string order)
    {
        var bytes = (littleEndian ? Encoding.Unicode : Encoding.BigEndianUnicode).GetBytes(Japanese);
        var first = Array.IndexOf(bytes, (byte)0);

        var document = ListingParser.Parse(new MemoryStream(bytes));

        document.Entries.Should().BeEmpty();
        var diagnostic = document.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.NotText);
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.Message.Should().StartWith($"{Binary}: 7 NUL bytes in the first {bytes.Length} bytes, the first at byte offset {first}; nothing was parsed.");
        diagnostic.Message.Should().EndWith(
            $" The bytes read as UTF-16 ({order}-endian) text without a byte order mark (and not in the other byte order): save it as UTF-8, or as UTF-16 with a BOM.");
        diagnostic.Span.Should().Be(SpanBefore(bytes, first));
    }

    [Fact]
    public void A_real_listing_with_a_form_feed_and_a_few_stray_control_characters_is_still_text()
    {
        var text = File.ReadAllText(CorpusFile());
        var paragraph = text.IndexOf("\n\n", StringComparison.Ordinal);
        var withControls = text[..paragraph] + "\u0001" + text[paragraph..].Replace("The farmers", "The\u0008 farmers", StringComparison.Ordinal)
            + "\f\n" + "\u001A";
        var path = Write("controls.txt", Encoding.UTF8.GetBytes(withControls));

        var document = ListingParser.ParseFile(path);

        document.Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.NotText || d.Code == DiagnosticCodes.InvalidEncoding);
        ParserChecks.Same(ListingParser.Parse(withControls), document, "the bytes decode to the text, controls and all");
        document.Entries.Should().NotBeEmpty();
    }

    [Fact]
    public void The_CLI_prints_one_positioned_line_for_a_gz_file_and_for_the_same_bytes_on_standard_input()
    {
        var bytes = Gzip(File.ReadAllBytes(CorpusFile()));
        var path = Write("listing.txt.gz", bytes);

        var file = Cli.Run([path]);
        var stdin = Cli.Run(["-"], bytes);

        var message = ":1:1: error AP104: " + Binary + " (gzip-compressed data, by its magic number 1F 8B at byte offset 0); nothing was parsed. Decompress it first: gunzip -c FILE.gz > FILE.txt.";
        file.Code.Should().Be(1);
        StderrLines(file)[0].Should().Be(path + message);
        stdin.Code.Should().Be(1);
        StderrLines(stdin)[0].Should().Be("<stdin>" + message);
    }

    [Fact]
    public void The_CLI_prints_the_legacy_hint_once_and_eleven_AP103_lines_for_a_Windows_1252_file()
    {
        var bytes = Windows1252(French);
        var path = Write("french.txt", bytes);

        var result = Cli.Run([path]);

        result.Code.Should().Be(0, "invalid UTF-8 is a warning");
        var warnings = StderrLines(result).Where(l => l.Contains(" warning AP103: ", StringComparison.Ordinal)).ToList();
        warnings.Should().HaveCount(11);
        warnings[0].Should().StartWith($"{path}:1:7: warning AP103: Expected UTF-8, found 1 invalid byte at byte offset 6; replaced with U+FFFD. {LegacyHint}")
            .And.EndWith("iconv -f windows-1252 -t utf-8 in.txt > out.txt.");
    }

    /// <summary>Checks that every stream entry point reports what Parse(Stream) does.</summary>
    private static void SameEverywhere(byte[] bytes, ListingDocument document)
    {
        var seen = new List<ListingDiagnostic>();
        var options = new ListingParserOptions { OnDiagnostic = seen.Add };
        ListingParser.Enumerate(new MemoryStream(bytes), options).Should().Equal(document.Entries);
        seen.Should().Equal(document.Diagnostics, "Enumerate(Stream) reports what Parse(Stream) does");
        seen.Clear();
        ListingParser.EnumerateAsync(new MemoryStream(bytes), options).ToBlockingEnumerable().Should().Equal(document.Entries);
        seen.Should().Equal(document.Diagnostics, "EnumerateAsync(Stream) reports what Parse(Stream) does");
    }

    /// <summary>Gives the position of byte <paramref name="offset"/> as the decoded text before it puts it (CRLF one line break).</summary>
    private static SourceSpan SpanBefore(byte[] bytes, int offset)
    {
        var before = ParserChecks.Decode(bytes[..offset], out _);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < before.Length; i++)
        {
            if (before[i] == '\r' || (before[i] == '\n' && (i == 0 || before[i - 1] != '\r')))
            {
                line++;
            }

            if (before[i] is '\r' or '\n')
            {
                lineStart = i + 1;
            }
        }

        return new SourceSpan(before.Length, 1, line, before.Length - lineStart + 1);
    }

    /// <summary>Encodes text as Windows-1252 by hand (netstandard and the test host lack the code page provider).</summary>
    private static byte[] Windows1252(string text) =>
        text.Select(c => c switch
        {
            '\u2019' => (byte)0x92,
            <= '\u00FF' => (byte)c,
            _ => throw new ArgumentException($"{c} is not in this test's Windows-1252 table", nameof(text)),
        }).ToArray();

    private static byte[] Gzip(byte[] bytes)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return compressed.ToArray();
    }

    private static string CorpusFile() => RepositoryRoot.Combine("tests", "ArticleParser.Tests", "Corpus", "real", "001_c-ville.txt");

    private static string[] StderrLines(Cli.Result result) => result.Stderr.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
