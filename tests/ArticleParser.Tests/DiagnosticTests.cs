using FluentAssertions;

namespace ArticleParser.Tests;

/// <summary>Every diagnostic code, with its exact message, severity and span; and strict mode.</summary>
public sealed class DiagnosticTests
{
    private static readonly ListingParserOptions Strict = new() { Strict = true };

    [Fact]
    public void AP001_trailing_headline_without_teaser_is_info()
    {
        var diagnostic = Single("A\n\nA teaser.\n\nCover\n\n\nBlurb line one\nContact line\n", DiagnosticCodes.HeadlineWithoutTeaser, 0);

        diagnostic.Severity.Should().Be(DiagnosticSeverity.Info);
        diagnostic.Message.Should().Be(
            "Expected a blank line and a one-line teaser after headline \"Cover\", found a paragraph of 2 lines at line 8; 1 line is kept as non-entry text.");
        diagnostic.Span.Should().Be(new SourceSpan(14, 5, 5, 1));
        diagnostic.ToString().Should().Be("5:1: info AP001: " + diagnostic.Message);
    }

    [Fact]
    public void AP001_at_end_of_input_names_the_end()
    {
        var diagnostic = Single("A\n\nA teaser.\n\nCap\nHead", DiagnosticCodes.HeadlineWithoutTeaser, 0);

        diagnostic.Message.Should().Be(
            "Expected a blank line and a one-line teaser after headline \"Head\", found the end of input; 2 lines are kept as non-entry text.");
        diagnostic.Span.Should().Be(new SourceSpan(14, 8, 5, 1));
    }

    [Fact]
    public void AP001_between_entries_is_a_warning_and_strict_mode_throws_it()
    {
        const string text = "A\n\nA teaser.\n\nLonely headline\n\nCap\nB\n\nB teaser.";

        Single(text, DiagnosticCodes.HeadlineWithoutTeaser, 0).Severity.Should().Be(DiagnosticSeverity.Warning);
        var parse = () => ListingParser.Parse(text, Strict);
        var thrown = parse.Should().Throw<ListingFormatException>().Which;
        thrown.Code.Should().Be("AP001");
        thrown.Line.Should().Be(5);
        thrown.Column.Should().Be(1);
        thrown.Message.Should().StartWith("5:1: warning AP001: Expected a blank line and a one-line teaser after headline \"Lonely headline\"");
    }

    [Fact]
    public void AP001_quotes_long_headlines_shortened()
    {
        var headline = new string('x', 80);

        var diagnostic = Single(headline, DiagnosticCodes.HeadlineWithoutTeaser, 0);

        diagnostic.Message.Should().Contain("\"" + new string('x', 59) + "…\"");
    }

    [Fact]
    public void AP002_paragraph_too_long_is_a_warning_over_the_extra_lines()
    {
        var diagnostic = Single("One\nTwo\nThree\nCap\nHead\n\nTeaser.", DiagnosticCodes.StrayText, 0);

        diagnostic.Severity.Should().Be(DiagnosticSeverity.Warning);
        diagnostic.Message.Should().Be(
            "Expected a blank line after at most two lines (image caption and headline), found a paragraph of 5 lines; the first 3 lines are kept as non-entry text.");
        diagnostic.Span.Should().Be(new SourceSpan(0, 13, 1, 1));
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
    public void Diagnostics_are_in_document_order()
    {
        var document = ListingParser.Parse("x\ny\nz\nA\n\n\nA teaser.\n\nMid\n\nCap\nB\n\nB teaser.\n\nTail");

        document.Diagnostics.Select(d => d.Code).Should().Equal("AP002", "AP003", "AP001", "AP001");
        document.Diagnostics.Select(d => d.Span.Offset).Should().BeInAscendingOrder();
    }

    [Fact]
    public void Every_code_is_documented_in_the_readme()
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md"));
        var codes = typeof(DiagnosticCodes).GetFields().Select(f => (string)f.GetValue(null)!).ToList();

        codes.Should().HaveCount(4).And.OnlyHaveUniqueItems();
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
}
