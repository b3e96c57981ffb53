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
    private const int ProseThreshold = 4;

    public static bool IsProse(ReadOnlySpan<char> text)
    {
        // Scores are in half points to keep the arithmetic integral.
        var score = 0;
        var end = text.TrimEnd("\"”’'»)]* ");
        if (end.IsEmpty)
        {
            return false;
        }

        var last = end[^1];
        if (last is '.' or '…' or ',' or ';' || end.EndsWith("[…]", StringComparison.Ordinal))
        {
            score += 4;
        }
        else if (last is '!' or '?' or ':')
        {
            score += 1;
        }

        score += text.Length switch
        {
            >= 140 => 4,
            >= 100 => 2,
            >= 70 => 1,
            < 35 => -2,
            _ => 0,
        };

        var words = 0;
        var lower = 0;
        var upper = 0;
        var sentenceBreaks = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                if (!inWord)
                {
                    words++;
                    inWord = true;
                    var length = WordLength(text, i);
                    if (length >= 4)
                    {
                        if (char.IsLower(c))
                        {
                            lower++;
                        }
                        else if (char.IsUpper(c))
                        {
                            upper++;
                        }
                    }
                }
            }
            else if (char.IsWhiteSpace(c))
            {
                inWord = false;
                if (i > 1 && text[i - 1] is '.' or '!' or '?' && char.IsLower(text[i - 2]))
                {
                    sentenceBreaks++;
                }
            }
        }

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

        return score >= ProseThreshold;
    }

    private static int WordLength(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        return i - start;
    }
}
