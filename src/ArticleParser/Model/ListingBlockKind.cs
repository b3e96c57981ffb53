namespace ArticleParser;

/// <summary>
/// Classifies a <see cref="ListingBlock"/>, a piece of text that belongs to no entry.
/// </summary>
public enum ListingBlockKind
{
    /// <summary>Text that forms no entry and is not recognized as a particular kind of page chrome.</summary>
    Text = 0,
}
