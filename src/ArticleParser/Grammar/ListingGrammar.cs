using ArticleParser.Lexing;
using Sprache;
using static ArticleParser.Grammar.TokenParsers;

namespace ArticleParser.Grammar;

/// <summary>
/// Holds the listing grammar: rules over line tokens that assemble entries, read top-down like the format.
/// </summary>
/// <remarks>
/// <code>
/// listing               := block* end
/// block                 := entry | headlineWithoutTeaser | strayLine | blankLines
/// entry                 := header gap teaser
/// header                := text{1,2} &amp;blank            -- [image caption] headline
/// gap                   := blank+
/// teaser                := text &amp;(blank | end)
/// headlineWithoutTeaser := text{1,2} &amp;(blank | end)    -- no teaser follows: not an entry
/// strayLine             := text                        -- starts a paragraph too long for a header
/// blankLines            := blank+
/// </code>
/// Every rule consumes whole tokens and <c>block</c> always matches something, so a listing
/// always parses; what does not form an entry becomes a non-entry node that the builder reports.
/// Rules are built once and shared: the grammar is stateless and thread-safe.
/// </remarks>
internal static class ListingGrammar
{
    private static readonly Parser<TokenRun> Header =
        Run(LineKind.Text, 1, 2).FollowedBy(AtBlank, "a blank line after the headline");

    private static readonly Parser<TokenRun> Gap = Run(LineKind.Blank, 1, int.MaxValue);

    private static readonly Parser<int> Teaser =
        One(LineKind.Text).FollowedBy(AtBlankOrEnd, "a blank line or the end of input after the teaser");

    private static readonly Parser<Node> Entry = Sequence(
        Header, Gap, Teaser,
        static (header, gap, teaser) => new Node(NodeKind.Entry, header.First, header.Count, gap.Count, teaser));

    private static readonly Parser<Node> HeadlineWithoutTeaser =
        Run(LineKind.Text, 1, 2)
            .FollowedBy(AtBlankOrEnd, "a blank line after the headline")
            .Map(static run => new Node(NodeKind.HeadlineWithoutTeaser, run.First, run.Count));

    private static readonly Parser<Node> StrayLine =
        One(LineKind.Text).Map(static index => new Node(NodeKind.StrayLine, index, 1));

    private static readonly Parser<Node> BlankLines =
        Gap.Map(static run => new Node(NodeKind.Blank, run.First, run.Count));

    private static readonly Parser<Node> Block = Entry.Or(HeadlineWithoutTeaser).Or(StrayLine).Or(BlankLines);

    public static readonly Parser<IEnumerable<Node>> Listing = Block.Many().End();

    /// <summary>Parses all tokens into blocks; never fails, because every token starts some block.</summary>
    public static List<Node> Parse(TokenList tokens)
    {
        var result = Listing(new TokenCursor(tokens).At(0));
        if (!result.WasSuccessful)
        {
            // Unreachable by construction (see remarks); a failure here is a grammar bug, not bad input.
            throw new InvalidOperationException("The listing grammar failed to cover its input: " + result);
        }

        return result.Value as List<Node> ?? [.. result.Value];
    }
}
