using ArticleParser.Lexing;
using Sprache;
using static ArticleParser.Grammar.TokenParsers;

namespace ArticleParser.Grammar;

/// <summary>
/// Holds the listing grammar: Sprache rules over line tokens whose roles the layout stage decided, read top-down like the format.
/// </summary>
/// <remarks>
/// <code>
/// listing    := block* end
/// block      := blank+ | record | orphan+ | pageHeader+ | stray | recognized
/// record     := start part*                  -- start: the line the layout stage marked as a record's first
/// part       := blank* (caption | headline | teaser | byline | date | member | nextCaption)  -- never another record's start
/// orphan     := caption or headline that no teaser and no entry follows (AP001)
/// stray      := text that starts no entry (AP002)
/// recognized := chrome, separator, metadata or read-more outside any record
/// </code>
/// The layout stage (<c>Layout/</c>) decides what each line is, from the page's record template or, on a
/// page without one, from local rules; the grammar only assembles. Rules are built once and shared.
/// </remarks>
internal static class ListingGrammar
{
    private static readonly Parser<RoleLine> Start = Line(static (in LineToken t) => t.Has(LineFlags.RecordStart), "the first line of a record");

    /// <summary>The record's other lines, blank lines between them: never another record's start.</summary>
    private static readonly Parser<RecordParts> Parts = Members(
        static (in LineToken t) => t.Role is LineRole.Caption or LineRole.Headline or LineRole.Teaser or LineRole.Member or LineRole.Byline or LineRole.Date or LineRole.NextCaption
            && !t.Has(LineFlags.RecordStart));

    private static readonly Parser<Node> Record = Start.Then(Parts, Assemble);

    private static readonly Parser<Node> Blanks =
        Run(static (in LineToken t) => t.Kind == LineKind.Blank, "a blank line", NodeKind.Blank);

    private static readonly Parser<Node> Orphan =
        Run(static (in LineToken t) => t.Role == LineRole.Orphan, "a headline without teaser", NodeKind.HeadlineWithoutTeaser);

    private static readonly Parser<Node> PageHeader =
        Run(static (in LineToken t) => t.Role == LineRole.PageHeader, "a page header", NodeKind.PageHeader);

    private static readonly Parser<Node> Stray =
        Token(static (in LineToken t) => t.Role == LineRole.Stray, "text", NodeKind.StrayLine);

    private static readonly Parser<Node> Recognized =
        Token(static (in LineToken t) => t.Role == LineRole.Recognized, "a recognized line", NodeKind.Recognized);

    private static readonly string[] ExpectedBlock = ["a block"];

    /// <summary>Matches one block; the current line's role picks the rule (one token of lookahead), so nothing is tried twice.</summary>
    public static readonly Parser<Node> Block = input =>
    {
        var at = (TokenInput)input;
        if (at.AtEnd)
        {
            return Fail<Node>(input, ExpectedBlock);
        }

        ref var token = ref at.Token;
        var rule = token.Kind == LineKind.Blank ? Blanks
            : token.Has(LineFlags.RecordStart) ? Record
            : token.Role switch
            {
                LineRole.Orphan => Orphan,
                LineRole.PageHeader => PageHeader,
                LineRole.Recognized => Recognized,
                _ => Stray,
            };
        return rule(input);
    };

    /// <summary>Parses the blocks of the first <paramref name="limit"/> tokens and hands each to <paramref name="sink"/>.</summary>
    public static void ParseBlocks(TokenList tokens, int limit, INodeSink sink)
    {
        var input = new TokenCursor(tokens, limit).At(0);
        while (!input.AtEnd)
        {
            var result = Block(input);
            if (!result.WasSuccessful)
            {
                // Every decided line has a role, so this is a layout-stage defect: keep the line, never lose it.
                result = Result.Success(new Node(NodeKind.StrayLine, input.Index, input.Index), input.Skip(1));
            }

            sink.Add(tokens, result.Value);
            input = (TokenInput)result.Remainder;
        }
    }

    /// <summary>Builds an entry node from the roles of its lines: the start's, then the first of each among the others.</summary>
    private static Node Assemble(RoleLine start, RecordParts rest)
    {
        var parts = new RecordParts().Add(start.Index, start.Role, start.Deviates);
        var caption = parts.Caption >= 0 ? parts.Caption : rest.Caption;
        var headline = parts.Headline >= 0 ? parts.Headline : rest.Headline;
        var teaser = parts.Teaser >= 0 ? parts.Teaser : rest.Teaser;
        var last = rest.Last >= 0 ? rest.Last : start.Index;
        var deviates = parts.Deviates || rest.Deviates;

        if (headline < 0)
        {
            // The layout stage gives every record a headline; should one lack it, its first field stands in.
            (headline, caption) = caption >= 0 ? (caption, -1) : (start.Index, -1);
            teaser = teaser == headline ? -1 : teaser;
        }

        return new Node(NodeKind.Entry, start.Index, last) { Caption = caption, Headline = headline, Teaser = teaser, Teaserless = deviates };
    }
}
