namespace ArticleParser.Lexing;

/// <summary>
/// Holds the text that token offsets point into: a string, or the filled part of a pooled buffer that a whole reader
/// was read into.
/// </summary>
/// <remarks>
/// <c>Parse(TextReader)</c> and <c>Parse(Stream)</c> parse the buffer they read into rather than a string made from it:
/// the text of a 1 MB listing is a large-object-heap string, and one per parse brought a full collection every few
/// parses. Only the fields a document keeps become strings. Over a buffer, nothing may keep this object or a span of it
/// past the parse: the reader gives the buffer back to the pool then.
/// </remarks>
internal sealed class SourceText
{
    private readonly string? _string;
    private readonly char[]? _buffer;

    public SourceText(string text)
    {
        _string = text;
        Length = text.Length;
    }

    public SourceText(char[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
    }

    public int Length { get; }

    public char this[int index] => AsSpan()[index];

    public static implicit operator SourceText(string text) => new(text);

    public ReadOnlySpan<char> AsSpan() => _string is not null ? _string.AsSpan() : new ReadOnlySpan<char>(_buffer, 0, Length);

    public ReadOnlySpan<char> AsSpan(int start) => AsSpan().Slice(start);

    public ReadOnlySpan<char> AsSpan(int start, int length) => AsSpan().Slice(start, length);

    /// <summary>Returns the characters from <paramref name="start"/> as a string (of the source string, as <see cref="string.Substring(int, int)"/> does).</summary>
    public string Substring(int start, int length) => _string is not null ? _string.Substring(start, length) : new string(_buffer!, start, length);

    /// <summary>Returns the whole text as a string: the source string itself, or a copy of the buffer's text.</summary>
    public override string ToString() => _string ?? new string(_buffer!, 0, Length);
}
