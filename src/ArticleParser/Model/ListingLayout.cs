namespace ArticleParser;

/// <summary>
/// Describes a record template the parser inferred from a listing's repetition, and the part of the input it covers.
/// </summary>
public sealed record ListingLayout
{
    /// <summary>Gets the template in readable form, such as <c>caption? headline / teaser</c> or <c>byline/date / headline / teaser</c>: <c>/</c> stands for a blank line, a space for a line break.</summary>
    public required string Template { get; init; }

    /// <summary>Gets how many records the template matched.</summary>
    public required int Records { get; init; }

    /// <summary>Gets the span from the first matched record's first line to the last one's last line.</summary>
    public required SourceSpan Span { get; init; }
}
