namespace ArticleParser.Benchmarks.Baselines;

/// <summary>
/// The field-level rules of the listing format (README, "Lexical rules"), written out again for the
/// two benchmark baselines so that they depend on nothing inside the library.
/// </summary>
/// <remarks>
/// If the library changes one of these rules, <c>BenchmarkVariantTests</c> fails until the baselines follow:
/// the baselines must build exactly the records the library builds, or their timings compare different work.
/// </remarks>
public static class BaselineFieldRules
{
    /// <summary>The longest label text the library accepts between the brackets.</summary>
    private const int MaxLabelLength = 32;

    /// <summary>
    /// Tells whether a character is trimmed from the edges of a field: Unicode white space (tabs and
    /// no-break spaces included), the zero-width space U+200B and a stray BOM U+FEFF.
    /// </summary>
    /// <param name="c">The character to test.</param>
    /// <returns><see langword="true"/> when the character is outer whitespace.</returns>
    public static bool IsOuterWhitespace(char c) => char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF';

    /// <summary>Tells whether a teaser ends in <c>[…]</c>, <c>[...]</c>, <c>…</c> or <c>...</c>.</summary>
    /// <param name="teaser">The trimmed teaser text.</param>
    /// <returns><see langword="true"/> when the teaser is truncated.</returns>
    public static bool IsTruncated(ReadOnlySpan<char> teaser) =>
        teaser.EndsWith("…", StringComparison.Ordinal)
        || teaser.EndsWith("...", StringComparison.Ordinal)
        || teaser.EndsWith("[…]", StringComparison.Ordinal)
        || teaser.EndsWith("[...]", StringComparison.Ordinal);

    /// <summary>
    /// Reads the label of a headline such as <c>Video</c> from <c>[Video] Title</c>: a bracketed group of
    /// at most 32 characters at the very start, starting with a letter once trimmed, holding no second
    /// <c>[</c>, and followed by more headline text.
    /// </summary>
    /// <param name="headline">The trimmed headline text.</param>
    /// <returns>The label, or <see langword="null"/> when the headline has none.</returns>
    public static string? Label(ReadOnlySpan<char> headline)
    {
        if (headline.Length < 4 || headline[0] != '[')
        {
            return null;
        }

        var window = headline.Length < MaxLabelLength + 2 ? headline : headline[..(MaxLabelLength + 2)];
        var close = window.IndexOf(']');
        if (close < 2 || close == headline.Length - 1 || headline[(close + 1)..].IsWhiteSpace())
        {
            return null;
        }

        var inner = Trim(headline[1..close]);
        return inner.IsEmpty || !char.IsLetter(inner[0]) || inner.Contains('[') ? null : inner.ToString();
    }

    /// <summary>Cuts outer whitespace (see <see cref="IsOuterWhitespace"/>) from both ends of a span.</summary>
    /// <param name="text">The text to trim.</param>
    /// <returns>The trimmed span, empty when the text is all whitespace.</returns>
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> text)
    {
        var start = 0;
        while (start < text.Length && IsOuterWhitespace(text[start]))
        {
            start++;
        }

        var end = text.Length;
        while (end > start && IsOuterWhitespace(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }
}
