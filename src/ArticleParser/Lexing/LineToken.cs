namespace ArticleParser.Lexing;

/// <summary>
/// Describes one physical line by offsets into the source; it holds no text of its own so lexing allocates nothing per line.
/// </summary>
/// <remarks>
/// The outer range is the line without surrounding whitespace; the field range is what an entry
/// field takes from it, without a leading bullet or a glued part (<see cref="Glued"/> says which).
/// What the lexer recognised travels with the token, so no later stage runs a recognizer again:
/// the shape of a text line, the byline and date ranges of a metadata line (in the token list's
/// side table, <see cref="TokenList.MetaOf"/>), and the role the layout stage gives the line.
/// </remarks>
internal struct LineToken
{
    public LineKind Kind;
    public LineShapeKind Shape;
    public GluedKind Glued;
    public LineFlags Flags;
    public LineRole Role;
    private byte _chromeKind; // a byte, not the public int-sized enum: tokens are the bulk of the parser's own memory
    public LineMarks Marks; // in what would be padding: the token stays 40 bytes

    /// <summary>For a text line, how much it reads like prose by itself (<see cref="Recognizers.LineShape.Score"/>); <see cref="Shape"/> may add the page's view.</summary>
    public sbyte ShapeScore;
    public int LineStart;
    public int OuterStart;
    public int OuterLength;
    public int FieldStart;
    public int FieldLength;
    public int LineNumber;

    /// <summary>For a blank token, the number of consecutive blank lines it stands for (the lexer merges runs).</summary>
    public int BlankLines;

    /// <summary>The 1-based index of this line's byline and date ranges in <see cref="TokenList.MetaOf"/>'s table; 0 for none.</summary>
    public int Meta;

    public ListingBlockKind ChromeKind
    {
        readonly get => (ListingBlockKind)_chromeKind;
        set => _chromeKind = (byte)value;
    }

    public readonly int OuterEnd => OuterStart + OuterLength;

    public readonly int FieldEnd => FieldStart + FieldLength;

    public readonly bool IsProse => Shape == LineShapeKind.Prose;

    public readonly bool Has(LineFlags flag) => (Flags & flag) != 0;

    public readonly int ColumnOf(int offset) => offset - LineStart + 1;
}
