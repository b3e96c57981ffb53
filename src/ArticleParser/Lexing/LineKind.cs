namespace ArticleParser.Lexing;

/// <summary>
/// Classifies a physical line of input. The grammar sees only these kinds, never characters.
/// </summary>
internal enum LineKind : byte
{
    /// <summary>Past the last line; never stored in a token.</summary>
    End = 0,

    /// <summary>An empty line or one holding only whitespace.</summary>
    Blank = 1,

    /// <summary>Any other line: a caption, headline, teaser or unrecognized text, decided by the grammar.</summary>
    Text = 2,

    /// <summary>A byline and/or date line, or another per-entry fact ("Source: …", "12 min read").</summary>
    Meta = 3,

    /// <summary>A read-more link on a line of its own.</summary>
    ReadMore = 4,

    /// <summary>A line of separator glyphs.</summary>
    Separator = 5,

    /// <summary>Page chrome: section header, navigation, credit, promotion, contact, issue label.</summary>
    Chrome = 6,
}

/// <summary>
/// Records what the grammar learned about a text line's shape; computed on first use.
/// </summary>
internal enum LineShapeKind : byte
{
    Unknown = 0,
    Title = 1,
    Prose = 2,
}
