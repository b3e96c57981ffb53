namespace ArticleParser.Building;

/// <summary>
/// Collects everything the builder produces into the lists of a <see cref="ListingDocument"/>.
/// </summary>
internal sealed class DocumentSink : IListingSink
{
    private readonly ChunkedList<ListingEntry> _entries = new();
    private readonly ChunkedList<ListingBlock> _blocks = new();
    private readonly ChunkedList<ListingDiagnostic> _diagnostics = new();

    public void OnEntry(ListingEntry entry) => _entries.Add(entry);

    public void OnBlock(ListingBlock block) => _blocks.Add(block);

    public void OnDiagnostic(ListingDiagnostic diagnostic) => _diagnostics.Add(diagnostic);

    /// <summary>Builds the document, merging diagnostics found while decoding bytes into document order.</summary>
    public ListingDocument ToDocument(List<ListingDiagnostic> decoding, IReadOnlyList<ListingLayout> layouts)
    {
        if (decoding.Count == 0)
        {
            return new(_entries, _blocks, _diagnostics, layouts);
        }

        var merged = new List<ListingDiagnostic>(_diagnostics.Count + decoding.Count);
        merged.AddRange(decoding);
        merged.AddRange(_diagnostics);

        // A stable sort keeps the parser's own order among diagnostics at one offset.
        var ordered = merged.Select((d, i) => (d, i)).OrderBy(p => p.d.Span.Offset).ThenBy(p => p.i).Select(p => p.d).ToList();
        return new(_entries, _blocks, ordered, layouts);
    }
}
