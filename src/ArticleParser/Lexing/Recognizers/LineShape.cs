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
    private const string Closers = "\"”’'»)]* 」』）";

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

        // A line that ends in one full stop is never leaned by the page (see EndsWithOneFullStop): when the word
        // scan below (-3 to +6) cannot make it a title, it is prose whatever its words.
        if (score - 3 >= ProseThreshold && EndsWithOneFullStop(end))
        {
            return score;
        }

        // One pass: count words, and among words of four letters or more, how many start lower- or
        // upper-case. ASCII is decided by comparisons; other characters ask the Unicode tables.
        var words = 0;
        var lower = 0;
        var upper = 0;
        var sentenceBreaks = 0;
        var wordLength = 0;
        var firstIsLower = false;
        var firstIsUpper = false;
        var ideographs = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            bool isLetter, isLower, isUpper;
            if (c < 128)
            {
                isLower = c is >= 'a' and <= 'z';
                isUpper = c is >= 'A' and <= 'Z';
                isLetter = isLower || isUpper;
            }
            else
            {
                ideographs += c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') ? 1 : 0;
                isLetter = char.IsLetter(c);
                isLower = isLetter && char.IsLower(c);
                isUpper = isLetter && char.IsUpper(c);
            }

            if (isLetter)
            {
                if (wordLength == 0)
                {
                    words++;
                    firstIsLower = isLower;
                    firstIsUpper = isUpper;
                }

                wordLength++;
                continue;
            }

            if (wordLength >= 4)
            {
                lower += firstIsLower ? 1 : 0;
                upper += firstIsUpper ? 1 : 0;
            }

            wordLength = 0;
            if ((c == ' ' || (c >= 128 && char.IsWhiteSpace(c))) && i > 1 && text[i - 1] is '.' or '!' or '?'
                && (text[i - 2] is >= 'a' and <= 'z' || (text[i - 2] >= 128 && char.IsLower(text[i - 2]))))
            {
                sentenceBreaks++;
            }
            else if (c is '。' or '！' or '？' && i + 1 < text.Length && Closers.IndexOf(text[i + 1]) < 0)
            {
                sentenceBreaks++; // scripts without spaces end a sentence inside the line with a full-width mark
            }
        }

        // An ideograph or kana carries a word's worth of meaning: such text counts double, so that a Chinese
        // or Japanese paragraph measures like a Latin one.
        score += (text.Length + ideographs) switch
        {
            >= 140 => 4,
            >= 100 => 2,
            >= 70 => 1,
            < 35 => -2,
            _ => 0,
        };

        if (words >= 16)
        {
            score += 2;
        }

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

        if (sentenceBreaks > 0)
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
