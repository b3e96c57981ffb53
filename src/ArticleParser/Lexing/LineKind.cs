namespace ArticleParser.Lexing;

/// <summary>
/// Classifies a physical line of input. The grammar sees only these kinds, never characters.
/// </summary>
internal enum LineKind : byte
{
    /// <summary>An empty line or one holding only whitespace.</summary>
    Blank = 1,

    /// <summary>Any other line: a caption, headline, teaser or page chrome, decided by the grammar.</summary>
    Text = 2,
}
