namespace ArticleParser.Html;

/// <summary>
/// Lists the stable codes of the diagnostics the HTML front end adds (<see cref="HtmlListingResult.Diagnostics"/>).
/// </summary>
public static class HtmlDiagnosticCodes
{
    /// <summary>The input is longer than <see cref="HtmlListingOptions.MaxInputLength"/>; the rest was cut off before parsing.</summary>
    public const string InputTooLarge = "AP201";

    /// <summary>Elements nest deeper than <see cref="HtmlListingOptions.MaxDepth"/>; the deeper subtrees were left out of the text.</summary>
    public const string TooDeep = "AP202";

    /// <summary>The character set named by <c>&lt;meta charset&gt;</c> is unknown; the stream was read with the fallback encoding.</summary>
    public const string UnknownCharset = "AP203";
}
