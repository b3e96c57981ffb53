namespace ArticleParser;

/// <summary>
/// Lists the stable codes that <see cref="ListingDiagnostic.Code"/> can take.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>An image caption and/or headline that no teaser follows; its lines are kept as non-entry blocks.</summary>
    public const string HeadlineWithoutTeaser = "AP001";

    /// <summary>A paragraph with more than two lines before a blank line; the lines before the caption and headline are kept as non-entry blocks.</summary>
    public const string ParagraphTooLong = "AP002";

    /// <summary>More than one blank line between a headline and its teaser; the entry is still formed.</summary>
    public const string ExtraBlankLines = "AP003";

    /// <summary>The input holds no entry at all (it is empty, blank, or only non-entry text).</summary>
    public const string NoEntries = "AP004";
}
