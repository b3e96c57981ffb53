namespace ArticleParser.Lexing.Recognizers;

/// <summary>
/// Reads digits of other scripts as the date and byline rules read ASCII ones: <c>मंगलबार, जेठ ६, २०८२</c> (Devanagari),
/// <c>১২ জুন ২০২৫</c> (Bengali), <c>١٤ مارس ٢٠٢٥</c> (Arabic-Indic) are dates as <c>6, 2082</c> is.
/// </summary>
/// <remarks>
/// A line that holds such a digit is folded into a copy of the same length with each decimal digit replaced by its ASCII
/// one, and the rules run on the copy: the ranges they return hold for the line itself. Lines of ASCII text, most of a
/// listing, are told apart by one scan.
/// </remarks>
internal static class NativeDigits
{
    /// <summary>Tells whether a line holds a decimal digit outside ASCII.</summary>
    public static bool Has(ReadOnlySpan<char> line)
    {
#if NET8_0_OR_GREATER
        var first = line.IndexOfAnyExceptInRange('\0', '\u007F');
        if (first < 0)
        {
            return false;
        }

        line = line[first..];
#endif
        foreach (var c in line)
        {
            if (c > '\u007F' && char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Copies <paramref name="line"/> into <paramref name="buffer"/> with every decimal digit made ASCII, and returns the copy.</summary>
    public static ReadOnlySpan<char> Fold(ReadOnlySpan<char> line, Span<char> buffer)
    {
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            buffer[i] = c > '\u007F' && char.IsDigit(c) ? (char)('0' + (int)char.GetNumericValue(c)) : c;
        }

        return buffer[..line.Length];
    }
}
