namespace ArticleParser.Building;

/// <summary>
/// Collects everything the builder produces into the lists of a <see cref="ListingDocument"/>.
/// </summary>
internal sealed class DocumentSink(int expectedEntries) : IListingSink
{
    private readonly List<ListingEntry> _entries = new(expectedEntries);
    private readonly List<ListingBlock> _blocks = [];
    private readonly List<ListingDiagnostic> _diagnostics = [];

    public void OnEntry(ListingEntry entry) => _entries.Add(entry);

    public void OnBlock(ListingBlock block) => _blocks.Add(block);

    public void OnDiagnostic(ListingDiagnostic diagnostic) => _diagnostics.Add(diagnostic);

    public ListingDocument ToDocument() => new(_entries, _blocks, _diagnostics);
}
