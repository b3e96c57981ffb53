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

    /// <summary>Measures a leading bullet and the space after it ("• ", "- ", "* ", "» ", a list number "12. "), or returns 0.</summary>
    public static int BulletLength(ReadOnlySpan<char> line) => BulletLength(line, out _);

    /// <summary>Measures a leading bullet as <see cref="BulletLength(ReadOnlySpan{char})"/> does, and tells whether it is a list number (which may also be a date's day, "26. Nov.").</summary>
    public static int BulletLength(ReadOnlySpan<char> line, out bool number)
    {
        number = !(line.Length >= 3 && IsBulletGlyph(line[0]));
        var glyph = number ? ListNumberLength(line) : 1;
        if (glyph == 0 || glyph >= line.Length - 1 || !TextRules.IsOuterWhitespace(line[glyph]))
        {
            return 0;
        }

        var length = glyph;
        while (length < line.Length && TextRules.IsOuterWhitespace(line[length]))
        {
            length++;
        }

        return length;
    }

    /// <summary>Measures a list number, one to three digits and a period ("1.", "12."), or returns 0.</summary>
    private static int ListNumberLength(ReadOnlySpan<char> line)
    {
        var digits = 0;
        while (digits < line.Length && digits < 4 && line[digits] is >= '0' and <= '9')
        {
            digits++;
        }

        return digits is >= 1 and <= 3 && digits + 2 < line.Length && line[digits] == '.' ? digits + 1 : 0;
    }

    private static bool IsSeparatorGlyph(char c) =>
        c is '-' or '—' or '–' or '_' or '=' or '*' or '•' or '·' or '~' or '#' or '+' or '…' or '.' or '◆' or '◇' or '■' or '□' or '●' or '○' or '§' or '⁂' or '❧' or '|' or '/';

    private static bool IsBulletGlyph(char c) =>
        c is '•' or '·' or '*' or '-' or '–' or '—' or '»' or '›' or '>' or '▪' or '■' or '●' or '○' or '◦' or '→' or '‣' or '⁃' or '+';
}
