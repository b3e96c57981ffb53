namespace ArticleParser.Lexing.Recognizers;

/// <summary>
/// Decides from a line itself whether it reads like prose (a teaser) or like a title (a headline
/// or caption): its end punctuation, length, word count and how many of its words are capitalized.
/// </summary>
/// <remarks>
/// Position in the layout decides first; this score only settles what position cannot, such as a
/// listing without blank lines or an entry that lacks its teaser. Scripts without case count
/// as neutral on casing.
/// </remarks>
internal static class LineShape
{
    /// <summary>The score (in half points) from which a line reads as prose.</summary>
    public const int ProseThreshold = 4;

    /// <summary>Closing quotes, brackets and spaces that may follow a line's last punctuation mark.</summary>
    internal const string Closers = "\"”’'»)]* 」』）";

    private const int MaxAltTextLength = 40;

    public static bool IsProse(ReadOnlySpan<char> text) => Score(text) >= ProseThreshold;

    /// <summary>
    /// Scores how much a line reads like prose, in half points: <see cref="ProseThreshold"/> and up is prose. The page
    /// may move the score by its own line lengths (see <c>Layout.PageShape</c>), so the whole score is kept.
    /// </summary>
    public static int Score(ReadOnlySpan<char> text)
    {
        // Scores are in half points to keep the arithmetic integral.
        var score = 0;
        var end = text.TrimEnd(Closers);
        if (end.IsEmpty)
        {
            return 0;
        }

        if (EndsSentence(end))
        {
            score += 4;
        }
        else if (end[^1] is '!' or '?' or ':' or '！' or '？' or '：' or '؟')
        {
            score += 1;
        }

        var counts = WordScan.Count(text);

        // An ideograph or kana carries a word's worth of meaning: such text counts double, so that a Chinese
        // or Japanese paragraph measures like a Latin one.
        score += (text.Length + counts.Ideographs) switch
        {
            >= 140 => 4,
            >= 100 => 2,
            >= 70 => 1,
            < 35 => -2,
            _ => 0,
        };

        if (counts.Words >= 16)
        {
            score += 2;
        }

        var (lower, upper) = (counts.LowerStarts, counts.UpperStarts);
        if (lower + upper >= 3)
        {
            // Title Case Headlines capitalize nearly every long word; sentences capitalize few.
            if (lower * 2 > lower + upper)
            {
                score += 2;
            }
            else if (lower * 5 < lower + upper)
            {
                score -= 3;
            }
        }

        if (counts.SentenceBreaks > 0)
        {
            score += 2;
        }

        return score;
    }

    /// <summary>
    /// Tells whether a line ends in one full stop: a short sentence (a brief teaser) stays prose whatever the
    /// page, while a title cut short with an ellipsis ("…", "...") may lean to title like any other.
    /// </summary>
    public static bool EndsWithOneFullStop(ReadOnlySpan<char> text)
    {
        var end = text.TrimEnd(Closers);
        return end.Length >= 2 && end[^1] == '.' && end[^2] != '.';
    }

    /// <summary>Tells whether a line ends the way a sentence does (a full stop, an ellipsis, a comma or semicolon of a cut sentence), closing quotes and brackets aside.</summary>
    public static bool EndsSentence(ReadOnlySpan<char> text)
    {
        var end = text.TrimEnd(Closers);
        return !end.IsEmpty && (end[^1] is '.' or '…' or ',' or ';' or '。' or '．' or '｡' or '，' or '；' or '।' or '۔'
            || end.EndsWith("[…]", StringComparison.Ordinal));
    }

    /// <summary>Tells whether a title line reads like image alt text: short, with no colon, question or exclamation mark, no closing period.</summary>
    public static bool IsAltText(ReadOnlySpan<char> text) =>
        text.Length <= MaxAltTextLength && text.IndexOfAny(":?!") < 0 && text[^1] is not ('.' or '…');
}
