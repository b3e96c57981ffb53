using ArticleParser.Lexing;
using FluentAssertions;

namespace ArticleParser.Tests.Support;

/// <summary>
/// Checks the lossless invariant: every character of the input belongs to exactly one entry field,
/// one non-entry block, or the whitespace trivia between them.
/// </summary>
public static class Lossless
{
    public static void AssertHolds(string text, ListingDocument document)
    {
        var owner = new string?[text.Length];

        void Claim(SourceSpan? maybeSpan, string? value, string who)
        {
            if (maybeSpan is not { } span)
            {
                value.Should().BeNull($"{who} has text but no span");
                return;
            }

            span.Offset.Should().BeGreaterThanOrEqualTo(0);
            span.End.Should().BeLessThanOrEqualTo(text.Length, $"{who} must lie inside the input");
            value.Should().Be(span.Slice(text), $"{who} must be exactly the text its span covers");
            LineAndColumn(text, span.Offset).Should().Be((span.Line, span.Column), $"{who} must report the line and column of its offset");
            for (var i = span.Offset; i < span.End; i++)
            {
                owner[i].Should().BeNull($"character {i} is claimed by {owner[i]} and again by {who}");
                owner[i] = who;
            }
        }

        for (var e = 0; e < document.Entries.Count; e++)
        {
            var entry = document.Entries[e];
            Claim(entry.ImageCaptionSpan, entry.ImageCaption, $"entry {e} caption");
            Claim(entry.HeadlineSpan, entry.Headline, $"entry {e} headline");
            Claim(entry.TeaserSpan, entry.Teaser, $"entry {e} teaser");
            entry.Span.Offset.Should().Be((entry.ImageCaptionSpan ?? entry.HeadlineSpan).Offset);
            entry.Span.End.Should().Be((entry.TeaserSpan ?? entry.HeadlineSpan).End);
        }

        for (var b = 0; b < document.NonEntryBlocks.Count; b++)
        {
            var block = document.NonEntryBlocks[b];
            Claim(block.Span, block.Text, $"block {b}");
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (owner[i] is null)
            {
                var c = text[i];
                (c is '\r' or '\n' || TextRules.IsOuterWhitespace(c)).Should().BeTrue(
                    $"character {i} (U+{(int)c:X4}) belongs to no field or block, so it must be whitespace or a line break");
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
