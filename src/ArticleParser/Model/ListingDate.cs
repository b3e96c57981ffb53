namespace ArticleParser;

/// <summary>
/// Holds a publication date as written in the listing, and its calendar date when that is unambiguous.
/// </summary>
public sealed record ListingDate
{
    /// <summary>Gets the date as written, such as <c>May 26, 2023</c> or <c>3 mars 2023 - 10:15</c>.</summary>
    public required string Text { get; init; }

#if NET6_0_OR_GREATER
    /// <summary>Gets the calendar date, or <see langword="null"/> when the text is relative ("3 hours ago"), partial, or ambiguous ("07/03/17"). Not on .NET Standard 2.0, which has no <c>DateOnly</c>.</summary>
    public DateOnly? Date { get; init; }
#endif

    /// <summary>Gets where the date text stands.</summary>
    public required SourceSpan Span { get; init; }
}
