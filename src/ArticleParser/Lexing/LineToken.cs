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
    public LineShapeKind Shape;
    private byte _chromeKind; // a byte, not the public int-sized enum: tokens are the bulk of the parser's own memory
    public int LineStart;
    public int OuterStart;
    public int OuterLength;
    public int FieldStart;
    public int FieldLength;
    public int LineNumber;

    /// <summary>For a blank token, the number of consecutive blank lines it stands for (the lexer merges runs).</summary>
    public int BlankLines;

    public ListingBlockKind ChromeKind
    {
        readonly get => (ListingBlockKind)_chromeKind;
        set => _chromeKind = (byte)value;
    }

    public readonly int OuterEnd => OuterStart + OuterLength;

    public readonly int FieldEnd => FieldStart + FieldLength;

    public readonly int ColumnOf(int offset) => offset - LineStart + 1;
}
