namespace ArticleParser;

/// <summary>
/// Lists the stable codes that <see cref="ListingDiagnostic.Code"/> can take.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>An image caption and/or headline that no teaser follows; its lines are kept as non-entry blocks.</summary>
    public const string HeadlineWithoutTeaser = "AP001";

    /// <summary>Text that starts no entry: the head of a paragraph too long to be caption and headline, or a teaser without a headline; kept as non-entry blocks.</summary>
    public const string StrayText = "AP002";

    /// <summary>More than one blank line between a headline and its teaser; the entry is still formed.</summary>
    public const string ExtraBlankLines = "AP003";

    /// <summary>The input holds no entry at all (it is empty, blank, or only non-entry text).</summary>
    public const string NoEntries = "AP004";

    /// <summary>An entry kept without a teaser because the line after its headline reads like the next entry's headline.</summary>
    public const string EntryWithoutTeaser = "AP005";

    /// <summary>An entry-shaped block on top of the listing that lacks the byline, date or read-more link every following entry has; kept as a page header.</summary>
    public const string PageHeader = "AP006";
}
