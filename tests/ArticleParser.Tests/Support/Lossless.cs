using ArticleParser.Lexing;
using FluentAssertions;

namespace ArticleParser.Tests.Support;

/// <summary>
/// Checks the lossless invariant: every character of the input belongs to exactly one entry (one of
/// its fields, or the bullets, metadata and links between them), one non-entry block, or the whitespace
/// between them; every field and span is exactly the text and line/column it claims.
/// </summary>
public static class Lossless
{
    public static void AssertHolds(string text, ListingDocument document)
    {
        var owner = new string?[text.Length];

        void Check(SourceSpan span, string? value, string who)
        {
            span.Offset.Should().BeGreaterThanOrEqualTo(0);
            span.End.Should().BeLessThanOrEqualTo(text.Length, $"{who} must lie inside the input");
            if (value is not null)
            {
                value.Should().Be(span.Slice(text), $"{who} must be exactly the text its span covers");
            }

            LineAndColumn(text, span.Offset).Should().Be((span.Line, span.Column), $"{who} must report the line and column of its offset");
        }

        void Claim(SourceSpan span, string who)
        {
            for (var i = span.Offset; i < span.End; i++)
            {
                owner[i].Should().BeNull($"character {i} is claimed by {owner[i]} and again by {who}");
                owner[i] = who;
            }
        }

        void Field(ListingEntry entry, SourceSpan? maybeSpan, string? value, string who, List<SourceSpan> fields)
        {
            if (maybeSpan is not { } span)
            {
                value.Should().BeNull($"{who} has text but no span");
                return;
            }

            Check(span, value, who);
            span.Offset.Should().BeGreaterThanOrEqualTo(entry.Span.Offset, $"{who} lies inside its entry");
            span.End.Should().BeLessThanOrEqualTo(entry.Span.End, $"{who} lies inside its entry");
            fields.Should().NotContain(f => f.Offset < span.End && span.Offset < f.End, $"{who} must not overlap another field");
            fields.Add(span);
        }

        for (var e = 0; e < document.Entries.Count; e++)
        {
            var entry = document.Entries[e];
            Check(entry.Span, null, $"entry {e}");
            Claim(entry.Span, $"entry {e}");
            var fields = new List<SourceSpan>();
            Field(entry, entry.ImageCaptionSpan, entry.ImageCaption, $"entry {e} caption", fields);
            Field(entry, entry.HeadlineSpan, entry.Headline, $"entry {e} headline", fields);
            Field(entry, entry.TeaserSpan, entry.Teaser, $"entry {e} teaser", fields);
            Field(entry, entry.BylineSpan, entry.Byline, $"entry {e} byline", fields);
            Field(entry, entry.Published?.Span, entry.Published?.Text, $"entry {e} date", fields);
            Field(entry, entry.ReadMoreSpan, entry.ReadMore, $"entry {e} read-more", fields);
        }

        for (var b = 0; b < document.NonEntryBlocks.Count; b++)
        {
            var block = document.NonEntryBlocks[b];
            Check(block.Span, block.Text, $"block {b}");
            Claim(block.Span, $"block {b}");
        }

        foreach (var diagnostic in document.Diagnostics)
        {
            Check(diagnostic.Span, null, $"diagnostic {diagnostic.Code}");
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (owner[i] is null)
            {
                var c = text[i];
                (c is '\r' or '\n' || TextRules.IsOuterWhitespace(c)).Should().BeTrue(
                    $"character {i} (U+{(int)c:X4}) belongs to no entry or block, so it must be whitespace or a line break");
            }
        }
    }

    /// <summary>Computes the 1-based line and column of an offset the way an editor does (a leading BOM is no column).</summary>
    public static (int Line, int Column) LineAndColumn(string text, int offset)
    {
        var line = 1;
        var lineStart = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        for (var i = lineStart; i < offset; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }
}
