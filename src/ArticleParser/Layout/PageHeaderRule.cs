using ArticleParser.Building;
using ArticleParser.Grammar;
using ArticleParser.Lexing;

namespace ArticleParser.Layout;

/// <summary>
/// Applies the layout stage's page-header rule to the assembled records. Holds back the first entry of a listing until the next few entries show the listing's layout:
/// a page title and its description look like an entry, but lack the metadata or read-more link
/// that (nearly) every real entry of the page has.
/// </summary>
/// <remarks>
/// Only the first entry and the nodes after it, up to <see cref="Witnesses"/> entries or
/// <see cref="MaxHeld"/> nodes, are held, so streaming memory stays bounded.
/// </remarks>
internal sealed class PageHeaderRule(DocumentBuilder builder) : INodeSink
{
    private const int Witnesses = 5;

    private const int MinWitnesses = 3;
    private const int MaxHeld = 64;

    private readonly List<(TokenList Tokens, Node Node)> _held = [];
    private bool _decided;
    private int _witnesses;

    /// <summary>Gets a value indicating whether nodes (and so their token lists) are being held back.</summary>
    public bool IsHolding => _held.Count > 0;

    public void Add(TokenList tokens, in Node node)
    {
        if (_decided)
        {
            builder.Add(tokens, node);
            return;
        }

        // A teaserless entry above the first entry is already page chrome (see DocumentBuilder).
        if (_held.Count == 0 && (node.Kind != NodeKind.Entry || node.Teaserless))
        {
            builder.Add(tokens, node);
            return;
        }

        _held.Add((tokens, node));
        if (node.Kind == NodeKind.Entry && _held.Count > 1)
        {
            _witnesses++;
        }

        if (_witnesses == Witnesses || _held.Count == MaxHeld)
        {
            Decide();
        }
    }

    /// <summary>Hands a page-level diagnostic to the builder.</summary>
    public void Report(ListingDiagnostic diagnostic) => builder.Report(diagnostic);

    public void Complete(SourceSpan end, ListingDiagnostic? stop = null)
    {
        Decide();
        builder.Complete(end, stop);
    }

    private void Decide()
    {
        if (_decided)
        {
            return;
        }

        _decided = true;
        if (_held.Count == 0)
        {
            return;
        }

        var (tokens, first) = _held[0];
        // Three witnesses at least, and all of them (of three) or all but one (of four or five) must show
        // the feature the first entry lacks: one section heading among them must not hide the page header.
        if (_witnesses >= MinWitnesses)
        {
            var quorum = Math.Max(MinWitnesses, _witnesses - 1);
            int metadata = 0, readMore = 0, prose = 0;
            foreach (var (witnessTokens, witness) in _held)
            {
                if (witness.Kind == NodeKind.Entry && witness != first)
                {
                    metadata += Has(witnessTokens, witness, LineKind.Meta) ? 1 : 0;
                    readMore += HasReadMore(witnessTokens, witness) ? 1 : 0;
                    prose += HasProseTeaser(witnessTokens, witness) ? 1 : 0;
                }
            }

            // A post shown in full has no link to the rest of it: only a cut teaser lacks one. A page's title over a
            // line of its own ("News from June 2023") has the shape of an entry whose teaser is one more title; a page's
            // title has no byline, though, so an entry with the byline or date its witnesses have may lack the teaser.
            var dated = metadata >= quorum;
            var missing = readMore >= quorum && !HasReadMore(tokens, first) && !HoldsBody(tokens, first) ? "read-more link"
                : dated && !Has(tokens, first, LineKind.Meta) ? "byline or date"
                : prose >= quorum && !HasProseTeaser(tokens, first) && !dated ? "teaser that reads as prose"
                : null;
            if (missing is not null)
            {
                _held[0] = (tokens, first with { Kind = NodeKind.PageHeader, Missing = missing });
            }
        }

        // A caption the next entry repeats is a kicker (see DocumentBuilder), unless its words name a picture; only the
        // first entry needs the look ahead, later ones compare with the entry before them.
        if (_held[0].Node is { Kind: NodeKind.Entry, Caption: >= 0 } head && (tokens[head.Caption].Marks & LineMarks.NamesPicture) == 0
            && _held.Skip(1).FirstOrDefault(h => h.Node.Kind == NodeKind.Entry) is ({ } nextTokens, { Caption: >= 0 } next)
            && tokens.FieldSpan(head.Caption).SequenceEqual(nextTokens.FieldSpan(next.Caption)))
        {
            _held[0] = (tokens, head with { Caption = -1 });
        }

        foreach (var (heldTokens, node) in _held)
        {
            builder.Add(heldTokens, node);
        }

        _held.Clear();
    }

    private static bool Has(TokenList tokens, in Node node, LineKind kind)
    {
        for (var i = node.First; i <= node.Last; i++)
        {
            if (tokens[i].Kind == kind)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Tells whether an entry holds its post's body: a prose paragraph under its teaser, after a blank line.</summary>
    private static bool HoldsBody(TokenList tokens, in Node node)
    {
        for (var i = node.Teaser + 1; node.Teaser >= 0 && i <= node.Last; i++)
        {
            if (tokens[i].Kind == LineKind.Text && tokens[i].IsProse && tokens[i - 1].Kind == LineKind.Blank)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasProseTeaser(TokenList tokens, in Node node) => node.Teaser >= 0 && tokens[node.Teaser].IsProse;

    private static bool HasReadMore(TokenList tokens, in Node node) =>
        Has(tokens, node, LineKind.ReadMore)
        || (node.Teaser >= 0 && tokens[node.Teaser].FieldEnd < tokens[node.Teaser].OuterEnd);
}
