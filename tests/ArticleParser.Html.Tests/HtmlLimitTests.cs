using System.Text;
using FluentAssertions;

namespace ArticleParser.Html.Tests;

/// <summary>Limits, character sets and arguments: hostile input yields diagnostics, never an exception.</summary>
public sealed class HtmlLimitTests
{
    private const string Card = "<article><h2><a href=\"/a\">Kites return to the valley</a></h2><p>Volunteers counted forty breeding pairs this spring, the most on record.</p></article>";

    private static string Page(int cards) => "<html><body><main>" + string.Concat(Enumerable.Repeat(Card, cards)) + "</main></body></html>";

    [Fact]
    public void A_page_of_three_cards_gives_three_entries_with_their_css_paths()
    {
        var result = HtmlListing.Parse(Page(3));

        result.Document.Entries.Should().HaveCount(3);
        result.EntrySources.Select(s => s.CssPath).Should().Equal(
            "html > body > main > article:nth-of-type(1)", "html > body > main > article:nth-of-type(2)", "html > body > main > article:nth-of-type(3)");
        result.EntrySources.Should().OnlyContain(s => s.IsCard);
        result.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Input_past_max_input_length_is_cut_with_an_ap201_warning()
    {
        var html = Page(50);

        var result = HtmlListing.Parse(html, new HtmlListingOptions { MaxInputLength = Card.Length * 5 });

        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(HtmlDiagnosticCodes.InputTooLarge);
        result.Document.Entries.Count.Should().BeInRange(3, 5);
    }

    [Fact]
    public void A_stream_past_max_input_length_is_cut_with_an_ap201_warning()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Page(50)));

        var result = HtmlListing.Parse(stream, new HtmlListingOptions { MaxInputLength = Card.Length * 5 });

        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(HtmlDiagnosticCodes.InputTooLarge);
        result.Document.Entries.Count.Should().BeInRange(3, 5);
    }

    [Fact]
    public void Elements_nested_past_max_depth_are_left_out_with_an_ap202_warning()
    {
        var html = "<body>" + Card + string.Concat(Enumerable.Repeat("<div>", 5000)) + "deep text" + string.Concat(Enumerable.Repeat("</div>", 5000)) + Card + Card + "</body>";

        var result = HtmlListing.Parse(html);

        var diagnostic = result.Diagnostics.Should().ContainSingle().Which;
        diagnostic.Code.Should().Be(HtmlDiagnosticCodes.TooDeep);
        diagnostic.Span.Line.Should().Be(1);
        result.Text.Should().NotContain("deep text");
        result.Document.Entries.Should().HaveCount(3);
    }

    [Fact]
    public void Very_deep_nesting_does_not_overflow_the_stack()
    {
        var html = string.Concat(Enumerable.Repeat("<span><div>", 20_000)) + "x";

        var act = () => HtmlListing.Parse(html, new HtmlListingOptions { MaxDepth = 4096 });

        act.Should().NotThrow();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4097)]
    public void Max_depth_out_of_range_throws(int depth)
    {
        var act = () => HtmlListing.Parse("<p>x</p>", new HtmlListingOptions { MaxDepth = depth });

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Null_arguments_throw()
    {
        ((Action)(() => HtmlListing.Parse((string)null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => HtmlListing.Parse((Stream)null!))).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void The_charset_comes_from_the_bom()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Page(3).Replace("Kites", "Kités", StringComparison.Ordinal))).ToArray();

        var result = HtmlListing.Parse(new MemoryStream(bytes));

        result.Document.Entries.Should().HaveCount(3).And.OnlyContain(e => e.Headline == "Kités return to the valley");
    }

    [Fact]
    public void The_charset_comes_from_meta_charset()
    {
        var html = "<html><head><meta charset=\"windows-1252\"></head><body><main>" + string.Concat(Enumerable.Repeat(Card.Replace("Kites", "Kit\u00e9s", StringComparison.Ordinal), 3)) + "</main></body></html>";
        var bytes = Encoding.Latin1.GetBytes(html);

        var result = HtmlListing.Parse(new MemoryStream(bytes));

        result.Diagnostics.Should().BeEmpty();
        result.Document.Entries.Should().OnlyContain(e => e.Headline == "Kit\u00e9s return to the valley");
    }

    [Fact]
    public void The_charset_comes_from_the_options_when_the_page_names_none()
    {
        var bytes = Encoding.Latin1.GetBytes(Page(3).Replace("Kites", "Kit\u00e9s", StringComparison.Ordinal));

        var result = HtmlListing.Parse(new MemoryStream(bytes), new HtmlListingOptions { FallbackEncoding = Encoding.Latin1 });

        result.Document.Entries.Should().OnlyContain(e => e.Headline == "Kit\u00e9s return to the valley");
    }

    [Fact]
    public void An_unknown_meta_charset_is_an_ap203_warning_and_the_fallback_is_used()
    {
        var bytes = Encoding.UTF8.GetBytes("<meta charset=\"x-martian\">" + Page(3));

        var result = HtmlListing.Parse(new MemoryStream(bytes));

        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(HtmlDiagnosticCodes.UnknownCharset);
        result.Document.Entries.Should().HaveCount(3);
    }

    [Fact]
    public void Dropped_and_hidden_elements_leave_no_text_and_inline_runs_do_not_glue()
    {
        var html = "<p>one<script>var x = 1;</script><style>p{}</style><span hidden>secret</span><span style=\"display: none\">gone</span>"
            + "<noscript>fallback</noscript><template>tpl</template><form><label>Email</label><input></form></p>"
            + "<p><span>News</span><span>March</span><a href=\"/\">Link</a>.</p>";

        var text = HtmlListing.Parse(html).Text;

        text.Should().Be("one\nNews March Link.\n");
    }

    [Fact]
    public void A_binary_stream_is_an_AP104_error_and_nothing_is_parsed()
    {
        var bytes = File.ReadAllBytes(typeof(HtmlListing).Assembly.Location);

        var result = HtmlListing.Parse(new MemoryStream(bytes));

        result.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.NotText && d.Severity == DiagnosticSeverity.Error)
            .Which.Message.Should().Contain("binary data");
        result.Document.Entries.Should().BeEmpty();
        result.Text.Should().BeEmpty();
    }
}
