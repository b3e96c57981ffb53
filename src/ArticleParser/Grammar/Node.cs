namespace ArticleParser.Grammar;

/// <summary>
/// Names what a <see cref="Node"/> of the parsed listing is.
/// </summary>
internal enum NodeKind : byte
{
    /// <summary>One or more blank lines between blocks.</summary>
    Blank,

    /// <summary>An entry: optional caption, headline, gap, teaser.</summary>
    Entry,

    /// <summary>One or two lines shaped like a caption and headline that no teaser follows.</summary>
    HeadlineWithoutTeaser,

    /// <summary>A line that starts no entry: the head of a paragraph too long to be caption and headline.</summary>
    StrayLine,
}

/// <summary>
/// Records one block of the listing as token indexes; the builder turns it into records.
/// </summary>
/// <param name="Kind">What the block is.</param>
/// <param name="First">The index of the block's first token.</param>
/// <param name="Count">How many tokens the header (or the whole block, for non-entries) spans.</param>
/// <param name="GapLines">For entries, the number of blank lines between headline and teaser.</param>
/// <param name="Teaser">For entries, the index of the teaser token; otherwise -1.</param>
internal readonly record struct Node(NodeKind Kind, int First, int Count, int GapLines = 0, int Teaser = -1)
{
    public int Last => Kind == NodeKind.Entry ? Teaser : First + Count - 1;
}

/// <summary>
/// Names a run of consecutive tokens by its first index and length.
/// </summary>
internal readonly record struct TokenRun(int First, int Count);
