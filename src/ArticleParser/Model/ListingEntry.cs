namespace ArticleParser;

/// <summary>
/// Represents one article of a listing: an optional image caption, the headline and the teaser,
/// each with the span it was read from.
/// </summary>
/// <remarks>Every text is an exact substring of the input, trimmed of outer whitespace.</remarks>
public sealed record ListingEntry
{
    /// <summary>Gets the thumbnail's alt text that stood on the line above the headline, if any.</summary>
    public string? ImageCaption { get; init; }

    /// <summary>Gets the headline, including any bracketed label such as <c>[Video]</c>.</summary>
    public required string Headline { get; init; }

    /// <summary>Gets the teaser paragraph, including a truncation marker such as <c>[…]</c>, if the entry has one.</summary>
    public string? Teaser { get; init; }

    /// <summary>Gets a value indicating whether the teaser ends in <c>[…]</c>, <c>[...]</c>, <c>…</c> or <c>...</c>.</summary>
    public bool IsTeaserTruncated { get; init; }

    /// <summary>Gets the text of a bracketed headline prefix such as <c>Video</c> in <c>[Video] Title</c>, if any.</summary>
    public string? Label { get; init; }

    /// <summary>Gets the span from the first character of the entry's first field to the last character of its last field.</summary>
    public required SourceSpan Span { get; init; }

    /// <summary>Gets where the image caption stands, if there is one.</summary>
    public SourceSpan? ImageCaptionSpan { get; init; }

    /// <summary>Gets where the headline stands.</summary>
    public required SourceSpan HeadlineSpan { get; init; }

    /// <summary>Gets where the teaser stands, if there is one.</summary>
    public SourceSpan? TeaserSpan { get; init; }
}
