namespace ArticleParser.Building;

/// <summary>
/// Receives what the builder produces, in document order: a list for <c>Parse</c>, an iterator and callbacks for streaming.
/// </summary>
internal interface IListingSink
{
    void OnEntry(ListingEntry entry);

    void OnBlock(ListingBlock block);

    void OnDiagnostic(ListingDiagnostic diagnostic);
}
