namespace ArticleParser.Html.Conversion;

/// <summary>
/// Asks the listing parser, through its public API, how it reads a card's text, so that a line is placed
/// in a card only where the parser keeps it inside the card's entry. A card's caption, headline and teaser
/// are laid out first; each further line (byline, date, read-more link, label) is kept when the card's text
/// with it still parses to the same single entry and the line is no stray text; a line the parser would read
/// as a headline of its own (a category label) is left out.
/// </summary>
internal sealed class CardProbe
{
    private readonly List<string> _lines;
    private readonly ListingParserOptions _options;
    private readonly (string? Caption, string Headline, string? Teaser) _fields;

    private CardProbe(List<string> lines, ListingParserOptions options, (string?, string, string?) fields)
    {
        _lines = lines;
        _options = options;
        _fields = fields;
    }

    /// <summary>Returns a probe for a card whose first lines make one entry, or <see langword="null"/>.</summary>
    public static CardProbe? Start(IEnumerable<string> head, ListingParserOptions? options)
    {
        options = (options ?? ListingParserOptions.Default) with { Strict = false, OnDiagnostic = null, OnNonEntryBlock = null };
        var lines = head.ToList();
        var document = ListingParser.Parse(string.Join('\n', lines) + "\n", options);
        if (document.Entries.Count != 1 || document.NonEntryBlocks.Count != 0)
        {
            return null;
        }

        var entry = document.Entries[0];
        return new CardProbe(lines, options, (entry.ImageCaption, entry.Headline, entry.Teaser));
    }

    /// <summary>Keeps <paramref name="candidate"/> if the card still parses to its one entry with it.</summary>
    public bool TryAdd(string[] candidate)
    {
        var text = string.Join('\n', _lines.Concat(candidate)) + "\n";
        var document = ListingParser.Parse(text, _options);
        if (document.Entries.Count != 1
            || document.NonEntryBlocks.Any(b => b.Kind == ListingBlockKind.Text)
            || document.Diagnostics.Any(d => d.Severity >= DiagnosticSeverity.Warning))
        {
            return false;
        }

        var entry = document.Entries[0];
        if ((entry.ImageCaption, entry.Headline, entry.Teaser) != _fields)
        {
            return false;
        }

        _lines.AddRange(candidate);
        return true;
    }
}
