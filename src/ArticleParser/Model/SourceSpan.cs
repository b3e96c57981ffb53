using ArticleParser.Compat;
namespace ArticleParser;

/// <summary>
/// Locates a piece of text in the original input: a UTF-16 offset and length, plus the
/// 1-based line and column of its first character.
/// </summary>
/// <param name="Offset">The zero-based UTF-16 offset of the first character in the input.</param>
/// <param name="Length">The number of UTF-16 characters covered.</param>
/// <param name="Line">The 1-based line of the first character.</param>
/// <param name="Column">The 1-based column (in UTF-16 characters) of the first character.</param>
public readonly record struct SourceSpan(int Offset, int Length, int Line, int Column)
{
    /// <summary>Gets the offset just past the last covered character.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int End => Offset + Length;

    /// <summary>Returns the covered text of <paramref name="source"/>.</summary>
    /// <param name="source">The text this span was produced from.</param>
    /// <returns>The substring the span covers.</returns>
    public string Slice(string source)
    {
        SpanText.NotNull(source);
        return source.Substring(Offset, Length);
    }

    /// <summary>Formats the span as <c>line:column (offset+length)</c>.</summary>
    /// <returns>A short human-readable form of the span.</returns>
    public override string ToString() => $"{Line}:{Column} ({Offset}+{Length})";
}
