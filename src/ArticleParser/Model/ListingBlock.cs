namespace ArticleParser;

/// <summary>
/// Holds one line of input that belongs to no entry: page chrome, an orphan caption or headline, stray text.
/// </summary>
public sealed record ListingBlock
{
    /// <summary>Gets what kind of non-entry text this is.</summary>
    public required ListingBlockKind Kind { get; init; }

    /// <summary>Gets the line's text, trimmed of outer whitespace.</summary>
    public required string Text { get; init; }

    /// <summary>Gets where the trimmed text stands in the input.</summary>
    public required SourceSpan Span { get; init; }
}
