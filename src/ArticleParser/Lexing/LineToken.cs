namespace ArticleParser.Lexing;

/// <summary>
/// Describes one physical line by offsets into the source; it holds no text of its own so lexing allocates nothing per line.
/// </summary>
/// <remarks>
/// The outer range is the line without surrounding whitespace; the field range is what an entry
/// field takes from it, without a leading bullet or a glued read-more link.
/// </remarks>
internal struct LineToken
{
    public LineKind Kind;
    public ListingBlockKind ChromeKind;
    public LineShapeKind Shape;
    public int LineStart;
    public int OuterStart;
    public int OuterLength;
    public int FieldStart;
    public int FieldLength;
    public int LineNumber;

    public readonly int OuterEnd => OuterStart + OuterLength;

    public readonly int FieldEnd => FieldStart + FieldLength;

    public readonly int ColumnOf(int offset) => offset - LineStart + 1;
}
