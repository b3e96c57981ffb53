using Sprache;

namespace ArticleParser.Benchmarks.Baselines;

/// <summary>
/// A naive, character-level Sprache grammar for the listing layout, written the way a typical Sprache
/// user would write it: <c>Parse.AnyChar.Except(lineBreak).Many().Text()</c> for every line, LINQ query
/// syntax, <c>Or</c> with backtracking, <c>Optional</c> and <c>Not</c> for lookahead. It is the "slow"
/// baseline of the benchmarks, never a production path.
/// </summary>
/// <remarks>
/// <para>
/// On the seeds layout it produces exactly the <see cref="ListingEntry"/> records that <see cref="ListingParser"/>
/// produces (<c>BenchmarkVariantTests</c> checks it), with simple block rules
/// (<c>entry | headlineWithoutTeaser | strayLine | blankLines</c>) and the library's field rules
/// (<see cref="BaselineFieldRules"/>); it builds no non-entry blocks or diagnostics and has none of the
/// library's recognizers, like <see cref="HandWrittenScanner"/>.
/// </para>
/// <para>
/// Offsets come from Sprache's <c>Span()</c>. Line and column do not: Sprache counts a line only at
/// <c>\n</c> (so a lone <c>\r</c> line end would be miscounted) and counts a leading BOM as a column.
/// <see cref="ParseEntries"/> therefore turns offsets into line and column with a table of line starts built in
/// one extra pass over the text, which costs next to nothing beside the grammar itself.
/// </para>
/// </remarks>
public static class NaiveSpracheGrammar
{
    private static readonly Parser<char> LineBreakChar = Parse.Chars('\r', '\n');

    private static readonly Parser<string> LineBreak =
        Parse.String("\r\n").Text().Or(Parse.String("\r").Text()).Or(Parse.String("\n").Text());

    // One physical line: its characters, then a line break or the end of input. A final line break
    // opens no further line, so a line must hold a character or a break.
    private static readonly Parser<Line> AnyLine =
        from content in Parse.AnyChar.Except(LineBreakChar).Many().Text().Span()
        from lineBreak in LineBreak.Optional()
        where content.Length > 0 || lineBreak.IsDefined
        select Line.From(content.Start.Pos, content.Value);

    private static readonly Parser<Line> TextLine = AnyLine.Where(line => !line.IsBlank);

    private static readonly Parser<Line> BlankLine = AnyLine.Where(line => line.IsBlank);

    // entry := [caption] headline blank+ teaser &(blank | end)
    private static readonly Parser<EntryNode?> Entry =
        from first in TextLine
        from second in TextLine.Optional()
        from gap in BlankLine.AtLeastOnce()
        from teaser in TextLine
        from end in Parse.Not(TextLine)
        select (EntryNode?)(second.IsDefined
            ? new EntryNode(first, second.Get(), teaser)
            : new EntryNode(null, first, teaser));

    // headlineWithoutTeaser := [caption] headline &(blank | end)
    private static readonly Parser<EntryNode?> HeadlineWithoutTeaser =
        from first in TextLine
        from second in TextLine.Optional()
        from end in Parse.Not(TextLine)
        select (EntryNode?)null;

    // strayLine := text   -- the head of a paragraph too long to be caption and headline
    private static readonly Parser<EntryNode?> StrayLine =
        from line in TextLine
        select (EntryNode?)null;

    private static readonly Parser<EntryNode?> BlankLines =
        from blanks in BlankLine.AtLeastOnce()
        select (EntryNode?)null;

    private static readonly Parser<IEnumerable<EntryNode?>> Listing =
        from bom in Parse.Char('\uFEFF').Optional()
        from blocks in Entry.Or(HeadlineWithoutTeaser).Or(StrayLine).Or(BlankLines).Many().End()
        select blocks;

    /// <summary>Parses listing text into its entries.</summary>
    /// <param name="text">The listing; a leading BOM is skipped and <c>\n</c>, <c>\r\n</c> and <c>\r</c> may be mixed.</param>
    /// <returns>The entries, in document order.</returns>
    public static List<ListingEntry> ParseEntries(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var nodes = Listing.Parse(text);
        var lines = new LineTable(text);
        var entries = new List<ListingEntry>();
        foreach (var node in nodes)
        {
            if (node is { } entry)
            {
                entries.Add(entry.ToRecord(lines));
            }
        }

        return entries;
    }

    /// <summary>A line's trimmed content and the offset where that content starts.</summary>
    private sealed record Line(int Offset, string Content)
    {
        public bool IsBlank => Content.Length == 0;

        public int End => Offset + Content.Length;

        public static Line From(int lineOffset, string raw)
        {
            var leading = 0;
            while (leading < raw.Length && BaselineFieldRules.IsOuterWhitespace(raw[leading]))
            {
                leading++;
            }

            return new Line(lineOffset + leading, BaselineFieldRules.Trim(raw).ToString());
        }

        public SourceSpan Span(LineTable lines)
        {
            var (line, column) = lines.Locate(Offset);
            return new SourceSpan(Offset, Content.Length, line, column);
        }
    }

    private sealed record EntryNode(Line? Caption, Line Headline, Line Teaser)
    {
        public ListingEntry ToRecord(LineTable lines)
        {
            var start = (Caption ?? Headline).Span(lines);
            return new ListingEntry
            {
                ImageCaption = Caption?.Content,
                Headline = Headline.Content,
                Teaser = Teaser.Content,
                IsTeaserTruncated = BaselineFieldRules.IsTruncated(Teaser.Content),
                Label = BaselineFieldRules.Label(Headline.Content),
                Span = start with { Length = Teaser.End - start.Offset },
                ImageCaptionSpan = Caption?.Span(lines),
                HeadlineSpan = Headline.Span(lines),
                TeaserSpan = Teaser.Span(lines),
            };
        }
    }

    /// <summary>The offset where each line starts, to turn an offset into a 1-based line and column.</summary>
    private sealed class LineTable
    {
        private readonly List<int> _starts = [];

        public LineTable(string text)
        {
            _starts.Add(text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0);
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
                {
                    _starts.Add(i + 1);
                }
            }
        }

        public (int Line, int Column) Locate(int offset)
        {
            var index = _starts.BinarySearch(offset);
            if (index < 0)
            {
                index = ~index - 1;
            }

            return (index + 1, offset - _starts[index] + 1);
        }
    }
}
