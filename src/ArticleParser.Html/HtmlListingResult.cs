namespace ArticleParser.Html;

/// <summary>
/// Holds what <see cref="HtmlListing"/> made of a page: the listing text, the document parsed from it,
/// the element each entry and each line came from, and the front end's own diagnostics.
/// </summary>
public sealed class HtmlListingResult
{
    internal HtmlListingResult(
        string text,
        ListingDocument document,
        IReadOnlyList<HtmlEntrySource> entrySources,
        IReadOnlyList<string?> lineSources,
        IReadOnlyList<ListingDiagnostic> diagnostics)
    {
        Text = text;
        Document = document;
        // Read-only wrappers: the result is immutable, even to a caller who casts the lists.
        EntrySources = entrySources.ToList().AsReadOnly();
        LineSources = lineSources.ToList().AsReadOnly();
        Diagnostics = diagnostics.ToList().AsReadOnly();
    }

    /// <summary>Gets the listing text the page was laid out as; every span of <see cref="Document"/> points into it.</summary>
    public string Text { get; }

    /// <summary>Gets the entries, non-entry blocks and diagnostics that <see cref="ListingParser"/> found in <see cref="Text"/>.</summary>
    public ListingDocument Document { get; }

    /// <summary>Gets, for each entry of <see cref="Document"/> at the same index, the element it came from.</summary>
    public IReadOnlyList<HtmlEntrySource> EntrySources { get; }

    /// <summary>Gets, for each line of <see cref="Text"/> (index 0 is line 1), the CSS path of the element it came from, or <see langword="null"/> for a blank line.</summary>
    public IReadOnlyList<string?> LineSources { get; }

    /// <summary>Gets what the HTML front end noticed (limits, character set); their spans point into the HTML input.</summary>
    public IReadOnlyList<ListingDiagnostic> Diagnostics { get; }
}
