namespace ArticleParser;

/// <summary>
/// Classifies a <see cref="ListingBlock"/>, a line that belongs to no entry.
/// </summary>
public enum ListingBlockKind
{
    /// <summary>Text that forms no entry and is not recognized as page chrome: an orphan line, stray text.</summary>
    Text = 0,

    /// <summary>A line of separator glyphs such as <c>-</c>, <c>—</c> or <c>* * *</c>, or a Markdown image without alt text (<c>![](url)</c>).</summary>
    Separator,

    /// <summary>A section header such as <c>Latest articles</c> or <c>Featured</c>.</summary>
    SectionHeader,

    /// <summary>Navigation: pagination (<c>Previous</c>, <c>Page 3 of 9</c>, <c>1 2 3 … 9</c>), <c>View all</c>, share links.</summary>
    Navigation,

    /// <summary>An issue label such as <c>Issue #1234</c>.</summary>
    IssueLabel,

    /// <summary>A photo or image credit such as <c>© …</c> or <c>Photo: …</c>.</summary>
    Credit,

    /// <summary>A donation, subscription or newsletter appeal.</summary>
    Promotion,

    /// <summary>A contact line such as <c>Contact us …</c>.</summary>
    Contact,

    /// <summary>A byline or date line that belongs to no entry.</summary>
    Metadata,

    /// <summary>A read-more link that belongs to no entry.</summary>
    ReadMore,
}
