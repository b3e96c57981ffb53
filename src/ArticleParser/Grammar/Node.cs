namespace ArticleParser.Grammar;

/// <summary>
/// Names what a <see cref="Node"/> of the parsed listing is.
/// </summary>
internal enum NodeKind : byte
{
    /// <summary>One or more blank lines between blocks.</summary>
    Blank,

    /// <summary>An entry: optional caption, headline, metadata, teaser, read-more link.</summary>
    Entry,

    /// <summary>One or two lines shaped like a caption and headline that no teaser or entry follows.</summary>
    HeadlineWithoutTeaser,

    /// <summary>A text line that starts no entry.</summary>
    StrayLine,

    /// <summary>An entry-shaped block above the entries that lacks what all of them have: the page's title and description.</summary>
    PageHeader,

    /// <summary>A line the lexer recognized as chrome, separator, metadata or read-more that belongs to no entry.</summary>
    Recognized,
}

/// <summary>
/// Records one block of the listing as token indexes; the builder turns it into records.
/// </summary>
internal readonly record struct Node(NodeKind Kind, int First, int Last)
{
    public int Caption { get; init; } = -1;

    public int Headline { get; init; } = -1;

    public int Teaser { get; init; } = -1;

    // Two bytes, not four: with them the node is 32 bytes, and an entry's result 64 instead of 72.
    private readonly ushort _gapLines;

    /// <summary>
    /// Gets, for the local rules, the longest run of blank lines between the headline and the teaser, up to 65,535
    /// (the rules only ask whether there is one).
    /// </summary>
    public int GapLines
    {
        get => _gapLines;
        init => _gapLines = (ushort)Math.Min(value, ushort.MaxValue);
    }

    /// <summary>Gets a value indicating whether an entry has neither teaser nor metadata and was kept because another entry follows it.</summary>
    public bool Teaserless { get; init; }

    /// <summary>Gets, for a page header, what the entries after it have and it lacks.</summary>
    public string? Missing { get; init; }
}

/// <summary>
/// Names a run of consecutive tokens by its first index and length.
/// </summary>
internal readonly record struct TokenRun(int First, int Count)
{
    public int End => First + Count;
}

/// <summary>
/// Summarizes the blank and metadata lines between a headline and what follows it.
/// </summary>
internal readonly record struct Gap(int First, int End, int Blanks, int Metas, int LongestBlankRun);
