using System.Text.Json;
using ArticleParser.Cli;
using ArticleParser.Html.Tests.Support;
using FluentAssertions;

namespace ArticleParser.Html.Tests;

/// <summary>The <c>articleparser</c> command reads HTML through ArticleParser.Html: by extension, by sniffing, or by <c>--input-format</c>.</summary>
public sealed class CliHtmlInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("articleparser-html-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void An_html_file_is_read_as_a_page_and_gives_the_seeds_records()
    {
        var page = HtmlPage.All.Single(p => p.Name.EndsWith("-seeds", StringComparison.Ordinal));
        var path = Write("front.html", page.Html);

        var (code, stdout, stderr) = Run(path, "--quiet");

        code.Should().Be(0, stderr);
        Headlines(stdout).Should().Equal(page.Entries.Select(e => e.Headline));
        Headlines(stdout).Should().Equal(HtmlListing.Parse(page.Html).Document.Entries.Select(e => e.Headline));
    }

    [Fact]
    public void Html_without_an_html_extension_is_sniffed()
    {
        var page = HtmlPage.Named("00_wordpress-twentytwentyone");
        var path = Write("page.dat", page.Html);

        var (code, stdout, _) = Run(path, "--quiet");

        code.Should().Be(0);
        Headlines(stdout).Should().Equal(page.Entries.Select(e => e.Headline));
    }

    [Fact]
    public void Input_format_text_reads_an_html_file_as_text_and_html_reads_text_as_a_page()
    {
        var page = HtmlPage.Named("00_wordpress-twentytwentyone");
        var html = Write("page.html", page.Html);
        var text = Write("listing.txt", HtmlListing.Parse(page.Html).Text);

        var (_, asText, _) = Run(html, "--quiet", "--input-format", "text");
        var (_, asPage, _) = Run(text, "--quiet", "--input-format", "html");
        var (_, auto, _) = Run(text, "--quiet");

        Headlines(asText).Should().NotEqual(page.Entries.Select(e => e.Headline), "markup read as text is not the page's entries");
        Headlines(auto).Should().Equal(page.Entries.Select(e => e.Headline), "the text view of the page parses to its entries");
        Headlines(asPage).Should().HaveCount(0, "listing text read as HTML is one paragraph of text");
    }

    [Fact]
    public void Html_on_standard_input_is_sniffed()
    {
        var page = HtmlPage.Named("00_wordpress-twentytwentyone");

        var (code, stdout, stderr) = Run(["-", "--quiet"], page.Html);

        code.Should().Be(0, stderr);
        Headlines(stdout).Should().Equal(page.Entries.Select(e => e.Headline));
    }

    [Fact]
    public void The_html_front_ends_diagnostics_go_to_standard_error()
    {
        var path = Write("page.html", "<html><head><meta charset=\"x-unknown-charset\"></head><body><p>Hello</p></body></html>");

        var (code, _, stderr) = Run(path, "--quiet");

        code.Should().Be(0, stderr);
        stderr.Should().Contain($"{path}:1:1: warning AP203:");
    }

    [Fact]
    public void A_text_file_under_an_html_name_is_read_as_text_and_said_so()
    {
        var path = Write("page.html", "Kites return to the valley\n\nVolunteers counted forty pairs this spring.\n\nThe river runs clear again\n\nAnglers report trout below the weir.\n");

        var (code, stdout, stderr) = Run(path, "--quiet");

        code.Should().Be(0, stderr);
        Headlines(stdout).Should().Equal("Kites return to the valley", "The river runs clear again");
        stderr.Should().Contain($"warning: {path}: named as an HTML page, but it holds no tag, so it is read as listing text (give --input-format html to read it as HTML)");
    }

    [Fact]
    public void An_html_named_page_whose_markup_starts_after_some_text_is_still_html()
    {
        var path = Write("page.html", "Saved from the web\n<h2>Kites return to the valley</h2><p>Volunteers counted forty pairs this spring.</p>");

        var (code, stdout, stderr) = Run(path, "--quiet");

        code.Should().Be(0, stderr);
        stderr.Should().NotContain("read as listing text");
        stdout.Should().NotContain("<h2>");
    }

    [Theory]
    [InlineData(600, "")]
    [InlineData(0, "Saved from the web. ")]
    public void An_html_named_page_whose_first_tag_comes_after_512_bytes_is_still_html(int newlines, string sentence)
    {
        // A template's blank lines before the doctype, or a fragment's long first paragraph (the review's pages).
        var before = new string('\n', newlines) + string.Concat(Enumerable.Repeat(sentence, 40));
        var path = Write("page.html", before + "<!DOCTYPE html><html><body><h2>Kites return to the valley</h2><p>Volunteers counted forty pairs this spring.</p></body></html>");

        var (code, stdout, stderr) = Run(path, "--quiet");

        code.Should().Be(0, stderr);
        stderr.Should().NotContain("read as listing text");
        stdout.Should().NotContain("<h2>");
    }

    [Fact]
    public void A_utf16_html_named_page_whose_first_tag_comes_late_is_still_html()
    {
        // The file is searched for a tag in the encoding its byte order mark names, not byte for byte.
        var page = string.Concat(Enumerable.Repeat("Saved from the web. ", 20)) + "<h2>Kites return to the valley</h2><p>Volunteers counted forty pairs this spring.</p>";
        var path = Path.Combine(_folder, "page.html");
        File.WriteAllText(path, page, new System.Text.UnicodeEncoding(bigEndian: false, byteOrderMark: true));

        var (code, stdout, stderr) = Run(path, "--quiet");

        code.Should().Be(0, stderr);
        stderr.Should().NotContain("read as listing text");
        stdout.Should().NotContain("<h2>");
    }

    [Fact]
    public void An_unknown_input_format_is_a_usage_error()
    {
        var (code, _, stderr) = Run(Write("a.txt", "x"), "--input-format", "pdf");

        code.Should().Be(2);
        stderr.Should().Contain("unknown input format 'pdf': expected text, html or auto");
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html>", true)]
    [InlineData("  \n<html lang=\"en\">", true)]
    [InlineData("<div class=\"x\">", true)]
    [InlineData("<p>Hello", true)]
    [InlineData("<b>Bold</b> headline", true)]
    [InlineData("<main><article><img src=k.jpg alt='Red kite'>", true)]
    [InlineData("<ul>\n<li><a href=/a>Kites</a>", true)]
    [InlineData("<Mainstream> media and the valley", false)]
    [InlineData("Kites return to the valley\n\nVolunteers counted forty pairs.", false)]
    [InlineData("<Video> How did it happen", false)]
    [InlineData("", false)]
    public void Sniffing_follows_the_mime_sniffing_patterns(string head, bool html) =>
        InputSource.LooksLikeHtml(head).Should().Be(html);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Standard_input_that_ends_before_the_sniffed_length_is_not_read_again()
    {
        // A terminal's Ctrl+D ends a read once; the stream stays open and a further read would wait for another.
        Stream input = new EndsOnceStream("Headline\n\nTeaser.\n"u8.ToArray());

        new InputSource("-").IsHtml(InputFormat.Auto, ref input, out _).Should().BeFalse();

        new StreamReader(input).ReadToEnd().Should().Be("Headline\n\nTeaser.\n");
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        return Run(args, stdin: "");
    }

    private static (int Code, string Stdout, string Stderr) Run(string[] args, string stdin)
    {
        var stdout = new MemoryStream();
        var stderr = new StringWriter();
        var host = new CliHost(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(stdin)), stdout, stderr);
        var code = CliApp.Run(args, host);
        return (code, System.Text.Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }

    private static List<string> Headlines(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("headline").GetString()!).ToList();
    }

    /// <summary>Gives its bytes, then one end of input, then fails as a terminal would block.</summary>
    private sealed class EndsOnceStream(byte[] bytes) : MemoryStream(bytes)
    {
        private bool _ended;

        public override bool CanSeek => false;

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = base.Read(buffer, offset, count);
            if (read == 0)
            {
                _ended = _ended ? throw new InvalidOperationException("read again after the end of input") : true;
            }

            return read;
        }

        public override int Read(Span<byte> buffer)
        {
            var bytes = new byte[buffer.Length];
            var read = Read(bytes, 0, bytes.Length);
            bytes.AsSpan(0, read).CopyTo(buffer);
            return read;
        }
    }
}
