namespace ArticleParser.Lexing;

/// <summary>
/// Describes one physical line by offsets into the source; it holds no text of its own so lexing allocates nothing per line.
/// </summary>
/// <param name="Kind">What the lexer recognized the line as.</param>
/// <param name="LineStart">The offset of the line's first character (after a BOM on line 1).</param>
/// <param name="ContentStart">The offset of the first character that is not outer whitespace.</param>
/// <param name="ContentLength">The length of the content without outer whitespace; zero for blank lines.</param>
/// <param name="LineNumber">The 1-based line number.</param>
internal readonly record struct LineToken(LineKind Kind, int LineStart, int ContentStart, int ContentLength, int LineNumber)
{
    public int ContentEnd => ContentStart + ContentLength;

    public int Column => ContentStart - LineStart + 1;

    public SourceSpan Span => new(ContentStart, ContentLength, LineNumber, Column);
}
