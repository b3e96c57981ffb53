namespace ArticleParser;

/// <summary>
/// Represents one article of a listing: an optional image caption, the headline and the teaser,
/// each with the span it was read from.
/// </summary>
/// <remarks>
/// Every text is an exact substring of the input, trimmed of outer whitespace. Lines between the
/// fields that are no field (blank lines, bullets, a second metadata line) belong to the entry's
/// <see cref="Span"/>, so nothing of the input is lost.
/// </remarks>
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

    /// <summary>
    /// Gets the text of a bracketed headline prefix such as <c>Video</c> in <c>[Video] Title</c>, or of a badge or source
    /// that the page glues to most of its headlines and that is no part of the headline: <c>Reuters</c> in
    /// <c>Reuters Title</c>, <c>github.com</c> in <c>Title (github.com)</c>; <see langword="null"/> when there is none.
    /// </summary>
    public string? Label { get; init; }

    /// <summary>Gets the author named in a byline line (<c>By Name</c>, <c>Name | May 26, 2023</c>), without the "By" word.</summary>
    public string? Byline { get; init; }

    /// <summary>Gets the publication date, if the entry has a date line.</summary>
    public ListingDate? Published { get; init; }

    /// <summary>Gets the read-more link text (<c>Read more</c>, <c>Weiterlesen …</c>), on its own line or glued to the teaser.</summary>
    public string? ReadMore { get; init; }

    /// <summary>Gets the span from the entry's first line to its last: fields, metadata, read-more link and bullets.</summary>
    public required SourceSpan Span { get; init; }

    /// <summary>Gets where the image caption stands, if there is one.</summary>
    public SourceSpan? ImageCaptionSpan { get; init; }

    /// <summary>Gets where the headline stands.</summary>
    public required SourceSpan HeadlineSpan { get; init; }

    /// <summary>Gets where the teaser stands, if there is one.</summary>
    public SourceSpan? TeaserSpan { get; init; }

    /// <summary>Gets where the byline name stands, if there is one.</summary>
    public SourceSpan? BylineSpan { get; init; }

    /// <summary>Gets where the read-more link stands, if there is one.</summary>
    public SourceSpan? ReadMoreSpan { get; init; }
}
