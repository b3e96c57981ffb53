namespace ArticleParser.Lexing.Recognizers;

/// <summary>
/// Recognizes the glyphs a listing uses for layout rather than content: separator lines and the
/// bullets in front of headlines and teasers.
/// </summary>
internal static class Decoration
{
    /// <summary>Tells whether a line holds only separator glyphs: "-", "—", "*", "•", "* * *", "-----".</summary>
    public static bool IsSeparator(ReadOnlySpan<char> line)
    {
        if (line.Length > 80)
        {
            return false;
        }

        foreach (var c in line)
        {
            if (!(char.IsWhiteSpace(c) || IsSeparatorGlyph(c)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Measures a leading bullet and the space after it ("• ", "- ", "* ", "» "), or returns 0.</summary>
    public static int BulletLength(ReadOnlySpan<char> line)
    {
        if (line.Length < 3 || !IsBulletGlyph(line[0]) || !TextRules.IsOuterWhitespace(line[1]))
        {
            return 0;
        }

        var length = 1;
        while (length < line.Length && TextRules.IsOuterWhitespace(line[length]))
        {
            length++;
        }

        return length;
    }

    private static bool IsSeparatorGlyph(char c) =>
        c is '-' or '—' or '–' or '_' or '=' or '*' or '•' or '·' or '~' or '#' or '+' or '…' or '.' or '◆' or '◇' or '■' or '□' or '●' or '○' or '§' or '⁂' or '❧' or '|' or '/';

    private static bool IsBulletGlyph(char c) =>
        c is '•' or '·' or '*' or '-' or '–' or '—' or '»' or '›' or '>' or '▪' or '■' or '●' or '○' or '◦' or '→' or '‣' or '⁃' or '+';
}
