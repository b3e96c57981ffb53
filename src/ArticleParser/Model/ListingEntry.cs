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
    // The fields most entries lack (label, byline, date, read-more link) live in one object, made only for an entry
    // that has one: a parse keeps every entry, and 72 bytes of empty slots each were a third of an entry's size.
    // Equality is unchanged: an entry without them holds none (see Extras.OrNull).
    private readonly Extras? _extras;

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
    /// <c>Reuters Title</c>, <c>github.com</c> in <c>Title (github.com)</c>; or of a section name glued after the entry's
    /// read-more link by a lost space (<c>Britain</c> in <c>Read moreBritain</c>, directly after <see cref="ReadMoreSpan"/>);
    /// or else of a kicker or section line that the page's template prints above the headline and that is no caption
    /// (<c>Cloud services</c> over <c>Cloud or your own rack?</c>), inside <see cref="Span"/>; <see langword="null"/> when there is none.
    /// </summary>
    public string? Label
    {
        get => _extras?.Label;
        init => _extras = ReferenceEquals(value, Label) ? _extras : Extras.OrNull((_extras ?? Extras.None) with { Label = value });
    }

    /// <summary>Gets the author named in a byline line (<c>By Name</c>, <c>Name | May 26, 2023</c>), without the "By" word.</summary>
    public string? Byline
    {
        get => _extras?.Byline;
        init => _extras = ReferenceEquals(value, Byline) ? _extras : Extras.OrNull((_extras ?? Extras.None) with { Byline = value });
    }

    /// <summary>Gets the publication date, if the entry has a date line.</summary>
    public ListingDate? Published
    {
        get => _extras?.Published;
        init => _extras = ReferenceEquals(value, Published) ? _extras : Extras.OrNull((_extras ?? Extras.None) with { Published = value });
    }

    /// <summary>Gets the read-more link text (<c>Read more</c>, <c>Weiterlesen …</c>), on its own line or glued to the teaser.</summary>
    public string? ReadMore
    {
        get => _extras?.ReadMore;
        init => _extras = ReferenceEquals(value, ReadMore) ? _extras : Extras.OrNull((_extras ?? Extras.None) with { ReadMore = value });
    }

    /// <summary>Gets the span from the entry's first line to its last: fields, metadata, read-more link and bullets.</summary>
    public required SourceSpan Span { get; init; }

    /// <summary>Gets where the image caption stands, if there is one.</summary>
    public SourceSpan? ImageCaptionSpan { get; init; }

    /// <summary>Gets where the headline stands.</summary>
    public required SourceSpan HeadlineSpan { get; init; }

    /// <summary>Gets where the teaser stands, if there is one.</summary>
    public SourceSpan? TeaserSpan { get; init; }

    /// <summary>Gets where the byline name stands, if there is one.</summary>
    public SourceSpan? BylineSpan
    {
        get => _extras?.BylineSpan;
        init => _extras = value == BylineSpan ? _extras : Extras.OrNull((_extras ?? Extras.None) with { BylineSpan = value });
    }

    /// <summary>Gets where the read-more link stands, if there is one.</summary>
    public SourceSpan? ReadMoreSpan
    {
        get => _extras?.ReadMoreSpan;
        init => _extras = value == ReadMoreSpan ? _extras : Extras.OrNull((_extras ?? Extras.None) with { ReadMoreSpan = value });
    }

    /// <summary>Holds the fields an entry seldom has; <see cref="None"/> is never stored.</summary>
    private sealed record Extras(string? Label, string? Byline, ListingDate? Published, string? ReadMore, SourceSpan? BylineSpan, SourceSpan? ReadMoreSpan)
    {
        public static readonly Extras None = new(null, null, null, null, null, null);

        public static Extras? OrNull(Extras extras) => extras == None ? null : extras;
    }
}
