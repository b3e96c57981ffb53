namespace ArticleParser.Lexing;

/// <summary>
/// Holds the line tokens of one source text, in order.
/// </summary>
internal sealed class TokenList
{
    private LineToken[] _items;

    public TokenList(string source, int capacity)
    {
        Source = source;
        _items = new LineToken[Math.Max(capacity, 4)];
    }

    public string Source { get; }

    public int Count { get; private set; }

    public ref readonly LineToken this[int index] => ref _items[index];

    public void Add(in LineToken token)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = token;
    }
}
