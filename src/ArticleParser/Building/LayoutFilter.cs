using ArticleParser.Grammar;
using ArticleParser.Lexing;

namespace ArticleParser.Building;

/// <summary>
/// Holds back the first entry of a listing until the next few entries show the listing's layout:
/// a page title and its description look like an entry, but lack the metadata or read-more link
/// that every real entry of the page has.
/// </summary>
/// <remarks>
/// Only the first entry and the nodes after it, up to <see cref="Witnesses"/> entries or
/// <see cref="MaxHeld"/> nodes, are held, so streaming memory stays bounded.
/// </remarks>
internal sealed class LayoutFilter(DocumentBuilder builder) : INodeSink
{
    private const int Witnesses = 3;
    private const int MaxHeld = 64;

    private readonly List<(TokenList Tokens, Node Node)> _held = [];
    private bool _decided;
    private int _witnesses;

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
        if (_witnesses == Witnesses)
        {
            var metadata = true;
            var readMore = true;
            foreach (var (witnessTokens, witness) in _held)
            {
                if (witness.Kind == NodeKind.Entry && witness != first)
                {
                    metadata &= Has(witnessTokens, witness, LineKind.Meta);
                    readMore &= HasReadMore(witnessTokens, witness);
                }
            }

            var missing = readMore && !HasReadMore(tokens, first) ? "read-more link"
                : metadata && !Has(tokens, first, LineKind.Meta) ? "byline or date"
                : null;
            if (missing is not null)
            {
                _held[0] = (tokens, first with { Kind = NodeKind.PageHeader, Missing = missing });
            }
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

    private static bool HasReadMore(TokenList tokens, in Node node) =>
        Has(tokens, node, LineKind.ReadMore)
        || (node.Teaser >= 0 && tokens[node.Teaser].FieldEnd < tokens[node.Teaser].OuterEnd);
}
