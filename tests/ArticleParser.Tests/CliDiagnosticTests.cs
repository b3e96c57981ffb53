using System.Text;
using System.Text.Json;
using FluentAssertions;

namespace ArticleParser.Tests;

/// <summary>
/// Failures a user can see: every bad input gives a positioned <c>path:line:column: severity APxxx: message</c>
/// line on standard error and the exit code <c>--fail-on</c> asks for, whether it comes from a file or from standard input.
/// </summary>
public sealed class CliDiagnosticTests : IDisposable
{
    private const string WarningListing = "A\n\nA teaser.\n\nLonely\n\n* * *\n\nCap\nB\n\nB teaser.";

    private readonly string _folder = Directory.CreateTempSubdirectory("articleparser-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string> BadInputs => ["dll", "utf16", "utf8"];

    [Fact]
    public void A_dll_file_exits_1_with_a_positioned_AP104_error()
    {
        var dll = typeof(ListingParser).Assembly.Location;

        var result = Cli.Run([dll]);

        result.Code.Should().Be(1);
        var lines = StderrLines(result);
        // MZ followed by binary bytes names an executable, at its magic number.
        lines[0].Should().MatchRegex($"^{Escape(dll)}:1:1: error AP104: Expected text \\(UTF-8, or UTF-16 with a BOM\\), found binary data \\(a Windows or DOS executable \\(PE/MZ\\), by its magic number 4D 5A at byte offset 0, and \\d+ control bytes in the first \\d+ bytes\\); nothing was parsed\\.$");
        lines[^1].Should().Be(Cli.Summary("1 file", "0 entries", errors: 1));
        JsonDocument.Parse(result.Stdout).RootElement.GetProperty("entries").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void A_dll_piped_on_standard_input_exits_1_with_a_positioned_AP104_error()
    {
        var bytes = File.ReadAllBytes(typeof(ListingParser).Assembly.Location);

        var result = Cli.Run(["-"], bytes);

        result.Code.Should().Be(1);
        StderrLines(result)[0].Should().StartWith("<stdin>:1:1: error AP104: Expected text (UTF-8, or UTF-16 with a BOM), found binary data (a Windows or DOS executable (PE/MZ), by its magic number 4D 5A");
        JsonDocument.Parse(result.Stdout).RootElement.GetProperty("entries").GetArrayLength().Should().Be(0, "binary input yields no entries");
    }

    [Fact]
    public void Invalid_utf8_in_a_file_and_on_standard_input_prints_the_same_positioned_AP103_warning()
    {
        byte[] bytes = [.. "Head\n\nA teaser with a bad byte "u8, 0xC3, 0x28, .. " here.\n"u8];
        var path = Path.Combine(_folder, "bad.txt");
        File.WriteAllBytes(path, bytes);

        var file = Cli.Run([path, "-f", "jsonl"]);
        var stdin = Cli.Run(["-", "-f", "jsonl"], bytes);

        var message = "3:26: warning AP103: Expected UTF-8, found 1 invalid byte at byte offset 31; replaced with U+FFFD.";
        file.Code.Should().Be(0, "invalid UTF-8 is a warning");
        StderrLines(file)[0].Should().Be($"{path}:{message}");
        StderrLines(stdin)[0].Should().Be($"<stdin>:{message}");
        stdin.Stdout.Replace("<stdin>", path, StringComparison.Ordinal).Should().Be(file.Stdout, "stdin goes through the same decoder as files");
        Cli.Run(["-", "--strict"], bytes).Code.Should().Be(1);
    }

    [Fact]
    public void Utf16_without_a_bom_is_refused_with_a_positioned_AP104_error()
    {
        var path = Path.Combine(_folder, "utf16.txt");
        File.WriteAllBytes(path, Encoding.Unicode.GetBytes("Head\n\nTeaser of the entry.\n"));

        var result = Cli.Run([path]);
        var stdin = Cli.Run(["-"], File.ReadAllBytes(path));

        result.Code.Should().Be(1);
        StderrLines(result)[0].Should().StartWith($"{path}:1:2: error AP104: ");
        stdin.Code.Should().Be(1);
        StderrLines(stdin)[0].Should().StartWith("<stdin>:1:2: error AP104: ");
    }

    [Fact]
    public void AP104_points_at_the_first_NUL_byte_and_nothing_else_is_reported_even_with_verbose()
    {
        byte[] bytes = [.. "Head\n\nA teaser.\nab"u8, .. new byte[40]];
        var path = Path.Combine(_folder, "late-nul.txt");
        File.WriteAllBytes(path, bytes);

        foreach (var format in new[] { "json", "jsonl", "csv" })
        {
            var result = Cli.Run([path, "--verbose", "-f", format]);

            result.Code.Should().Be(1);
            StderrLines(result).Should().Equal(
                $"{path}:4:3: error AP104: Expected text (UTF-8, or UTF-16 with a BOM), found binary data: 40 NUL bytes in the first 58 bytes, the first at byte offset 18; nothing was parsed.",
                "articleparser: 1 file, 0 entries, 1 error, 0 warnings, 0 info in 0.00 s");
        }

        var html = Cli.Run([path, "--verbose", "--input-format", "html"]);
        html.Code.Should().Be(1);
        StderrLines(html).Should().Equal(
            $"{path}:4:3: error AP104: Expected an HTML page, found binary data: a NUL byte at byte offset 18 (utf-8 has none); nothing was parsed.",
            "articleparser: 1 file, 0 entries, 1 error, 0 warnings, 0 info in 0.00 s");
        Cli.Run([path, "-f", "jsonl"]).Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle()
            .Which.Should().Contain("\"code\":\"AP104\"").And.Contain("\"line\":4,\"column\":3");

        // --explain says why nothing was read, for an HTML input as for a text one.
        foreach (var format in new[] { "text", "html" })
        {
            StderrLines(Cli.Run([path, "--explain", "-q", "--input-format", format])).Should().Contain(
                $"{path}: layout: none: the input is not text (AP104), so nothing was parsed");
        }
    }

    [Fact]
    public void A_utf16_byte_order_mark_reads_alike_from_a_file_and_standard_input_and_binary_after_it_is_refused()
    {
        var text = Path.Combine(_folder, "utf16.txt");
        File.WriteAllBytes(text, [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Head\n\nTeaser of the entry.\n")]);
        var binary = Path.Combine(_folder, "ff-fe.bin");
        File.WriteAllBytes(binary, [0xFF, 0xFE, 0x4D, 0x5A, 0x90, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);

        var fromFile = Cli.Run([text, "-f", "jsonl"]);
        var fromStdin = Cli.Run(["-", "-f", "jsonl"], File.ReadAllBytes(text));
        var binaryFile = Cli.Run([binary]);
        var binaryStdin = Cli.Run(["-"], File.ReadAllBytes(binary));

        fromFile.Code.Should().Be(0);
        fromFile.Stdout.Should().Contain("\"teaser\":\"Teaser of the entry.\"");
        fromStdin.Should().Be(fromFile with { Stdout = fromFile.Stdout.Replace(text, "<stdin>", StringComparison.Ordinal) });
        var refusal = ":1:3: error AP104: Expected UTF-16 (little-endian, by its byte order mark FF FE) text, found binary data: "
            + "2 NUL characters in the first 6 characters, the first at byte offset 6; nothing was parsed.";
        binaryFile.Code.Should().Be(1);
        StderrLines(binaryFile)[0].Should().Be(binary + refusal);
        binaryStdin.Code.Should().Be(1);
        StderrLines(binaryStdin)[0].Should().Be("<stdin>" + refusal);
    }

    [Fact]
    public void A_50_MB_single_line_exits_1_with_a_positioned_AP102_error()
    {
        var path = Path.Combine(_folder, "long.txt");
        using (var stream = File.Create(path))
        {
            stream.Write("Head\n\nTeaser of the entry.\n\n"u8);
            var chunk = Encoding.ASCII.GetBytes(new string('x', 1 << 20));
            for (var i = 0; i < 50; i++)
            {
                stream.Write(chunk);
            }
        }

        var result = Cli.Run([path, "-f", "csv"]);

        result.Code.Should().Be(1);
        StderrLines(result)[0].Should().StartWith($"{path}:5:1: error AP102: ");
        result.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(2, "the entry before the long line is kept");
    }

    [Fact]
    public void Max_line_length_moves_the_AP102_limit()
    {
        var path = Path.Combine(_folder, "a.txt");
        File.WriteAllText(path, "Head\n\nTeaser of the entry.\n\nA second headline that is long\n\nIts teaser.\n");

        var result = Cli.Run([path, "--max-line-length", "20"]);

        result.Code.Should().Be(1);
        StderrLines(result)[0].Should().Be($"{path}:5:1: error AP102: Expected lines of at most 20 characters (MaxLineLength), found a longer one at line 5; parsing stopped there, and the text after it was not read.");
        Cli.Run([path, "--max-line-length", "0"]).Code.Should().Be(2);
        Cli.Run([path, "--max-line-length", "x"]).Stderr.Should().StartWith("articleparser: --max-line-length must be a whole number");
    }

    [Theory]
    [InlineData(new string[0], 0)]
    [InlineData(new[] { "--fail-on", "error" }, 0)]
    [InlineData(new[] { "--fail-on", "warning" }, 1)]
    [InlineData(new[] { "--strict" }, 1)]
    [InlineData(new[] { "--fail-on", "never" }, 0)]
    public void Fail_on_sets_the_severity_that_exits_1_for_a_warning(string[] options, int expected)
    {
        var path = Path.Combine(_folder, "a.txt");
        File.WriteAllText(path, WarningListing);

        var result = Cli.Run([path, .. options]);

        result.Code.Should().Be(expected);
        StderrLines(result)[0].Should().StartWith($"{path}:5:1: warning AP001: ");
    }

    [Theory]
    [InlineData(new string[0], 1)]
    [InlineData(new[] { "--fail-on", "warning" }, 1)]
    [InlineData(new[] { "--fail-on", "never" }, 0)]
    public void Fail_on_sets_the_severity_that_exits_1_for_an_error(string[] options, int expected)
    {
        var path = Path.Combine(_folder, "bin.txt");
        File.WriteAllBytes(path, [0x4D, 0x5A, 0, 0, 0, 0, 0, 0]);

        Cli.Run([path, .. options]).Code.Should().Be(expected);
    }

    [Fact]
    public void Info_is_printed_only_with_verbose_and_the_summary_counts_it_then()
    {
        var path = Path.Combine(_folder, "a.txt");
        File.WriteAllText(path, Support.CorpusCase.Load("seeds").First(s => s.NonEntryText.Count > 0).Text);
        var entries = ListingParser.ParseFile(path).Entries.Count;
        var infos = ListingParser.ParseFile(path).Diagnostics;
        infos.Should().NotBeEmpty().And.OnlyContain(d => d.Severity == DiagnosticSeverity.Info);

        var quiet = Cli.Run([path]);
        var verbose = Cli.Run([path, "--verbose"]);

        quiet.Stderr.Should().Be(Cli.Lines(Cli.Summary("1 file", $"{entries} entries")));
        StderrLines(verbose).Should().Equal(
            [.. infos.Select(d => $"{path}:{d.Span.Line}:{d.Span.Column}: info {d.Code}: {d.Message}"),
             $"articleparser: 1 file, {entries} entries, 0 errors, 0 warnings, {infos.Count} info in 0.00 s"]);
    }

    [Fact]
    public void Severities_are_coloured_on_a_terminal()
    {
        var path = Path.Combine(_folder, "a.txt");
        File.WriteAllText(path, WarningListing);

        var result = Cli.Run([path], color: true);

        StderrLines(result)[0].Should().StartWith($"{path}:5:1: \u001b[1;33mwarning\u001b[0m AP001: ");
    }

    [Theory]
    [InlineData(new[] { "a", "--strict", "--fail-on", "error" }, "articleparser: --strict and --fail-on cannot be combined: --strict means --fail-on warning")]
    [InlineData(new[] { "a", "--fail-on", "info" }, "articleparser: unknown severity 'info': expected error, warning or never")]
    [InlineData(new[] { "a", "--fields", "headline,nope" }, "articleparser: unknown field 'nope': expected path,index,imageCaption,headline,teaser,isTeaserTruncated,label,byline,published,publishedDate,readMore,line,column")]
    [InlineData(new[] { "a", "--fields", "headline,headline" }, "articleparser: field 'headline' is given twice")]
    [InlineData(new[] { "a", "--indent", "--compact" }, "articleparser: --indent and --compact cannot be combined")]
    [InlineData(new[] { "a", "--fields", "headline" }, "articleparser: --fields picks the entry fields of csv and jsonl; json writes whole documents (add --format csv or --format jsonl)")]
    [InlineData(new[] { "a", "-f", "json", "--fields", "headline" }, "articleparser: --fields picks the entry fields of csv and jsonl; json writes whole documents (add --format csv or --format jsonl)")]
    [InlineData(new[] { "a", "--exclude", "" }, "articleparser: --exclude must not be empty")]
    public void New_options_report_usage_errors_with_exit_2(string[] args, string message)
    {
        var result = Cli.Run(args);

        result.Code.Should().Be(2);
        result.Stdout.Should().BeEmpty();
        StderrLines(result)[0].Should().Be(message);
    }

    [Fact]
    public void Recognizer_switches_turn_line_kinds_into_plain_text()
    {
        var path = Path.Combine(_folder, "a.txt");
        File.WriteAllText(path, "Latest articles\n\nHead\n\nJane Doe | May 26, 2023\n\nTeaser of the entry, long enough to be prose.\n");

        var normal = JsonDocument.Parse(Cli.Run([path, "-f", "jsonl", "--fields", "headline,byline"]).Stdout.Split('\n').First(l => l.Contains("headline", StringComparison.Ordinal)));
        var plain = Cli.Run([path, "-f", "jsonl", "--no-metadata", "--no-chrome", "--no-read-more", "--no-separators", "--fields", "headline,byline"]);

        normal.RootElement.GetProperty("byline").GetString().Should().Be("Jane Doe");
        plain.Stdout.Should().NotContain("\"byline\"");
    }

    [Fact]
    public void Exclude_and_repeated_patterns_pick_files()
    {
        foreach (var name in new[] { "a.txt", "b.md", "drafts/c.txt", "d.text" })
        {
            var path = Path.Combine(_folder, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "Head\n\nTeaser.");
        }

        var result = Cli.Run([_folder, "-f", "csv", "--fields", "path", "-p", "*.txt", "-p", "*.md", "--exclude", "drafts/**"]);

        result.Code.Should().Be(0);
        result.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(p => Path.GetRelativePath(_folder, p))
            .Should().Equal("a.txt", "b.md");
    }

    [Fact]
    public void Explain_prints_the_inferred_template_or_why_there_is_none()
    {
        var listing = Path.Combine(_folder, "listing.txt");
        var prose = Path.Combine(_folder, "prose.txt");
        var loose = Path.Combine(_folder, "loose.txt");
        File.WriteAllText(listing, string.Join("\n\n", Enumerable.Range(1, 4).Select(i => $"Headline number {i} of this page\n\nTeaser {i} says what the article is about.")));
        File.WriteAllText(prose, string.Join("\n\n", Enumerable.Range(1, 5).Select(i =>
            $"Paragraph {i} of one article goes on for a while, as prose does, with several clauses, a comma or two, and a full stop at its end. It has a second sentence too.")));
        File.WriteAllText(loose, "Only headline\n\nIts teaser.");
        var empty = Path.Combine(_folder, "empty.txt");
        File.WriteAllText(empty, "");
        var faq = Path.Combine(_folder, "faq.txt");
        File.WriteAllText(faq, string.Join("\n\n", Enumerable.Range(1, 5).Select(i => $"How does step {i} of the course work?\n\nStep {i} takes a week, and a tutor answers questions in the forum.")));

        var explained = Cli.Run([listing, prose, loose, empty, faq, "--explain", "-q"]);
        var plain = Cli.Run([listing, "-q"]);

        explained.Code.Should().Be(0);
        StderrLines(explained).Should().Equal(
            $"{listing}:1:1: layout: headline / teaser (4 records from here)",
            $"{prose}: layout: none: the text reads as prose, not as a listing (AP007), so no entries were formed",
            $"{loose}: layout: none: no record template repeats at least three times, so the local rules read each line against its neighbours",
            $"{empty}: layout: none: the input holds no text",
            $"{faq}: layout: none: the text reads as questions and answers (an FAQ), not as a listing (AP007), so no entries were formed");
        plain.Stderr.Should().BeEmpty("the layout is printed only on request");
        explained.Stdout.Should().Be(Cli.Run([listing, prose, loose, empty, faq, "-q"]).Stdout, "--explain changes nothing on standard output");
    }

    private static string[] StderrLines(Cli.Result result) => result.Stderr.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    private static string Escape(string text) => System.Text.RegularExpressions.Regex.Escape(text);
}
