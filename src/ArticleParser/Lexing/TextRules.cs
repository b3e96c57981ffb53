namespace ArticleParser.Lexing;

/// <summary>
/// Holds the small character- and field-level rules of the format.
/// </summary>
internal static class TextRules
{
    private const int MaxLabelLength = 32;

    private static readonly string[] TruncationMarkers = ["[…]", "[...]", "…", "..."];

    /// <summary>
    /// Tells whether a character is trimmed from the edges of a field: Unicode white space
    /// (tabs, no-break spaces included) plus the zero-width space and a stray BOM.
    /// </summary>
    public static bool IsOuterWhitespace(char c) => char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF';

    /// <summary>Tells whether a character is a kana or CJK ideograph, which a line sets twice as wide as a letter and which says as much as a word of letters.</summary>
    public static bool IsWide(char c) => c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');

    /// <summary>Measures a text as it is set: its length, each <see cref="IsWide"/> character counted twice (a paragraph of 50 kanji runs as long as one of 100 letters).</summary>
    public static int Width(ReadOnlySpan<char> text)
    {
        var width = text.Length;
        foreach (var c in text)
        {
            width += IsWide(c) ? 1 : 0;
        }

        return width;
    }

    /// <summary>Tells whether a character is a control character the parser reports (AP105): C0 but tab, line feed, vertical tab, form feed and carriage return, or DEL.</summary>
    public static bool IsControl(char c) => (c < ' ' && c is not ('\t' or '\n' or '\v' or '\f' or '\r')) || c == '\u007F';

    /// <summary>Tells whether a text holds only <see cref="IsControl"/> and <see cref="IsOuterWhitespace"/> characters: no letter, digit or mark of its own.</summary>
    public static bool OnlyControls(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!(IsControl(c) || IsOuterWhitespace(c)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Cuts <see cref="IsOuterWhitespace"/> characters from the start of a field.</summary>
    public static ReadOnlySpan<char> TrimOuterStart(ReadOnlySpan<char> field)
    {
        var start = 0;
        while (start < field.Length && IsOuterWhitespace(field[start]))
        {
            start++;
        }

        return field[start..];
    }

    /// <summary>Cuts <see cref="IsOuterWhitespace"/> characters from the end of a field.</summary>
    public static ReadOnlySpan<char> TrimOuterEnd(ReadOnlySpan<char> field)
    {
        var end = field.Length;
        while (end > 0 && IsOuterWhitespace(field[end - 1]))
        {
            end--;
        }

        return field[..end];
    }

    /// <summary>Cuts <see cref="IsOuterWhitespace"/> characters from both edges of a field.</summary>
    public static ReadOnlySpan<char> TrimOuter(ReadOnlySpan<char> field) => TrimOuterEnd(TrimOuterStart(field));

    public static bool EndsWithTruncationMarker(ReadOnlySpan<char> teaser)
    {
        foreach (var marker in TruncationMarkers)
        {
            if (teaser.EndsWith(marker, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Finds a bracketed label at the start of a headline, such as <c>[Video]</c>: a short bracketed
    /// word group followed by more headline text.
    /// </summary>
    public static bool TryGetLabel(ReadOnlySpan<char> headline, out Range label)
    {
        label = default;
        if (headline.Length < 4 || headline[0] != '[')
        {
            return false;
        }

        var close = headline[..Math.Min(headline.Length, MaxLabelLength + 2)].IndexOf(']');
        if (close < 2 || close == headline.Length - 1)
        {
            return false;
        }

        var start = 1;
        var end = close;
        while (start < end && IsOuterWhitespace(headline[start]))
        {
            start++;
        }

        while (end > start && IsOuterWhitespace(headline[end - 1]))
        {
            end--;
        }

        var inner = headline[start..end];
        if (inner.IsEmpty || inner.IndexOf('[') >= 0 || !char.IsLetter(inner[0]) || headline[(close + 1)..].IsWhiteSpace())
        {
            return false;
        }

        label = start..end;
        return true;
    }
}
