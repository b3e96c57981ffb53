using System.Buffers;

namespace ArticleParser.Lexing;

/// <summary>
/// Holds the line tokens of one source text (a whole input, or one window of a stream), in order.
/// </summary>
/// <remarks>
/// The token array is rented from the shared pool and given back by <see cref="Release"/> once the
/// document is built: for a large input it is a large-object-heap array, and allocating one per parse
/// would cost a full garbage collection each time.
/// </remarks>
internal sealed class TokenList
{
    private LineToken[] _items;
    private List<MetaPart>? _metas;
    private HashSet<int>? _datesSought;

    public TokenList(SourceText source, int baseOffset, int capacity)
    {
        Source = source;
        BaseOffset = baseOffset;
        _items = ArrayPool<LineToken>.Shared.Rent(Math.Max(capacity, 4));
    }

    /// <summary>Gets a value indicating whether the lexer read metadata (<see cref="ListingParserOptions.RecognizeMetadata"/>).</summary>
    public bool Metadata { get; init; }

    /// <summary>Gets the text the token offsets point into.</summary>
    public SourceText Source { get; }

    /// <summary>Gets the offset of <see cref="Source"/>'s first character in the whole input (non-zero for stream windows).</summary>
    public int BaseOffset { get; }

    public int Count { get; private set; }

    /// <summary>Gets the line just past the last character (a new line when the text ends in a line break).</summary>
    public int EndLine { get; set; } = 1;

    /// <summary>
    /// Gets or sets the blank lines above the first line: <see cref="StartOfInput"/> where it opens the input, else 0, 1 or
    /// 2 (two or more), as a streaming window that starts mid-input knows from the window before it.
    /// </summary>
    public byte LeadingGap { get; set; } = StartOfInput;

    /// <summary>The <see cref="LeadingGap"/> of a first line that opens the input.</summary>
    public const byte StartOfInput = byte.MaxValue;

    /// <summary>Gets the 1-based column just past the last character.</summary>
    public int EndColumn { get; set; } = 1;

    /// <summary>Gets the offset in the whole input just past the tokenized text.</summary>
    public int EndOffset { get; set; }

    /// <summary>Gets or sets a value indicating whether tokenizing stopped before a line longer than the limit.</summary>
    public bool StoppedAtLongLine { get; set; }

    /// <summary>Returns an empty span at the end of the tokenized text.</summary>
    public SourceSpan EndSpan => new(EndOffset, 0, EndLine, EndColumn);

    public ref LineToken this[int index] => ref _items[index];

    public void Add(in LineToken token)
    {
        // A run of blank lines is one token: a million empty lines cost one token, not a million.
        if (token.Kind == LineKind.Blank && Count > 0 && _items[Count - 1].Kind == LineKind.Blank)
        {
            _items[Count - 1].BlankLines++;
            return;
        }

        if (Count == _items.Length)
        {
            var larger = ArrayPool<LineToken>.Shared.Rent(_items.Length * 2);
            Array.Copy(_items, larger, Count);
            ArrayPool<LineToken>.Shared.Return(_items);
            _items = larger;
        }

        _items[Count++] = token;
    }

    /// <summary>Gives the token array back to the pool; the list must not be used afterwards.</summary>
    public void Release()
    {
        var items = _items;
        _items = [];
        _metas = null;
        Count = 0;
        if (items.Length > 0)
        {
            ArrayPool<LineToken>.Shared.Return(items);
        }
    }

    public string Text(int start, int length) => Source.Substring(start, length);

    /// <summary>Returns a token's field text.</summary>
    public string Field(int index) => Source.Substring(_items[index].FieldStart, _items[index].FieldLength);

    /// <summary>Gets the field of token <paramref name="index"/> where it stands in the source, without a copy.</summary>
    public ReadOnlySpan<char> FieldSpan(int index) => Source.AsSpan(_items[index].FieldStart, _items[index].FieldLength);

    /// <summary>Tells whether a token's field is <paramref name="text"/>.</summary>
    public bool FieldIs(int index, string text) =>
        _items[index].FieldLength == text.Length && Source.AsSpan(_items[index].FieldStart, text.Length).SequenceEqual(text.AsSpan());

    /// <summary>Tells whether two tokens hold the same field text (a caption repeated as the headline).</summary>
    public bool SameField(int a, int b) =>
        Source.AsSpan(_items[a].FieldStart, _items[a].FieldLength).SequenceEqual(Source.AsSpan(_items[b].FieldStart, _items[b].FieldLength));

    /// <summary>Stores the byline and date ranges the lexer found on a line and returns the token's <see cref="LineToken.Meta"/> index.</summary>
    public int AddMeta(in MetaPart part)
    {
        _metas ??= [];
        _metas.Add(part);
        return _metas.Count;
    }

    /// <summary>
    /// Tells whether a title line holds a full date among its words (<see cref="Recognizers.MetaRecognizer.TryFindDate"/>),
    /// and records its range (<see cref="MetaPart.InText"/>) the first time it is asked. The lexer answers this on demand:
    /// only the lines of a slot that the layout stage may make a record's date line need it, and a year in a headline is
    /// common enough that reading every title line for a date would cost a tenth of the lexing. With <paramref
    /// name="amongFirstWords"/>, a line of any shape is read, its first <see cref="Recognizers.MetaRecognizer.MaxLength"/>
    /// characters only: a one-line record may print its date between headline and teaser.
    /// </summary>
    public bool HasDateInside(int index, bool amongFirstWords = false)
    {
        ref var token = ref _items[index];
        if (token.Meta > 0)
        {
            return MetaOf(token).InText;
        }

        if (!Metadata || token.Kind != LineKind.Text || token.Glued != GluedKind.None
            || !(amongFirstWords || token.Shape == LineShapeKind.Title) || !(_datesSought ??= []).Add(index))
        {
            return false;
        }

        var field = Source.AsSpan(token.FieldStart, Math.Min(token.FieldLength, Recognizers.MetaRecognizer.MaxLength));
        if (!Recognizers.MetaRecognizer.TryFindDate(field, out var date, out var day))
        {
            return false;
        }

        var (offset, length) = date.GetOffsetAndLength(field.Length);
        token.Meta = AddMeta(new MetaPart(-1, 0, token.FieldStart + offset, length, day) { InText = true });
        return true;
    }

    /// <summary>
    /// Finds a full date among the last <see cref="Recognizers.MetaRecognizer.MaxLength"/> characters of a title's text
    /// (a date the page prints after every headline, <see cref="Layout.HeadlineAffixes"/>): where it starts in
    /// <paramref name="field"/> and how long it is. The lexer answers this on demand, as it does <see cref="HasDateInside"/>:
    /// only the headlines of a template are asked.
    /// </summary>
    public static bool TryFindDateNearEnd(ReadOnlySpan<char> field, out int start, out int length, out Recognizers.CalendarDate? day)
    {
        var from = Math.Max(0, field.Length - Recognizers.MetaRecognizer.MaxLength);
        if (!Recognizers.MetaRecognizer.TryFindDate(field[from..], out var range, out day))
        {
            (start, length) = (0, 0);
            return false;
        }

        (start, length) = range.GetOffsetAndLength(field.Length - from);
        start += from;
        return true;
    }

    /// <summary>Returns the byline and date ranges recorded for a token, or an empty part.</summary>
    public MetaPart MetaOf(in LineToken token) => token.Meta > 0 ? _metas![token.Meta - 1] : MetaPart.None;

    /// <summary>Returns the span of a range of the source, with offsets in the whole input.</summary>
    public SourceSpan Span(int start, int end, in LineToken line) =>
        new(BaseOffset + start, end - start, line.LineNumber, line.ColumnOf(start));
}

/// <summary>
/// Holds the byline and date the lexer found on one line, and the label the layout stage cut off a headline, as
/// offsets into the token list's source (-1 when absent).
/// </summary>
internal readonly record struct MetaPart(int BylineStart, int BylineLength, int DateStart, int DateLength, Recognizers.CalendarDate? Date)
{
    public static MetaPart None { get; } = new(-1, 0, -1, 0, null);

    /// <summary>
    /// Gets the date's calendar day read day first where its numbers fit either order (<c>03/04/2024</c>) and the line
    /// alone cannot tell; <see cref="Date"/> is then null until the page's other dates decide (<see cref="Layout.DateOrder"/>).
    /// </summary>
    public Recognizers.CalendarDate? EitherOrder { get; init; }

    /// <summary>Gets the start of a badge or source cut off the headline (<see cref="Layout.HeadlineAffixes"/>), or -1.</summary>
    public int LabelStart { get; init; } = -1;

    public int LabelLength { get; init; }

    /// <summary>Gets the start of the teaser the layout stage parted from a one-line record's headline (<see cref="Layout.HeadlineSplit"/>), or -1.</summary>
    public int TeaserStart { get; init; } = -1;

    public int TeaserLength { get; init; }

    public bool HasTeaser => TeaserStart >= 0;

    /// <summary>Gets the start of a thumbnail's name or size glued before the line's field (<see cref="Recognizers.Decoration.GluedImageLength"/>), or -1.</summary>
    public int CaptionStart { get; init; } = -1;

    public int CaptionLength { get; init; }

    public bool HasCaption => CaptionStart >= 0;

    /// <summary>
    /// Gets a value indicating whether the date lies among a text line's own words, which keep it (<see
    /// cref="Recognizers.MetaRecognizer.TryFindDate"/>): it is the entry's date only on a line the layout stage gives no field.
    /// </summary>
    public bool InText { get; init; }

    /// <summary>For a line of a name and an office (<c>Name, office</c>), the name's length from the field's start; 0 otherwise.</summary>
    public int NameLength { get; init; }

    public bool HasByline => BylineStart >= 0;

    public bool HasDate => DateStart >= 0;

    public bool HasLabel => LabelStart >= 0;
}
