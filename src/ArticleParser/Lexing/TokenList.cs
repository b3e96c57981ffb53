namespace ArticleParser.Lexing;

/// <summary>
/// Holds the line tokens of one source text (a whole input, or one window of a stream), in order.
/// </summary>
internal sealed class TokenList
{
    private LineToken[] _items;

    public TokenList(string source, int baseOffset, int capacity)
    {
        Source = source;
        BaseOffset = baseOffset;
        _items = new LineToken[Math.Max(capacity, 4)];
    }

    /// <summary>Gets the text the token offsets point into.</summary>
    public string Source { get; }

    /// <summary>Gets the offset of <see cref="Source"/>'s first character in the whole input (non-zero for stream windows).</summary>
    public int BaseOffset { get; }

    public int Count { get; private set; }

    /// <summary>Gets the line just past the last character (a new line when the text ends in a line break).</summary>
    public int EndLine { get; set; } = 1;

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
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = token;
    }

    public string Text(int start, int length) => Source.Substring(start, length);

    /// <summary>Returns the span of a range of the source, with offsets in the whole input.</summary>
    public SourceSpan Span(int start, int end, in LineToken line) =>
        new(BaseOffset + start, end - start, line.LineNumber, line.ColumnOf(start));
}
