using System.Text;

namespace ArticleParser.Html;

/// <summary>
/// Holds the settings of <see cref="HtmlListing"/>: the limits on hostile input, the fallback character set,
/// and the options of the listing parser that reads the produced text.
/// </summary>
public sealed record HtmlListingOptions
{
    /// <summary>Gets the options used when none are given.</summary>
    public static HtmlListingOptions Default { get; } = new();

    /// <summary>
    /// Gets the largest input read, in characters of a string or bytes of a stream (default 16 Mi);
    /// past it the rest is cut off with an <c>AP201</c> warning.
    /// </summary>
    public int MaxInputLength { get; init; } = 16 * 1024 * 1024;

    /// <summary>
    /// Gets the deepest element nesting converted to text (default 256, at most 4096); deeper subtrees are
    /// left out with an <c>AP202</c> warning.
    /// </summary>
    public int MaxDepth { get; init; } = 256;

    /// <summary>
    /// Gets the character set of a stream that has neither a byte order mark nor a <c>&lt;meta charset&gt;</c>
    /// (default: UTF-8).
    /// </summary>
    public Encoding? FallbackEncoding { get; init; }

    /// <summary>Gets the options of the listing parser that reads the produced text (default: <see cref="ListingParserOptions.Default"/>).</summary>
    public ListingParserOptions? ParserOptions { get; init; }
}
