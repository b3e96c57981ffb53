using FluentAssertions;

namespace ArticleParser.Tests.Support;

/// <summary>
/// The test's own definition of the whitespace the README lets go unclaimed and trims from field edges,
/// written out from the Unicode Character Database (PropList.txt, <c>White_Space</c>) plus the two format
/// characters the README names, U+200B ZERO WIDTH SPACE and U+FEFF (a stray BOM). It uses no library code and
/// no <c>char.IsWhiteSpace</c>, so a change to the library's rules cannot quietly change the oracle.
/// </summary>
public static class OracleWhiteSpace
{
    /// <summary>The 25 code points with the Unicode <c>White_Space</c> property (Unicode 15.1; none is above the BMP).</summary>
    public static readonly IReadOnlyList<char> UnicodeWhiteSpace =
    [
        '\u0009', '\u000A', '\u000B', '\u000C', '\u000D', // <control> TAB, LF, VT, FF, CR
        '\u0020', // SPACE
        '\u0085', // <control> NEXT LINE
        '\u00A0', // NO-BREAK SPACE
        '\u1680', // OGHAM SPACE MARK
        '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200A', // EN QUAD .. HAIR SPACE
        '\u2028', // LINE SEPARATOR
        '\u2029', // PARAGRAPH SEPARATOR
        '\u202F', // NARROW NO-BREAK SPACE
        '\u205F', // MEDIUM MATHEMATICAL SPACE
        '\u3000', // IDEOGRAPHIC SPACE
    ];

    /// <summary>The format characters the README adds to the white space a field is trimmed of.</summary>
    public static readonly IReadOnlyList<char> ReadmeFormatCharacters = ['\u200B', '\uFEFF'];

    private static readonly HashSet<char> Set = [.. UnicodeWhiteSpace, .. ReadmeFormatCharacters];

    /// <summary>Tells whether the README lets <paramref name="c"/> go unclaimed between records and trims it from field edges.</summary>
    public static bool Contains(char c) => Set.Contains(c);
}

/// <summary>
/// Checks the lossless invariant: every character of the input belongs to exactly one entry (one of
/// its fields, or the bullets, metadata and links between them), one non-entry block, or the whitespace
/// between them, or to the unread rest that an AP101/AP102 error spans; every field and span is exactly the
/// text and line/column it claims.
/// </summary>
public static class Lossless
{
    public static void AssertHolds(string text, ListingDocument document)
    {
        var owner = new string?[text.Length];
        var lines = LineStarts(text);

        void Check(SourceSpan span, string? value, string who)
        {
            span.Offset.Should().BeGreaterThanOrEqualTo(0);
            span.End.Should().BeLessThanOrEqualTo(text.Length, $"{who} must lie inside the input");
            if (value is not null)
            {
                value.Should().Be(span.Slice(text), $"{who} must be exactly the text its span covers");
            }

            LineAndColumn(lines, span.Offset).Should().Be((span.Line, span.Column), $"{who} must report the line and column of its offset");
        }

        void Claim(SourceSpan span, string who)
        {
            for (var i = span.Offset; i < span.End; i++)
            {
                if (owner[i] is not null)
                {
                    owner[i].Should().BeNull($"character {i} is claimed by {owner[i]} and again by {who}");
                }

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
            if (value is { Length: > 0 })
            {
                OracleWhiteSpace.Contains(value[0]).Should().BeFalse($"{who} {Invariants.Show(value)} must be trimmed at its start (README: fields are trimmed of outer whitespace)");
                OracleWhiteSpace.Contains(value[^1]).Should().BeFalse($"{who} {Invariants.Show(value)} must be trimmed at its end (README: fields are trimmed of outer whitespace)");
            }

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

            // Text a limit stopped parsing before is accounted for by the error's span (AP101, AP102).
            if (diagnostic.Code is DiagnosticCodes.InputTooLong or DiagnosticCodes.LineTooLong)
            {
                Claim(diagnostic.Span, $"the {diagnostic.Code} error");
            }
        }

        for (var i = 0; i < text.Length; i++)
        {
            // \r and \n are line ends and White_Space; the README's own whitespace rule, not the library's, decides the rest.
            if (owner[i] is null && !OracleWhiteSpace.Contains(text[i]))
            {
                false.Should().BeTrue(
                    $"character {i} (U+{(int)text[i]:X4}) belongs to no entry or block, so it must be whitespace or a line break");
            }
        }
    }

    /// <summary>The offsets where lines start (\n, \r\n and \r end lines; a leading BOM is no column).</summary>
    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static (int Line, int Column) LineAndColumn(List<int> starts, int offset)
    {
        var index = starts.BinarySearch(offset);
        index = index >= 0 ? index : Math.Max(0, ~index - 1);
        return (index + 1, Math.Max(1, offset - starts[index] + 1));
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

        // A span can start on a leading BOM (an error about the whole input): that is column 1, not 0.
        return (line, Math.Max(1, offset - lineStart + 1));
    }
}
