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

    /// <summary>The input holds no entry at all (it is empty, blank, or only non-entry text); a page that is no listing reports <see cref="NotAListing"/> instead.</summary>
    public const string NoEntries = "AP004";

    /// <summary>An entry kept without a teaser because the line after its headline reads like the next entry's headline.</summary>
    public const string EntryWithoutTeaser = "AP005";

    /// <summary>An entry-shaped block on top of the listing that lacks the byline, date or read-more link every following entry has; kept as a page header.</summary>
    public const string PageHeader = "AP006";

    /// <summary>The page is no listing: it asks questions each answered under it (an FAQ, whether or not a template repeats), or it repeats no record template and reads as prose (an article, an about page, an appeal), as a letter (it closes with a formula such as "Yours sincerely,") or as an interview (its lines opened by a dash of dialogue), or is long enough to show one and is not in the headline / blank line / teaser format either (a forum thread, a post): no entries were formed, and this one diagnostic stands for all its lines.</summary>
    public const string NotAListing = "AP007";

    /// <summary>The text looks hard-wrapped: lines run on into the line under them, so a paragraph stands on several lines and entries may be cut wrongly; the parse goes on.</summary>
    public const string HardWrappedText = "AP008";

    /// <summary>The input is longer than <see cref="ListingParserOptions.MaxInputLength"/>; parsing stopped at the last line break before the limit.</summary>
    public const string InputTooLong = "AP101";

    /// <summary>A line is longer than <see cref="ListingParserOptions.MaxLineLength"/>; parsing stopped at the start of that line.</summary>
    public const string LineTooLong = "AP102";

    /// <summary>Bytes that are not valid UTF-8; each invalid sequence became U+FFFD (reported with its byte offset).</summary>
    public const string InvalidEncoding = "AP103";

    /// <summary>The input is not text (NUL characters where text has none, such as a binary, UTF-16 without a BOM or UTF-32), reported alone at the first NUL; nothing was parsed.</summary>
    public const string NotText = "AP104";

    /// <summary>A control character (C0 but tab, line feed, vertical tab, form feed and carriage return, or DEL) in the text; it is kept and may reach a field. The first five are reported one by one, the rest counted into one warning.</summary>
    public const string ControlCharacter = "AP105";
}
