using ArticleParser.Lexing;
using Sprache;
using ArticleParser.Grammar;
using static ArticleParser.Grammar.TokenParsers;

namespace ArticleParser.Layout;

/// <summary>
/// Holds the layout stage's local rules: for a page that repeats no record template (fewer than three
/// records, or no regular region), each line is decided against its neighbours, by position first and shape second.
/// </summary>
/// <remarks>
/// <code>
/// listing               := block* end
/// block                 := blank+ | chrome | separator | entry | headlineWithoutTeaser
///                        | meta | readMore | strayLine                    -- in this order of preference
/// entry                 := meta* header gap teaser? trailer               -- valid when it has a teaser or metadata,
///                                                                         -- or a title-shaped headline right before another entry
/// header                := caption? headline
/// caption               := text &amp;(text closing the header)             -- alt text directly above the headline
/// gap                   := (blank | meta)*
/// teaser                := text ?teaserFits                              -- see TeaserFits
/// trailer               := (blank* readMore | blank* meta+ &amp;!text)*
/// headlineWithoutTeaser := text{1,2} &amp;!text                              -- no teaser, no entry after: not an entry
/// strayLine             := text                                          -- starts nothing: orphan or over-long paragraph
/// </code>
/// Position decides first; a line's shape (prose or title, <see cref="TokenCursor.IsProse"/>) settles what
/// position cannot: listings without blank lines, entries that lack a teaser, an orphan teaser on top.
/// Every rule consumes whole tokens and <c>block</c> always matches a token, so any input parses.
/// Rules are built once and shared: the grammar is stateless and thread-safe.
/// </remarks>
internal static class LocalRules
{
    // Alt text is short; a long prose line above a headline is an orphan teaser, not a caption.
    private const int MaxProseCaptionLength = 90;

    private const int MaxAltTextLength = 40;

    // An entry is led by a date, a byline, a kicker: a few lines. Bounding the look keeps a flood of
    // metadata lines linear, since each of them is tried as an entry start.
    private const int MaxLeadingMeta = 4;

    private static readonly string[] ExpectedEntry = ["a headline followed by a teaser"];

    private static readonly string[] ExpectedBlank = ["a blank line"];

    private static readonly Parser<Node> StrongEntry = EntryRule(allowTeaserless: false);

    private static readonly Parser<Node> Entry = EntryRule(allowTeaserless: true);

    private static readonly Parser<Node> HeadlineWithoutTeaser =
        Run(LineKind.Text, 1, 2)
            .FollowedBy(NoTextAfter, "a line that is not text after the headline")
            .Map(static run => new Node(NodeKind.HeadlineWithoutTeaser, run.First, run.End - 1));

    private static readonly Parser<Node> Blanks = input =>
    {
        // blank+ as one primitive: the most frequent block should cost one result, not two.
        var start = (TokenInput)input;
        var end = start.Index;
        while (start.Cursor.KindAt(end) == LineKind.Blank)
        {
            end++;
        }

        return end > start.Index
            ? start.Cursor.Success(end, new Node(NodeKind.Blank, start.Index, end - 1))
            : Fail<Node>(input, ExpectedBlank);
    };

    private static readonly Parser<Node> Chrome = Recognized(LineKind.Chrome);

    private static readonly Parser<Node> Separator = Recognized(LineKind.Separator);

    private static readonly Parser<Node> OrphanMeta = Recognized(LineKind.Meta);

    private static readonly Parser<Node> OrphanReadMore = Recognized(LineKind.ReadMore);

    private static readonly Parser<Node> StrayLine =
        Line(LineKind.Text, "a line of text").Map(static index => new Node(NodeKind.StrayLine, index, index));

    /// <summary>Matches one block; the current token's kind picks the rule, and it fails only at the end of input.</summary>
    public static readonly Parser<Node> Block = Dispatch(new Dictionary<LineKind, Parser<Node>>
    {
        [LineKind.Blank] = Blanks,
        [LineKind.Chrome] = Chrome,
        [LineKind.Separator] = Separator,
        [LineKind.ReadMore] = OrphanReadMore,
        [LineKind.Meta] = FirstOf(Entry, OrphanMeta),
        [LineKind.Text] = FirstOf(Entry, HeadlineWithoutTeaser, StrayLine),
    });

    /// <summary>
    /// Parses blocks from the first token on and hands each to <paramref name="sink"/>. Unless
    /// <paramref name="endIsFinal"/>, stops before the first block whose decision looked at the end of
    /// the tokens, since more input could change it; returns the index of the first token not parsed.
    /// </summary>
    public static int ParseBlocks(TokenList tokens, bool endIsFinal, INodeSink sink)
    {
        return ParseBlocks(new TokenCursor(tokens), endIsFinal, sink);
    }

    private static int ParseBlocks(TokenCursor cursor, bool endIsFinal, INodeSink sink)
    {
        var tokens = cursor.Tokens;
        var input = cursor.At(0);
        while (input.Index < tokens.Count)
        {
            var result = Block(input);

            // A block that looked at the end could change with more input, except blank lines:
            // they are trivia, and a run split between two windows means the same.
            if (!endIsFinal && cursor.HighWater >= tokens.Count && result.Value.Kind != NodeKind.Blank)
            {
                break;
            }

            sink.Add(tokens, result.Value);
            input = (TokenInput)result.Remainder;
        }

        return input.Index;
    }

    /// <summary>Holds when no text follows directly; also looks past blank lines, since the diagnostic names what comes next.</summary>
    private static bool NoTextAfter(TokenInput next)
    {
        if (next.Is(LineKind.Text))
        {
            return false;
        }

        var index = next.Index;
        while (next.Cursor.KindAt(index) == LineKind.Blank)
        {
            index++;
        }

        return true;
    }

    private static Parser<Node> Recognized(LineKind kind) =>
        Line(kind, kind.ToString().ToLowerInvariant() + " line").Map(static index => new Node(NodeKind.Recognized, index, index));

    /// <summary>
    /// Builds the entry rule: <c>meta* header gap teaser? trailer</c>, then the validity check. With
    /// <paramref name="allowTeaserless"/> off it is the "strong" entry the teaserless case looks ahead for.
    /// </summary>
    private static Parser<Node> EntryRule(bool allowTeaserless)
    {
        return input =>
        {
            // meta* header: metadata lines directly above the header lead this entry.
            var start = (TokenInput)input;
            var cursor = start.Cursor;
            var first = start.Index;
            var index = SkipLeadingMeta(cursor, first);
            if (cursor.KindAt(index) != LineKind.Text)
            {
                return Fail<Node>(input, ExpectedEntry);
            }

            var leadingMeta = index > first;
            var caption = IsCaptionAbove(cursor, index) ? index : -1;
            var headline = caption >= 0 ? index + 1 : index;
            var gap = ReadGap(cursor, headline + 1);

            // The image's alt text repeated as the headline, with a date or credit between them.
            if (caption < 0 && cursor.KindAt(gap.End) == LineKind.Text && cursor.SameText(headline, gap.End))
            {
                caption = headline;
                headline = gap.End;
                gap = ReadGap(cursor, headline + 1);
            }
            var teaser = cursor.KindAt(gap.End) == LineKind.Text && TeaserFits(cursor, gap.End, gap) ? gap.End : -1;
            var last = teaser >= 0 ? teaser : gap.Metas > 0 ? LastMeta(cursor, gap) : headline;
            // Metadata between a teaser and the next headline trails this entry, unless this entry's own
            // metadata stood above its headline: then the listing puts metadata first.
            last = ReadTrailer(cursor, last, takeMeta: !leadingMeta);

            var strong = teaser >= 0 || gap.Metas > 0 || leadingMeta || last > headline;
            var node = new Node(NodeKind.Entry, first, last)
            {
                Caption = caption,
                Headline = headline,
                Teaser = teaser,
                GapLines = teaser >= 0 ? gap.LongestBlankRun : 0,
            };

            if (strong)
            {
                return cursor.Success(last + 1, node);
            }

            if (allowTeaserless && IsTeaserlessEntry(cursor, headline, gap))
            {
                return cursor.Success(headline + 1, node with { Teaserless = true });
            }

            return Fail<Node>(input, ExpectedEntry);
        };
    }

    /// <summary>Returns the index after the metadata lines (at most <see cref="MaxLeadingMeta"/>) from <paramref name="first"/> on.</summary>
    private static int SkipLeadingMeta(TokenCursor cursor, int first)
    {
        var index = first;
        while (cursor.KindAt(index) == LineKind.Meta && index - first < MaxLeadingMeta)
        {
            index++;
        }

        return index;
    }

    /// <summary>Decides whether a headline with nothing of its own (no teaser, metadata or trailer) is still an entry.</summary>
    private static bool IsTeaserlessEntry(TokenCursor cursor, int headline, Gap gap)
    {
        // A headline with nothing of its own is an entry only if it reads like a title and another
        // entry follows: after a blank line, or directly when that entry is compact (headline, teaser).
        if (!cursor.IsProse(headline))
        {
            var next = StrongEntry(cursor.At(gap.End));
            if (next.WasSuccessful && (gap.Blanks > 0 || IsCompact(next.Value)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Decides whether the text line after a headline (and its gap) is the teaser: directly below the
    /// header it must read like prose; after a blank line it may be any single line, unless it reads
    /// like a title and the next paragraph reads like the teaser it lacks (then it is the next headline).
    /// </summary>
    private static bool TeaserFits(TokenCursor cursor, int candidate, Gap gap)
    {
        var after = cursor.KindAt(candidate + 1);
        if (gap.Blanks == 0)
        {
            return (gap.Metas > 0 && EndsTeaserParagraph(after)) || cursor.IsProse(candidate);
        }

        // A paragraph that runs into page chrome ("…publication of X.", "Contact us …") is chrome too.
        if (after == LineKind.Chrome && cursor.Tokens[candidate + 1].ChromeKind != ListingBlockKind.Credit)
        {
            return false;
        }

        // A prose line is the teaser; a title-shaped single line is too, unless the next paragraph reads
        // like the teaser it lacks. (Shape first: a long teaser ending in a period is decided at once.)
        return cursor.IsProse(candidate)
            || ((EndsTeaserParagraph(after) || (gap.Metas == 0 && IsTrailingMeta(cursor, candidate + 1)))
                && !NextParagraphIsSingleProseLine(cursor, candidate + 1));
    }

    private static bool EndsTeaserParagraph(LineKind after) =>
        after is LineKind.Blank or LineKind.End or LineKind.ReadMore or LineKind.Separator;

    /// <summary>
    /// Metadata under a line that a blank line (or the end) closes belongs to that line's entry; the
    /// caller asks only when the headline had no metadata of its own (else it is the next headline's).
    /// </summary>
    private static bool IsTrailingMeta(TokenCursor cursor, int index)
    {
        var end = index;
        while (cursor.KindAt(end) == LineKind.Meta && end - index < MaxLeadingMeta)
        {
            end++;
        }

        return end > index && cursor.KindAt(end) is LineKind.Blank or LineKind.End;
    }

    private static bool NextParagraphIsSingleProseLine(TokenCursor cursor, int index)
    {
        while (cursor.KindAt(index) == LineKind.Blank)
        {
            index++;
        }

        return cursor.KindAt(index) == LineKind.Text && cursor.KindAt(index + 1) != LineKind.Text && cursor.IsProse(index);
    }

    /// <summary>
    /// A caption stands directly above a title-shaped headline: one that ends the header, or, in a listing
    /// without blank lines, one that a prose teaser follows directly, when the caption reads like alt text
    /// rather than a headline of its own. A caption repeating the headline is one too.
    /// </summary>
    private static bool IsCaptionAbove(TokenCursor cursor, int index)
    {
        var headline = index + 1;
        if (cursor.KindAt(headline) != LineKind.Text)
        {
            return false;
        }

        if (cursor.SameText(index, headline))
        {
            return true;
        }

        if (cursor.IsProse(headline))
        {
            return false;
        }

        if (cursor.KindAt(headline + 1) != LineKind.Text)
        {
            return cursor.Tokens[index].FieldLength <= MaxProseCaptionLength || !cursor.IsProse(index);
        }

        return cursor.IsProse(headline + 1) && LooksLikeAltText(cursor, index);
    }

    /// <summary>Alt text is a short title-shaped phrase; a colon, question or exclamation marks a headline instead.</summary>
    private static bool LooksLikeAltText(TokenCursor cursor, int index)
    {
        ref var token = ref cursor.Tokens[index];
        var text = cursor.Tokens.Source.AsSpan(token.FieldStart, token.FieldLength);
        return text.Length <= MaxAltTextLength && text.IndexOfAny(":?!") < 0 && text[^1] is not ('.' or '…') && !cursor.IsProse(index);
    }

    private static Gap ReadGap(TokenCursor cursor, int index)
    {
        var first = index;
        var blanks = 0;
        var metas = 0;
        var run = 0;
        var longest = 0;
        while (true)
        {
            var kind = cursor.KindAt(index);
            if (kind == LineKind.Blank)
            {
                blanks++;
                run += cursor.Tokens[index].BlankLines;
                longest = Math.Max(longest, run);
            }
            else if (kind == LineKind.Meta)
            {
                metas++;
                run = 0;
            }
            else if (kind == LineKind.Chrome && cursor.Tokens[index].ChromeKind == ListingBlockKind.Credit)
            {
                run = 0; // a photo credit under the thumbnail belongs to the entry
            }
            else
            {
                return new Gap(first, index, blanks, metas, longest);
            }

            index++;
        }
    }

    private static int LastMeta(TokenCursor cursor, Gap gap)
    {
        var last = gap.First;
        for (var i = gap.First; i < gap.End; i++)
        {
            if (cursor.KindAt(i) == LineKind.Meta)
            {
                last = i;
            }
        }

        return last;
    }

    /// <summary>Takes read-more links and metadata that follow the entry, but not metadata that leads into the next headline.</summary>
    private static int ReadTrailer(TokenCursor cursor, int last, bool takeMeta)
    {
        while (true)
        {
            var next = last + 1;
            while (cursor.KindAt(next) == LineKind.Blank)
            {
                next++;
            }

            var kind = cursor.KindAt(next);
            if (kind == LineKind.ReadMore)
            {
                last = next;
                continue;
            }

            if (kind != LineKind.Meta || !takeMeta)
            {
                return last;
            }

            var end = next;
            while (cursor.KindAt(end) == LineKind.Meta)
            {
                end++;
            }

            // Directly above a headline, metadata leads that entry, unless it directly follows this one.
            if (cursor.KindAt(end) == LineKind.Text && next != last + 1)
            {
                return last;
            }

            last = end - 1;
        }
    }

    private static bool IsCompact(Node entry) => entry.Teaser == entry.Headline + 1 || (entry.Teaser > entry.Headline && entry.GapLines == 0);
}
