namespace ArticleParser.Benchmarks.Baselines;

/// <summary>
/// A hand-written, single-pass <see cref="ReadOnlySpan{T}"/> scanner for the listing layout. It is the
/// speed baseline of the benchmarks (<c>Baseline = true</c>), never a production path.
/// </summary>
/// <remarks>
/// <para>
/// It builds the <see cref="ListingEntry"/> records that <see cref="ListingParser"/> builds for the seeds
/// layout — caption, headline, teaser, <see cref="ListingEntry.Label"/>, <see cref="ListingEntry.IsTeaserTruncated"/>
/// and every span; byline, date and read-more stay unset, as the library leaves them on that layout — and
/// nothing else: no non-entry blocks, no diagnostics. Beyond the field strings and the records it
/// allocates only the result list.
/// </para>
/// <para>
/// It knows the seeds layout only, read paragraph by paragraph (a paragraph is a run of non-blank lines):
/// the last one or two lines of a paragraph are a header (image caption and headline, or headline alone);
/// when the next paragraph is a single line, it is the header's teaser and the two form an entry; any other
/// paragraph is not an entry. On that layout — and on the five seeds as shipped, page chrome included —
/// its records equal the library's, which <c>BenchmarkVariantTests</c> checks (line ends, BOM, outer
/// whitespace, labels and truncation markers included). It has none of the library's recognizers (chrome,
/// navigation, metadata, read-more lines, entries without a teaser), so on other input it may differ.
/// </para>
/// </remarks>
public static class HandWrittenScanner
{
    /// <summary>A listing averages a few hundred characters per entry; the guess only sizes the result list.</summary>
    private const int CharsPerEntryGuess = 256;

    /// <summary>Scans listing text into its entries.</summary>
    /// <param name="text">The listing; a leading BOM is skipped and <c>\n</c>, <c>\r\n</c> and <c>\r</c> may be mixed.</param>
    /// <returns>The entries, in document order.</returns>
    public static List<ListingEntry> Scan(ReadOnlySpan<char> text)
    {
        var entries = new List<ListingEntry>((text.Length / CharsPerEntryGuess) + 1);
        var position = !text.IsEmpty && text[0] == '\uFEFF' ? 1 : 0;
        var lineNumber = 1;

        // The header candidate: the last one or two lines of the previous paragraph, unless that paragraph was a teaser.
        var hasHeader = false;
        Line caption = default;
        Line headline = default;

        // The paragraph being read: its line count and its last two lines.
        var paragraphLines = 0;
        Line previous = default;
        Line last = default;

        while (position < text.Length)
        {
            var rest = text[position..];
            var breakAt = rest.IndexOfAny('\r', '\n');
            var lineLength = breakAt < 0 ? rest.Length : breakAt;
            var line = rest[..lineLength];

            var first = 0;
            while (first < line.Length && BaselineFieldRules.IsOuterWhitespace(line[first]))
            {
                first++;
            }

            if (first == line.Length)
            {
                // A blank line closes the paragraph being read.
                if (paragraphLines > 0)
                {
                    CloseParagraph(text, entries, paragraphLines, previous, last, ref hasHeader, ref caption, ref headline);
                    paragraphLines = 0;
                }
            }
            else
            {
                var end = line.Length;
                while (BaselineFieldRules.IsOuterWhitespace(line[end - 1]))
                {
                    end--;
                }

                previous = last;
                last = new Line(position, position + first, end - first, lineNumber);
                paragraphLines++;
            }

            if (breakAt < 0)
            {
                break;
            }

            position += lineLength + (rest[breakAt] == '\r' && breakAt + 1 < rest.Length && rest[breakAt + 1] == '\n' ? 2 : 1);
            lineNumber++;
        }

        if (paragraphLines > 0)
        {
            CloseParagraph(text, entries, paragraphLines, previous, last, ref hasHeader, ref caption, ref headline);
        }

        return entries;
    }

    private static void CloseParagraph(
        ReadOnlySpan<char> text,
        List<ListingEntry> entries,
        int paragraphLines,
        Line previous,
        Line last,
        ref bool hasHeader,
        ref Line caption,
        ref Line headline)
    {
        if (hasHeader && paragraphLines == 1)
        {
            entries.Add(BuildEntry(text, caption, headline, last));
            hasHeader = false;
            return;
        }

        // Not a teaser: this paragraph's last lines are the next header candidate.
        hasHeader = true;
        headline = last;
        caption = paragraphLines >= 2 ? previous : default;
    }

    private static ListingEntry BuildEntry(ReadOnlySpan<char> text, Line caption, Line headline, Line teaser)
    {
        var headlineText = text.Slice(headline.ContentStart, headline.ContentLength);
        var teaserText = text.Slice(teaser.ContentStart, teaser.ContentLength);
        var hasCaption = caption.LineNumber != 0;
        var start = hasCaption ? caption : headline;

        return new ListingEntry
        {
            ImageCaption = hasCaption ? text.Slice(caption.ContentStart, caption.ContentLength).ToString() : null,
            Headline = headlineText.ToString(),
            Teaser = teaserText.ToString(),
            IsTeaserTruncated = BaselineFieldRules.IsTruncated(teaserText),
            Label = BaselineFieldRules.Label(headlineText),
            Span = new SourceSpan(start.ContentStart, teaser.ContentStart + teaser.ContentLength - start.ContentStart, start.LineNumber, start.Column),
            ImageCaptionSpan = hasCaption ? caption.Span : null,
            HeadlineSpan = headline.Span,
            TeaserSpan = teaser.Span,
        };
    }

    /// <summary>One non-blank line, as offsets; <see cref="LineNumber"/> 0 means "no line".</summary>
    private readonly record struct Line(int LineStart, int ContentStart, int ContentLength, int LineNumber)
    {
        public int Column => ContentStart - LineStart + 1;

        public SourceSpan Span => new(ContentStart, ContentLength, LineNumber, Column);
    }
}
