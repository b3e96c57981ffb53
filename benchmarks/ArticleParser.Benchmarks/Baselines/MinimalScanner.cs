namespace ArticleParser.Benchmarks.Baselines;

/// <summary>One entry of the seeds layout as <see cref="MinimalScanner"/> reads it: three strings and nothing else.</summary>
/// <param name="Caption">The image caption, or <see langword="null"/>.</param>
/// <param name="Headline">The headline.</param>
/// <param name="Teaser">The teaser.</param>
public readonly record struct MinimalEntry(string? Caption, string Headline, string Teaser);

/// <summary>
/// The least a program can do to read the seeds layout: one pass over a span that emits caption, headline and
/// teaser strings. It is the floor the benchmarks measure the library against (issue 10's "minimal baseline"),
/// never a production path.
/// </summary>
/// <remarks>
/// A paragraph is a run of non-blank lines. A paragraph of one line that follows a header paragraph is that
/// header's teaser: the header's last line is the headline and the line before it, if any, the caption. Any other
/// paragraph may be the next header. No records, spans, labels, truncation flags, diagnostics or recognizers:
/// only what the format needs, so that the ratio shows what the library's extra work costs. Entries go into chunks
/// of <see cref="ChunkSize"/> (24 KiB each), as the library keeps its records: one array of 4,000 entries would sit
/// on the large-object heap, and its gen2 collections, not the scan, would set the time at 1 MB.
/// On the seeds layout its strings equal the library's (<c>BenchmarkVariantTests</c>).
/// </remarks>
public static class MinimalScanner
{
    /// <summary>How many entries one chunk of the result holds.</summary>
    public const int ChunkSize = 1024;

    /// <summary>Scans listing text into caption/headline/teaser triples.</summary>
    /// <param name="text">The listing; <c>\n</c>, <c>\r\n</c> and <c>\r</c> may be mixed, and a leading BOM is skipped.</param>
    /// <returns>The entries, in document order, in chunks of at most <see cref="ChunkSize"/>.</returns>
    public static List<List<MinimalEntry>> Scan(ReadOnlySpan<char> text)
    {
        var chunks = new List<List<MinimalEntry>>();
        var entries = new List<MinimalEntry>(ChunkSize);
        chunks.Add(entries);
        var position = !text.IsEmpty && text[0] == '\uFEFF' ? 1 : 0;

        // The paragraph being read: how many lines, and its last two (as ranges into text).
        int lines = 0, lastStart = 0, lastLength = 0, beforeStart = 0, beforeLength = 0;
        // The previous paragraph, when it may be a header: its line count and last two lines.
        int headerLines = 0, headlineStart = 0, headlineLength = 0, captionStart = 0, captionLength = 0;

        while (position <= text.Length)
        {
            var rest = text[position..];
            var end = rest.IndexOfAny('\r', '\n');
            var line = end < 0 ? rest : rest[..end];
            var next = end < 0 ? text.Length + 1
                : position + end + (rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1);

            var trimmed = line.Trim();
            if (trimmed.IsEmpty)
            {
                EndParagraph(text);
            }
            else
            {
                (beforeStart, beforeLength) = (lastStart, lastLength);
                lastStart = position + (line.Length - line.TrimStart().Length);
                lastLength = trimmed.Length;
                lines++;
            }

            position = next;
        }

        EndParagraph(text);
        return chunks;

        void EndParagraph(ReadOnlySpan<char> source)
        {
            if (lines == 0)
            {
                return;
            }

            if (lines == 1 && headerLines > 0)
            {
                var caption = headerLines > 1 ? new string(source.Slice(captionStart, captionLength)) : null;
                if (entries.Count == ChunkSize)
                {
                    entries = new List<MinimalEntry>(ChunkSize);
                    chunks.Add(entries);
                }

                entries.Add(new MinimalEntry(caption, new string(source.Slice(headlineStart, headlineLength)), new string(source.Slice(lastStart, lastLength))));
                headerLines = 0; // a teaser is no header
            }
            else
            {
                (headerLines, headlineStart, headlineLength, captionStart, captionLength) = (lines, lastStart, lastLength, beforeStart, beforeLength);
            }

            lines = 0;
        }
    }
}
